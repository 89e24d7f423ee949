import type { CueKind, Label } from './quiz-schema';

/**
 * Word lists for the label suggester, as regular-expression sources matched case-insensitively
 * on word boundaries. Apostrophes are written as `AP` so that curly ones match too.
 */
export interface CuePatterns {
  kind: CueKind;
  pointsTo: Label;
  /** Whether a cue of this list can decide the label on its own (rubric rules 1–3). */
  decides: boolean;
  patterns: readonly string[];
  caseSensitive?: boolean;
}

const AP = "['’]";
const AUX = '(?:is|are|was|were|be|been|being|am)';
const DETERMINER = '(?:the|a|an|his|her|their|its|our|my|your|these|those|such|any|no|of|to|false|new)';
/** A verb used as a reporting verb is not a passive participle or a noun after a determiner. */
const notAfter = (words: string) => `(?<!\\b${words}\\s)`;
const REPORTING = notAfter(AUX) + notAfter(DETERMINER);

export const ATTRIBUTION: CuePatterns = {
  kind: 'attribution',
  pointsTo: 'claim',
  decides: true,
  patterns: [
    'according to',
    'in an? (?:joint |brief |written )?statement',
    'told (?:reporters|journalists|the press|a (?:news|press) conference|parliament|lawmakers|the court)',
    `${REPORTING}(?:say|says|said)(?! so\\b)`,
    `${REPORTING}told`,
    `${REPORTING}${notAfter('(?:insurance|jobless|unemployment|benefits?|compensation|damages?|legal|territorial|land|expenses?|patent|initial|pay)')}claim(?:s|ed)?(?! (?:the|a|an|his|her|their|its) (?:lives?|title|victory|gold|silver|bronze|win|seat|crown|prize|trophy|championship|record)\\b)`,
    `${REPORTING}(?:argue|argues|argued)`,
    `${REPORTING}(?:insist|insists|insisted)`,
    `${REPORTING}(?:deny|denies|denied)`,
    `${REPORTING}(?:accuse|accuses|accused)`,
    `${REPORTING}(?:allege|alleges|alleged)`,
    `${REPORTING}(?:describe|describes|described)\\b[^.;:?!]{1,60}?\\bas`,
    `${REPORTING}(?:call|calls|called)(?=\\s+(?:it|him|her|them|this|that|(?:the|a|an|his|her|their|its)\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+)?)\\s+(?:["“‘]|an?\\s))`,
    `${REPORTING}(?:warn|warns|warned)`,
    `${REPORTING}(?:admit|admits|admitted)(?! to\\b)`,
    `${REPORTING}(?:confirm|confirms|confirmed)(?! (?:cases?|deaths?|infections?|sightings?)\\b)`,
    `${REPORTING}(?:complain|complains|complained)`,
    `${REPORTING}(?:blame|blames|blamed)`,
    `${REPORTING}(?:believe|believes|believed)`,
    `${REPORTING}(?:contend|contends|contended|assert|asserts|asserted|concede|concedes|conceded|acknowledge|acknowledges|acknowledged)`,
    `${REPORTING}(?:predict|predicts|predicted|vow|vows|vowed|pledge|pledges|pledged)`,
    `${REPORTING}(?:expect|expects|expected)(?=\\s+(?:that|the|a|an|it|this|them|him|her)\\b)`,
    '(?:maintain|maintains|maintained|estimate|estimates|estimated|fear|fears|feared|think|thinks|thought)(?=\\s+that\\b)',
    '(?:found|find|finds|show|shows|showed|suggest|suggests|suggested|indicate|indicates|indicated|conclude|concludes|concluded|reveal|reveals|revealed)(?=\\s+that\\b)',
    '(?:announce|announces|announced|state|states|stated|write|writes|wrote|add|adds|added|note|notes|noted|explain|explains|explained|report|reports)(?=\\s+that\\b)',
    `${REPORTING}reported(?=\\s*(?:[.,;]|$))`,
    '(?:question|questions|questioned)(?=\\s+whether\\b)',
    '(?:reject|rejects|rejected|dismiss|dismisses|dismissed)(?=\\s+(?:the\\s+)?(?:claims?|allegations?|accusations?|reports?|criticism|concerns?)\\b)',
    `${REPORTING}(?:criticise|criticises|criticised|criticize|criticizes|criticized|condemn|condemns|condemned|denounce|denounces|denounced)`,
  ],
};

