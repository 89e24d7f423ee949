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
  /** In a language matched on a folded copy, match this list on the statement as written (for accents that matter). */
  unfolded?: boolean;
  /** Decides only when no other cue of its kind does (event verbs, after numbers, dates and names). */
  fallback?: boolean;
}

/** Everything the suggester knows about one language's cues. */
export interface CueLanguage {
  /** In priority order: when two cues overlap, the earlier list keeps its cue. */
  lists: readonly CuePatterns[];
  /** Lists after which a rhetorical question ranks when it overlaps another cue. */
  rhetoricalAfter: CuePatterns;
  /** Match on a folded copy: lower case, no accents, harakat, tatweel or direction marks. */
  fold: boolean;
  /** Capitalised names of people, places and bodies count as checkable details. */
  names: boolean;
  /** Sentence-initial words that are not names. */
  functionWords: ReadonlySet<string>;
  /** Reporting phrases that are attributions whatever comes before ("According to", "Según"). */
  fixedFrame: RegExp;
  /** Before a reporting verb: a subject that makes it a generalisation, the writer, or a hypothetical. */
  universalSubject?: RegExp;
  firstPerson?: RegExp;
  hypothetical?: RegExp;
  /** A clause whose cues do not decide: relative or participle clauses. */
  subordinateClause: RegExp;
  relativePronoun: RegExp;
  /** "must" describing a rule, and a future with a calendar date, are not the writer's judgment. */
  ruleContext: RegExp;
  calendarDate: RegExp;
  future: RegExp;
  /** A statement that ends as a question. */
  question: RegExp;
  rhetoricalMarkers: RegExp;
  tagQuestion?: RegExp;
  questionOpener?: RegExp;
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
    '(?:found|find|finds|show|shows|showed|suggest|suggests|suggested|indicate|indicates|indicated|conclude|concludes|concluded|reveal|reveals|revealed)(?=\\s+(?:[\\p{L}\\p{N},]+\\s+){0,4}?that\\b)',
    '(?:announce|announces|announced|state|states|stated|write|writes|wrote|add|adds|added|note|notes|noted|explain|explains|explained|report|reports)(?=\\s+(?:[\\p{L}\\p{N},]+\\s+){0,4}?that\\b)',
    `${REPORTING}reported(?=\\s*(?:[.,;]|$))`,
    '(?:question|questions|questioned)(?=\\s+whether\\b)',
    // A reported question: `"Why is it still shut?" a council member asked`, or "asked whether …".
    `(?<=[?!]["”’]?\\s+(?:[\\p{L}'’-]+\\s+){0,4})(?:asked|asks|wondered|demanded)`,
    '(?:asked|asks|wondered|wonders)(?=\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:whether|if|why|how|what|who|when|where)\\b|\\s*:)',
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
    'frankly|honestly|personally|admittedly|in fact|indeed|to put it (?:mildly|bluntly|simply)',
    '(?:as )?(?:everyone|everybody|we all) knows?(?: that)?',
    `it(?:${AP}s| is) (?:important|worth) (?:to (?:note|remember|recall|add)|noting|remembering|recalling|adding)(?: that)?`,
  ],
};