export const VAGUE_SOURCE: CuePatterns = {
  kind: 'vague-source',
  pointsTo: 'claim',
  decides: true,
  patterns: [
    '(?:some|many|several|others|many others|critics|observers|commentators|sceptics|skeptics|opponents|supporters|insiders|experts|analysts|people)(?:\\s+[\\p{L}\'-]+){0,3}?\\s+(?:say|said|claim|claimed|argue|argued|believe|believed|suggest|suggested|contend|insist|think|fear|feared|warn|warned|allege|alleged|complain|maintain)',
    '(?:sources|officials|people) (?:close to|familiar with|with knowledge of)',
    '(?:unnamed|anonymous|unidentified) (?:sources?|officials?)',
    '(?:reports|rumou?rs|studies) (?:suggest|say|indicate|claim|show)',
    'there (?:are|have been|were) (?:reports|claims|allegations|rumou?rs) that',
    'it (?:has|had) been (?:widely |long |often |repeatedly |well )?(?:documented|reported|claimed|said|suggested|alleged|rumou?red|established)(?: that)?',
    'it (?:is|was) (?:widely |generally |commonly |often |well )?(?:believed|thought|said|claimed|alleged|rumou?red|understood|known|reported)(?: that)?',
    'reportedly|allegedly|purportedly|supposedly',
  ],
};

export const PASSIVE: CuePatterns = {
  kind: 'passive',
  pointsTo: 'claim',
  decides: true,
  patterns: [
    `(?:(?:has|have|had) been|(?:is|are|was|were) being|is|are|was|were|be|been|being) (?:(?:widely|strongly|generally|also|now|still|long|repeatedly|frequently|openly|publicly|increasingly|reportedly) )?(?:believed|thought|said|alleged|reported|rumou?red|understood|claimed|accused|condemned|criticised|criticized|denounced|described as|considered(?= (?:to be|as|one of|the|a|an)\\b)|regarded as|seen as|suspected|feared|expected|estimated|blamed|praised|hailed|disputed|documented)`,
  ],
};

export const FRAMING: CuePatterns = {
  kind: 'framing',
  pointsTo: 'opinion',
  decides: false,
  patterns: [
    `it(?:${AP}s| is| was)(?: also)? (?:no|not a) secret(?: that)?`,
    'to make matters worse',
    'needless to say',
    'it goes without saying(?: that)?',
    `what${AP}s more`,
    'to be (?:sure|fair|clear|honest)',
    'as it (?:turns out|happens)',
    'it is worth (?:noting|remembering|recalling)(?: that)?',
    'it should be noted(?: that)?',
    'make no mistake',
    'at the end of the day',
    'once again',
    'of course',
    'interestingly|ironically|tellingly|predictably|unsurprisingly|inevitably',
  ],
};

export const MODAL: CuePatterns = {
  kind: 'modal',
  pointsTo: 'opinion',
  decides: true,
  patterns: [
    'should|must|ought to|had better',
    'needs? to',
    `it(?:${AP}s| is) (?:high |about )?time(?= (?:to|we|for|that|the|our|this|they|politicians|governments?)\\b)|it(?:${AP}s| is) (?:high|about) time`,
    `let${AP}s|let us`,
  ],
};

/** Rubric rule 2 counts predictions as opinion; they are reported as modal cues. */
export const PREDICTION: CuePatterns = {
  kind: 'modal',
  pointsTo: 'opinion',
  decides: true,
  patterns: [
    `(?<!\\b(?:political|the|a|free|good|ill|his|her|their|its|of|popular|own)\\s)(?:will|won${AP}t)(?!\\s+(?:(?:also|now|then|again|only)\\s+)?(?:take effect|come into (?:force|effect)|open|close|begin|start|end|expire|be held|run|resume|host|vote|meet|travel|visit|appear|stand trial|face|be closed|be open|be released|be replaced|be renamed|receive|cost|apply)\\b)`,
    '(?:is|are) (?:going|bound|certain|sure) to',
    '(?:is|are) here to stay',
  ],
};

export const HEDGE: CuePatterns = {
  kind: 'hedge',
  pointsTo: 'opinion',
  decides: true,
  patterns: [
    'perhaps|maybe|probably|possibly|presumably|seemingly|arguably|conceivably|essentially|basically',
    '(?<!\\b(?:more|less|most|least|as|twice|times)\\s)(?:likely|unlikely)',
    'seem|seems|seemed',
    'appears? (?:to|that)|appeared to|it appears',
    'looks? like|looked like',
    '(?:may|might|could) well',
    'almost certainly|in all likelihood|no doubt',
    'could (?:make|build) a (?:strong |good |compelling |convincing )?(?:argument|case)',
    'the real (?:reason|motive|purpose|aim|story|goal)',
    'must have',
    `(?:i|we)(?:${AP}d| would)? (?:suspect|guess|reckon|feel|believe|think)`,
  ],
};

/** "the most …" is a judgment unless what follows can be counted or measured. */
const MEASURABLE_AFTER_MOST = [
  'common', 'populous', 'visited', 'watched', 'viewed', 'read', 'followed', 'expensive', 'densely', 'frequently',
  'recent', 'widely', 'valuable', 'decorated', 'capped', 'senior', 'polluted', 'popular', 'successful', 'powerful',
  'votes', 'seats', 'points', 'goals', 'medals', 'money', 'people', 'times', 'cases', 'deaths', 'since', 'on', 'ever',
  'in', 'of', 'likely',
].join('|');

export const EVALUATIVE: CuePatterns = {
  kind: 'evaluative',
  pointsTo: 'opinion',
  decides: true,
  patterns: [
    `(?:the|a|an|his|her|its|their|our|my|your) (?:most|least) (?!(?:${MEASURABLE_AFTER_MOST})\\b)[\\p{L}-]+`,
    '(?:best|worst)(?![- ](?:known|selling|seller))|greatest|finest|smartest|wisest|bravest|cleverest|stupidest|dumbest|nicest|loveliest|ugliest',
    'absurd|abysmal|admirable|amazing|appalling|atrocious|awful|bad|baffling|bizarre|brave|brilliant|callous|careless|clumsy|clunky',
    'commendable|contemptible|courageous|cowardly|cruel|cynical|deplorable|despicable|desperate|disappointing|disastrous|disgraceful',
    'disgusting|dishonest|dismal|dreadful|dubious|embarrassing|excellent|exceptional|fabulous|fantastic|farcical|foolish',
    'half-hearted|heartless|heavy-handed|heroic|hopeless|hopelessly|horrible|horrific|hypocritical|idiotic|ill-conceived|impressive',
    'inadequate|incompetent|inexcusable|indefensible|inept|insane|insincere|inspiring|irresponsible|laughable|lazy|ludicrous',
    'magnificent|marvell?ous|mediocre|misguided|naive|naïve|needless|nonsensical|offensive|outrageous|pathetic|pointless',
    'poorly|preposterous|reckless|ridiculous|scandalous|senseless|sensible|shameful|shameless|shocking|short-sighted|silly',
    'sloppy|splendid|stupid|stunning|superb|terrible|terrific|thoughtful|troubling|unacceptable|unconscionable|unfair|unjust',
    'unnecessary|unrealistic|unreasonable|unwise|useless|wise|woeful|wonderful|worrying|worthless|illegal|immoral|unethical',
    'disgrace|menace|triumph|fiasco|farce|shambles|debacle|travesty|blunder|outrage|betrayal|nonsense',
    'a (?:complete |total |dismal |spectacular |huge |great |resounding )?(?:failure|success|mistake|disaster)',
    'waste of',
    '(?:bad|good|great) news',
    'common sense|empty promises?|out of touch|nothing short of|by any (?:measure|standard)|is dreaming',
    'in (?:their|his|her|its|your|my|our) right minds?',
    '(?:an|a direct) attack on (?:press freedom|free speech|democracy|our (?:rights|freedoms?|democracy)|the rule of law)',
    'historic (?:victory|win|moment|day|achievement|decision|mistake|blunder|betrayal)',
    'deserve|deserves|deserved|ruining',
    '(?:far|much|way) too|too (?:late|little|small|high|low|much|few|slow|soon|expensive|costly|weak|timid|demanding|often|long)',
    'clearly|obviously|surely|frankly|undoubtedly|sadly|shamefully|disgracefully|rightly|wrongly|thankfully|fortunately|unfortunately|mercifully',
  ],
};

/** Lower-case "great" is a value word; "Great Britain" and "a great deal" are not. */
export const EVALUATIVE_CASED: CuePatterns = {
  kind: 'evaluative',
  pointsTo: 'opinion',
  decides: true,
  caseSensitive: true,
  patterns: ['great(?!\\s+(?:deal|many|majority|-grand))'],
};

export const LOADED: CuePatterns = {
  kind: 'loaded',
  pointsTo: 'opinion',
  decides: false,
  patterns: [
    'occupation|occupations|occupying|occupier|occupiers|occupied',
    'assassinate|assassinated|assassination|assassinations',
    'terrorist|terrorists|terrorism|terror',
    'regime|regimes|junta|dictator|dictators|dictatorship|dictatorships|puppet|proxy|proxies',
    'loot|looted|looting|looters',
    'massacre|massacred|slaughter|slaughtered|butchered|genocide|ethnic cleansing',
    'thug|thugs|mob|mobs|extremist|extremists|fanatic|fanatics|zealots?|radicals?',
    'propaganda|disinformation|so-called|invaders?|aggression|martyrs?|martyred|scandal|rigged|rigging',
  ],
};