export const MODAL: CuePatterns = {
  kind: 'modal',
  pointsTo: 'opinion',
  decides: true,
  patterns: [
    'should|must|ought to|had better',
    'needs? to',
    '(?<!\\b(?:it|which|that|who)\\s)needs?(?= (?:a|an|more|better|fewer|less|another|real|proper)\\s)',
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
    `in (?:my|our) (?:view|opinion|book|experience)|to my mind|as far as (?:i${AP}m|i am|we${AP}re|we are) concerned`,
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
    'beautiful|lovely|ugly|delicious|tasty|bland|boring|unreliable|overpriced|filthy|outstanding|charming|outdated|old-fashioned|meaningless|wasteful|flawed|chaotic|talented|gifted|rude|selfish|unfriendly|welcoming|worthwhile|unhelpful|disturbing|alarming|inefficient|ineffective|unjustified|inappropriate|unworthy|heartwarming|heartbreaking|delightful|dreary|tedious|hideous',
    'unreadable|unbearable|unaffordable|unforgivable|unbelievable|intolerable|unwatchable|unlivable',
    'unnecessary|unrealistic|unreasonable|unwise|useless|wise|woeful|wonderful|worrying|worthless|illegal|immoral|unethical',
    'disgrace|menace|triumph|fiasco|farce|shambles|debacle|travesty|blunder|outrage|betrayal|nonsense',
    'a (?:complete |total |dismal |spectacular |huge |great |resounding )?(?:failure|success|mistake|disaster)',
    'waste of',
    '(?:bad|good|great) news',
    `makes? no sense|made no sense|(?:does|did)(?:n${AP}t| not) make (?:any )?sense|beggars? belief|leaves? (?:a lot|much) to be desired|left (?:a lot|much) to be desired`,
    `nothing but|there${AP}s no excuse|there is no excuse`,
    'common sense|empty promises?|out of touch|nothing short of|by any (?:measure|standard)|is dreaming',
    'in (?:their|his|her|its|your|my|our) right minds?',
    '(?:an|a direct) attack on (?:press freedom|free speech|democracy|our (?:rights|freedoms?|democracy)|the rule of law)',
    'historic (?:victory|win|moment|day|achievement|decision|mistake|blunder|betrayal)',
    'deserve|deserves|deserved|ruining',
    '(?:far|much|way) too|too (?:late|little|small|high|low|much|few|slow|soon|expensive|costly|weak|timid|demanding|often|long)',
    'clearly|obviously|surely|undoubtedly|sadly|shamefully|disgracefully|rightly|wrongly|thankfully|fortunately|unfortunately|mercifully',
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
    MEASURABLE_SUPERLATIVES,
    '(?:the|its|their|his|her|a) (?:first|second|third|last|only) (?:[\\p{L}-]+ ){1,2}?(?:to|in|since|ever|of its kind)(?=\\s)',
    'for the (?:first|second|third|last) time',
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

export const RHETORICAL_MARKERS = /\b(?:who needs|what(?:'s|’s| is) the point|why bother|why not|why should|since when|how much longer|how many more|really|possibly|surely|honestly|seriously|ever|anyone|anybody|hardly|who could|who would|how could|how can|why should|why on earth|what else|(?:is|are|does|do|was|wo|should|ca)n['’]t)\b/iu;
export const TAG_QUESTION = /,?\s*\b(?:is|are|was|do|does|did|can|will|would|should|has|have|(?:is|are|was|do|does|did|ca|wo|would|should|has|have)n['’]t)\s+(?:it|he|she|they|we|you|there|i)\s*\?["”’]?$|,\s*right\s*\?["”’]?$/iu;

/** Ordinals show something countable but do not decide on their own: "the first step" is no fact. */
export const ORDINAL: CuePatterns = {
  kind: 'checkable',
  pointsTo: 'fact',
  decides: false,
  patterns: ['first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth'],
};

/** Linking verbs that put a judgment on their subject ("is", "has become", "remains", "looks"). */
const COPULA = [
  `(?:it|that|this|he|she|what|there|they|we|you|who|which)${AP}(?:s|re)`,
  `(?:is|are|was|were|am)(?:n${AP}t)?`,
  '(?:will |would |could |can |may |might |must |to )?be',
  '(?:has|have|had) (?:always |long |now |never |often )?been',
  'being',
  '(?:has |have |had )?(?:become|becomes|became|remain|remains|remained|stay|stays|stayed|prove|proves|proved|proven)',
  '(?:seem|seems|seemed|look|looks|looked|sound|sounds|sounded|feel|feels|felt|grow|grows|grew|get|gets|got|turned out to be|turns out to be)',
].join('|');

/** Degree words and intensifiers: "very", "so", "far too", "utterly". */
const DEGREE = [
  'very', 'so', 'too', 'really', 'truly', 'utterly', 'deeply', 'extremely', 'incredibly', 'remarkably', 'hugely',
  'wildly', 'simply', 'totally', 'completely', 'entirely', 'absolutely', 'downright', 'plainly', 'rather', 'quite',
  'pretty', 'fairly', 'painfully', 'woefully', 'awfully', 'terribly', 'staggeringly', 'shockingly', 'genuinely',
  'hopelessly', 'thoroughly', 'way too', 'far too', 'much too', 'not nearly', 'nowhere near', 'less than', 'more than',
  'anything but', 'nothing but', 'not', 'never', 'hardly', 'still', 'also', 'now', 'always', 'just', 'even',
].join('|');

/** Adjectives that judge when the writer predicates them of something, though they may describe elsewhere ("poor families"). */
const PREDICATE_ADJECTIVES = [
  'good', 'poor', 'right', 'wrong', 'fair', 'strong', 'weak', 'beautiful', 'ugly', 'important', 'essential', 'vital',
  'crucial', 'necessary', 'unnecessary', 'welcome', 'overdue', 'long overdue', 'unreliable', 'reliable', 'efficient',
  'inefficient', 'useful', 'helpful', 'harmful', 'dangerous', 'effective', 'ineffective', 'better', 'worse', 'nice',
  'lovely', 'pleasant', 'unpleasant', 'boring', 'dull', 'exciting', 'interesting', 'fun', 'delicious', 'tasty', 'bland',
  'cheap', 'overpriced', 'dirty', 'filthy', 'noisy', 'comfortable', 'uncomfortable', 'convenient', 'inconvenient',
  'easy', 'hard', 'difficult', 'simple', 'obvious', 'worthwhile', 'worth it', 'mistaken', 'justified', 'unjustified',
  'fine', 'okay', 'ok', 'adequate', 'sufficient', 'insufficient', 'appropriate', 'inappropriate', 'acceptable',
  'reasonable', 'realistic', 'smart', 'clever', 'rude', 'polite', 'kind', 'generous', 'selfish', 'talented', 'gifted',
  'outstanding', 'remarkable', 'friendly', 'unfriendly', 'welcoming', 'charming', 'elegant', 'outdated',
  'old-fashioned', 'obsolete', 'meaningless', 'irrelevant', 'beneficial', 'valuable', 'perfect', 'ideal', 'flawed',
  'wasteful', 'unsafe', 'safe enough', 'fair enough', 'good enough', 'hopeful', 'encouraging', 'alarming',
  'concerning', 'worrying', 'disturbing', 'unhelpful', 'pointless', 'fitting', 'deserved', 'undeserved', 'unfit',
  'unworthy', 'worthy', 'attractive', 'unattractive', 'confusing', 'chaotic', 'messy', 'crazy', 'mad', 'wrong-headed',
  'pretty', 'right to', 'wrong to', 'to blame', 'at fault', 'in the wrong', 'on the right track', 'a step too far',
]
  .sort((a, b) => b.length - a.length)
  .join('|');

/** Nouns that judge as a predicate: "is a disgrace", "was a triumph", "is a step in the right direction". */
const PREDICATE_NOUNS = [
  'joke', 'mess', 'disgrace', 'shame', 'pity', 'gift', 'blessing', 'treasure', 'gem', 'masterpiece', 'nightmare',
  'eyesore', 'embarrassment', 'triumph', 'success', 'failure', 'flop', 'mistake', 'error', 'disaster', 'catastrophe',
  'waste', 'scandal', 'insult', 'con', 'scam', 'rip-off', 'bargain', 'no-brainer', 'win', 'victory', 'blow', 'setback',
  'breakthrough', 'milestone', 'model', 'lesson', 'warning', 'pleasure', 'delight', 'relief', 'letdown', 'let-down',
  'improvement', 'disappointment', 'letdown', 'godsend', 'lifeline', 'step forward', 'step backwards?', 'step back', 'step in the right direction', 'breath of fresh air',
  'slap in the face', 'recipe for disaster', 'drop in the ocean', 'good thing', 'bad thing', 'good idea', 'bad idea',
  'false economy', 'white elephant', 'whitewash', 'sham', 'travesty', 'farce', 'con job', 'cop-out', 'own goal',
  'hero', 'heroes', 'villain', 'villains', 'fools?', 'idiots?', 'liars?', 'cowards?',
]
  .sort((a, b) => b.length - a.length)
  .join('|');

/** Adjectives that judge inside a noun phrase after a linking verb: "is a welcome change", "was a smart move". */
const NOUN_PHRASE_ADJECTIVES = [
  'good', 'bad', 'great', 'excellent', 'wonderful', 'terrible', 'poor', 'smart', 'clever', 'stupid', 'wise', 'welcome',
  'brave', 'bold', 'sensible', 'foolish', 'lovely', 'nice', 'fine', 'perfect', 'ideal', 'real', 'complete', 'total',
  'huge', 'big', 'major', 'serious', 'grave', 'costly', 'expensive', 'needless', 'pointless', 'much-needed',
  'long-overdue', 'overdue', 'timely', 'fitting', 'fine', 'proud', 'sad', 'tragic', 'rare', 'genuine', 'true',
  'shining', 'clear', 'worthy', 'fitting', 'missed', 'wasted', 'golden', 'rotten',
].join('|');

/** Of those, the ones that judge whatever noun follows: "a smart move", "a welcome change". */
const JUDGING_NOUN_PHRASE_ADJECTIVES = [
  'good', 'bad', 'great', 'excellent', 'wonderful', 'terrible', 'smart', 'clever', 'stupid', 'wise', 'welcome', 'brave',
  'bold', 'sensible', 'foolish', 'lovely', 'nice', 'fine', 'perfect', 'ideal', 'needless', 'pointless', 'much-needed',
  'long-overdue', 'overdue', 'timely', 'fitting', 'proud', 'sad', 'tragic', 'shining', 'worthy', 'golden', 'rotten',
  'costly', 'silly', 'brilliant', 'dreadful', 'awful', 'remarkable', 'fantastic', 'useful', 'helpful', 'wasteful',
].join('|');

const ARTICLE = '(?:an?|the|one|such an?|quite an?|nothing less than an?|nothing short of an?|little more than an?)';

export const EVALUATIVE_PREDICATE: CuePatterns = {
  kind: 'evaluative',
  pointsTo: 'opinion',
  decides: true,
  patterns: [
    // A degree word turns almost any adjective into a judgment: "is far too slow", "was so proud".
    `(?:${COPULA}) (?:(?:${DEGREE}) )*(?:very|so|too|really|truly|utterly|deeply|extremely|incredibly|remarkably|hugely|wildly|totally|completely|absolutely|downright|plainly|rather|quite|pretty|painfully|woefully|awfully|terribly|staggeringly|shockingly|genuinely|hopelessly|thoroughly|simply|way too|far too|much too|not nearly|nowhere near|anything but) (?!(?:much|many|few|more|less|most|least|often|far|long ago|soon|early|late|recently|a|an|the|one|not|to|that|because|as|in|on|at|for|by|\\d)\\b)[\\p{L}-]+`,
    `(?:${COPULA}) (?:(?:${DEGREE}) )*(?:${PREDICATE_ADJECTIVES})(?![\\p{L}-])`,
    // "is the hardest", "was the ugliest": a superlative that no measurement settles.
    `(?:${COPULA}) (?:(?:${DEGREE}) )*(?:the|its|their|our|his|her) (?!(?:${MEASURABLE_SUPERLATIVES}|interest|forest|protest|contest|request|harvest|conquest|inquest|arrest|unrest|honest|modest|midwest|southwest|northwest|manifest)\\b)[\\p{L}]{3,}est(?![\\p{L}-])`,
    `(?:${COPULA}) (?:(?:${DEGREE}) )*${ARTICLE} (?:(?:${DEGREE}|${NOUN_PHRASE_ADJECTIVES}) )*(?:${PREDICATE_NOUNS})`,
    `(?:${COPULA}) (?:(?:${DEGREE}) )*${ARTICLE} (?:(?:${DEGREE}) )*(?:${JUDGING_NOUN_PHRASE_ADJECTIVES}) [\\p{L}-]+`,
  ],
};

/** Adverbs that judge whatever they modify: "an embarrassingly late bus". */
export const EVALUATIVE_ADVERBS: CuePatterns = {
  kind: 'evaluative',
  pointsTo: 'opinion',
  decides: true,
  patterns: [
    'ridiculously|absurdly|outrageously|embarrassingly|painfully|woefully|shockingly|staggeringly|wonderfully|beautifully|terribly|awfully|hopelessly|incredibly|refreshingly|breathtakingly|depressingly|alarmingly|dangerously|criminally|laughably|pitifully|scandalously|disappointingly|impressively|admirably|brilliantly|badly (?:run|managed|designed|planned|built|needed|wrong)',
  ],
};

/**
 * Verbs that report an event a record could confirm ("voted", "collapsed", "was elected"): in the writer's
 * own voice, with no judgment, they make the statement checkable. They rank last, so any other cue decides first.
 */
export const EVENT_VERBS: CuePatterns = {
  kind: 'checkable',
  pointsTo: 'fact',
  decides: true,
  fallback: true,
  patterns: [
    [
      'opened', 'reopened', 'closed', 'shut', 'collapsed', 'voted', 'approved', 'rejected', 'passed', 'signed', 'arrested',
      'charged', 'won', 'lost', 'scored', 'resigned', 'died', 'injured', 'doubled', 'tripled', 'halved', 'increased',
      'decreased', 'dropped', 'launched', 'built', 'elected', 'appointed', 'fired', 'sacked', 'banned', 'cancell?ed',
      'postponed', 'delayed', 'hired', 'vetoed', 'sequenced', 'missed', 'joined', 'finished', 'completed', 'raised',
      'reduced', 'recorded', 'flooded', 'crashed', 'sold', 'bought', 'fined', 'sentenced', 'convicted', 'released',
      'published', 'hosted', 'visited', 'introduced', 'renamed', 'merged', 'acquired', 'defeated', 'evacuated',
      'suspended', 'demolished', 'repaired', 'renovated', 'installed', 'replaced', 'removed', 'moved', 'relocated',
      'founded', 'established', 'graduated', 'retired', 'donated', 'planted', 'painted', 'measured', 'counted',
      'rescued', 'treated', 'admitted', 'discharged', 'inaugurated', 'dismissed', 'expelled', 'awarded', 'received',
      'spent', 'cost', 'costs', 'earned', 'paid', 'owns', 'owned', 'employs', 'employed', 'serves', 'served', 'houses',
      'holds', 'held', 'contains', 'carries', 'connects', 'runs', 'opens', 'closes', 'lasted', 'took place', 'stopped', 'started',
      'began', 'ended', 'arrived', 'left', 'returned', 'attended', 'signed up', 'registered', 'applied', 'confirmed',
    ].join('|'),
  ],
};

export const ENGLISH: CueLanguage = {
  lists: [VAGUE_SOURCE, PASSIVE, ATTRIBUTION, FRAMING, MODAL, PREDICTION, HEDGE, EVALUATIVE_PREDICATE, EVALUATIVE, EVALUATIVE_ADVERBS, EVALUATIVE_CASED, LOADED, CHECKABLE, ORDINAL, EVENT_VERBS],
  rhetoricalAfter: FRAMING,
  fold: false,
  names: true,
  functionWords: FUNCTION_WORDS,
  fixedFrame: /^(?:according|in|told)\b/iu,
  universalSubject: UNIVERSAL_SUBJECTS,
  firstPerson: FIRST_PERSON,
  hypothetical: HYPOTHETICAL,
  subordinateClause: /,\s*(?:who|which|whom|whose|saying|adding|arguing|claiming|insisting|noting|warning)\b[^,;]*/giu,
  relativePronoun: RELATIVE_PRONOUN,
  ruleContext: RULE_CONTEXT,
  calendarDate: CALENDAR_DATE,
  future: /^(?:will|won['’]t)$/iu,
  question: /\?["”’)]*\s*$/u,
  rhetoricalMarkers: RHETORICAL_MARKERS,
  tagQuestion: TAG_QUESTION,
  questionOpener: /^\W*(?:who|what|when|where|why|how|which|is|are|was|were|do|does|did|can|could|will|would|should|has|have|had)\b/iu,
};