const MEASURABLE_SUPERLATIVES = [
  'highest', 'lowest', 'largest', 'biggest', 'smallest', 'longest', 'shortest', 'tallest', 'oldest', 'youngest',
  'fastest', 'slowest', 'heaviest', 'lightest', 'hottest', 'coldest', 'warmest', 'wettest', 'driest', 'deepest',
  'richest', 'poorest', 'busiest', 'earliest', 'latest', 'cheapest', 'costliest', 'deadliest', 'fewest',
].join('|');

export const CHECKABLE: CuePatterns = {
  kind: 'checkable',
  pointsTo: 'fact',
  decides: true,
  patterns: [
    '[$€£¥]?\\d(?:[\\d,.:]*\\d)?(?:[–-]\\d+)?(?:\\s?(?:%|percent|per cent|million|billion|trillion|bn|a\\.m\\.|p\\.m\\.))?',
    '(?<!\\bno\\s)one(?!\\s+another)|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?|twice|half|a (?:quarter|third)',
    'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth',
    MEASURABLE_SUPERLATIVES,
    '(?:the )?most(?=\\s+(?:since|on record|ever recorded|in (?:history|decades|years)))',
    '(?:the )?most (?:common|populous|visited|watched|expensive|densely|frequently|recent|widely used)',
    'on record|a record|record (?:high|low)',
    '(?:last|this|that|next) (?:week|month|year|summer|winter|spring|autumn|weekend|season)|yesterday|overnight',
  ],
};

/** Sentence-initial words that are not names, so a capitalised run after them is not a named place. */
export const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'in',
  'on', 'at', 'but', 'and', 'or', 'so', 'as', 'for', 'under', 'with', 'after', 'before', 'some', 'many', 'most',
  'what', 'why', 'who', 'how', 'is', 'has', 'was', 'surely', 'perhaps', 'frankly', 'hardly', 'if', 'when',
  'while', 'although', 'since', 'our', 'their', 'his', 'her', 'my', 'your', 'there', 'then', 'now', 'last', 'only',
]);

/** Subjects that turn a reporting verb into a sweeping generalisation ("no one expects …"). */
export const UNIVERSAL_SUBJECTS = /(?:\b(?:no one|nobody|everyone|everybody|anyone|anybody|all of us)\s+)$/iu;
export const FIRST_PERSON = /(?:\b(?:i|we)(?:'ve|’ve|'d|’d)?\s+(?:\p{L}+\s+)?)$/iu;
/** A base-form verb after a modal or "to" is hypothetical, not a report ("who could believe"). */
export const HYPOTHETICAL = /(?:\b(?:could|would|can|might|may|should|must|will|to)\s+(?:\p{L}+\s+)?)$/iu;
/** "who", "which" or "that" after a word opens a relative clause; at the start, "Who" asks a question. */
export const RELATIVE_PRONOUN = /(?:[\p{L}\p{N},)]\s+(?:who|which|that|whom)\s+)$/iu;

/** "will" with a calendar date announces a scheduled event rather than a prediction. */
export const CALENDAR_DATE = /\b(?:on|in|from|until|by|next) (?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?: \d{1,2})?(?:,? \d{4})?|\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December))\b/u;

/** Contexts where "must" or "should" describe a rule rather than recommend ("Under the new rules, landlords must …"). */
export const RULE_CONTEXT = /\b(?:under|according to) the (?:new |current |proposed |revised |draft )?(?:law|laws|rules?|regulations?|act|bill|agreement|treaty|contract|constitution|guidelines|policy|plan|scheme|proposal|deal|terms)\b|\b(?:law|rules?|regulations?|act|bill|guidelines|treaty|constitution) (?:says|states|requires|stipulates)\b/iu;

export const RHETORICAL_MARKERS = /\b(?:really|possibly|surely|honestly|seriously|ever|anyone|anybody|hardly|who could|who would|how could|how can|why should|why on earth|what else|(?:is|are|does|do|was|wo|should|ca)n['’]t)\b/iu;
export const TAG_QUESTION = /,?\s*\b(?:is|are|was|do|does|did|can|will|would|should|has|have|(?:is|are|was|do|does|did|ca|wo|would|should|has|have)n['’]t)\s+(?:it|he|she|they|we|you|there|i)\s*\?["”’]?$|,\s*right\s*\?["”’]?$/iu;
