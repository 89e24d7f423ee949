import { ENGLISH, type CueLanguage, type CuePatterns } from './cue-lexicon';
import { ARABIC } from './cue-lexicon-ar';
import { SPANISH } from './cue-lexicon-es';
import { foldText, unfoldSpan } from './fold-text';
import type { CueKind, Label } from './quiz-schema';

export interface DetectedCue {
  text: string;
  start: number;
  end: number;
  kind: CueKind;
  pointsTo: Label;
}

/** Why there is no suggestion: nothing found, only cues that never decide (framing, loaded words), or a heading question. */
export type NoSuggestionReason = 'no-cue' | 'undecided' | 'question';

export interface LabelSuggestion {
  label: Label | null;
  cues: DetectedCue[];
  deciding: DetectedCue | null;
  /** Set exactly when `label` is null. */
  none: NoSuggestionReason | null;
}

interface Candidate extends DetectedCue {
  decides: boolean;
  fallback: boolean;
  /** Lower wins when two cues overlap. */
  priority: number;
}

interface CompiledLanguage {
  language: CueLanguage;
  lists: { list: CuePatterns; priority: number; regex: RegExp }[];
  rhetoricalPriority: number;
  namedPriority: number;
}

const compile = (language: CueLanguage): CompiledLanguage => ({
  language,
  lists: language.lists.map((list, priority) => ({
    list,
    priority,
    regex: new RegExp(`(?<![\\p{L}\\p{N}])(?:${list.patterns.join('|')})(?![\\p{L}\\p{N}])`, list.caseSensitive ? 'gu' : 'giu'),
  })),
  rhetoricalPriority: language.lists.indexOf(language.rhetoricalAfter) + 0.5,
  namedPriority: language.lists.length,
});

const LANGUAGES: Record<string, CompiledLanguage> = { en: compile(ENGLISH), es: compile(SPANISH), ar: compile(ARABIC) };

/** The cue lexicon for a BCP 47 tag ("es-MX" uses Spanish); English when the language has none. */
export function suggesterLanguage(tag: string): 'en' | 'es' | 'ar' {
  const primary = tag.trim().toLowerCase().split(/[-_]/u)[0] ?? '';
  return primary === 'es' || primary === 'ar' ? primary : 'en';
}

const CAPITALISED_RUN = /(?<![\p{L}\p{N}'’])\p{Lu}[\p{L}\p{M}\p{N}'’.-]*(?:\s+(?:(?:of|de|del|de la|de los|y)\s+(?:the\s+)?)?\p{Lu}[\p{L}\p{M}\p{N}'’.-]*)*/gu;
const CLAIM_KINDS: ReadonlySet<CueKind> = new Set(['attribution', 'vague-source', 'passive']);
const OPINION_KINDS: ReadonlySet<CueKind> = new Set(['evaluative', 'modal', 'rhetorical', 'hedge']);

/**
 * Suggests a label by the rubric's rule order: an attribution frame in the main clause makes a
 * claim; otherwise a judgment in the writer's voice makes an opinion; otherwise a checkable detail
 * makes a fact. Framing phrases and loaded words are reported but never decide. The word lists
 * are those of the statement's language (`en`, `es`, `ar`; others fall back to English).
 */
export function suggestLabel(statement: string, languageTag = 'en'): LabelSuggestion {
  const compiled = LANGUAGES[suggesterLanguage(languageTag)] ?? (LANGUAGES.en as CompiledLanguage);
  const { language } = compiled;
  const candidates = [...lexiconCues(statement, compiled), ...(language.names ? namedCues(statement, compiled) : [])];
  const rhetorical = rhetoricalCue(statement, compiled);
  if (rhetorical) candidates.push(rhetorical);
  const cues = resolveOverlaps(candidates);
  markEmbedded(statement, cues, language);

  const found = decidingCue(cues);
  // A question is a statement only when it asserts something (a rhetorical marker or a value judgment) or is reported.
  const isQuestion = language.question.test(statement);
  const asserts = rhetorical !== null || cues.some((cue) => cue.decides && cue.kind === 'evaluative') || (found !== undefined && CLAIM_KINDS.has(found.kind));
  const deciding = isQuestion && !asserts ? undefined : found;
  const none: NoSuggestionReason | null = deciding ? null : isQuestion && !asserts ? 'question' : cues.length ? 'undecided' : 'no-cue';
  return {
    label: deciding?.pointsTo ?? null,
    cues: cues.sort((a, b) => a.start - b.start || a.end - b.end).map(publicCue),
    deciding: deciding ? publicCue(deciding) : null,
    none,
  };
}

function decidingCue(cues: readonly Candidate[]): Candidate | undefined {
  const ordered = [...cues].sort((a, b) => a.start - b.start);
  return (
    ordered.find((cue) => cue.decides && CLAIM_KINDS.has(cue.kind)) ??
    ordered.find((cue) => cue.decides && OPINION_KINDS.has(cue.kind)) ??
    ordered.find((cue) => cue.decides && cue.kind === 'checkable' && !cue.fallback) ??
    ordered.find((cue) => cue.decides && cue.kind === 'checkable')
  );
}

function lexiconCues(statement: string, { language, lists }: CompiledLanguage): Candidate[] {
  const folded = language.fold ? foldText(statement) : null;
  const haystack = folded ? folded.text : statement;
  const found: Candidate[] = [];
  for (const { list, priority, regex } of lists) {
    const onFolded = folded !== null && !list.unfolded;
    for (const match of (onFolded ? haystack : statement).matchAll(regex)) {
      const span = onFolded ? unfoldSpan(folded, statement, match.index, match.index + match[0].length) : { start: match.index, end: match.index + match[0].length };
      const cue: Candidate = { text: statement.slice(span.start, span.end), ...span, kind: list.kind, pointsTo: list.pointsTo, decides: list.decides, fallback: list.fallback ?? false, priority };
      const adjusted = list.kind === 'attribution' ? readAttribution(statement.slice(0, cue.start), cue, language) : cue;
      if (adjusted) found.push(adjusted);
    }
  }
  return found;
}

/** A reporting verb whose subject is the writer, everyone, or nobody is not an attribution. */
function readAttribution(before: string, cue: Candidate, language: CueLanguage): Candidate | null {
  if (language.fixedFrame.test(cue.text)) return cue;
  if (language.universalSubject?.test(before)) return { ...cue, kind: 'evaluative', pointsTo: 'opinion' };
  if (language.firstPerson?.test(before)) return { ...cue, kind: 'hedge', pointsTo: 'opinion' };
  if (language.hypothetical?.test(before)) return null;
  return cue;
}

/** Names of people, places and institutions: capitalised words that do not merely open the sentence. */
function namedCues(statement: string, { language, namedPriority }: CompiledLanguage): Candidate[] {
  const found: Candidate[] = [];
  const sentenceStart = statement.search(/\p{L}/u);
  for (const match of statement.matchAll(CAPITALISED_RUN)) {
    let start = match.index;
    let text = match[0];
    if (start === sentenceStart) {
      const words = text.split(/\s+/u);
      const first = words[0] ?? '';
      if (words.length === 1) continue;
      if (language.functionWords.has(first.toLowerCase())) {
        const rest = text.slice(first.length).trimStart();
        start += text.length - rest.length;
        text = rest;
      }
    }
    text = text.replace(/['’]s$/u, '');
    if (!/\.\S/u.test(text)) text = text.replace(/\.$/u, '');
    if (text === 'I' || text === '') continue;
    found.push({ text, start, end: start + text.length, kind: 'checkable', pointsTo: 'fact', decides: true, fallback: false, priority: namedPriority });
  }
  return found;
}

function rhetoricalCue(statement: string, { language, rhetoricalPriority }: CompiledLanguage): Candidate | null {
  const trimmed = statement.trimEnd();
  if (!language.question.test(trimmed)) return null;
  const at = (start: number, text: string): Candidate => ({ text, start, end: start + text.length, kind: 'rhetorical', pointsTo: 'opinion', decides: true, fallback: false, priority: rhetoricalPriority });
  const tag = language.tagQuestion?.exec(trimmed);
  if (tag && tag.index > 0 && !language.questionOpener?.test(trimmed)) {
    const offset = tag[0].search(/\p{L}/u);
    return at(tag.index + offset, tag[0].slice(offset));
  }
  if (language.fold) {
    const folded = foldText(trimmed);
    const marker = language.rhetoricalMarkers.exec(folded.text);
    if (!marker) return null;
    const span = unfoldSpan(folded, trimmed, marker.index, marker.index + marker[0].length);
    return at(span.start, trimmed.slice(span.start, span.end));
  }
  const marker = language.rhetoricalMarkers.exec(trimmed);
  return marker ? at(marker.index, marker[0]) : null;
}

function resolveOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const ranked = [...candidates].sort((a, b) => a.priority - b.priority || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const cue of ranked) {
    if (!kept.some((other) => cue.start < other.end && other.start < cue.end)) kept.push(cue);
  }
  return kept;
}

/**
 * Cues in a relative or participle clause ("The driver, who police said was 34, …", "…, saying it will …"),
 * a "must" that describes a rule, and a future that announces a dated event do not decide.
 */
function markEmbedded(statement: string, cues: Candidate[], language: CueLanguage): void {
  const clauses = [...statement.matchAll(language.subordinateClause)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const folded = (text: string) => (language.fold ? foldText(text).text : text);
  const describesRule = language.ruleContext.test(folded(statement));
  const scheduled = language.calendarDate.test(folded(statement));
  for (const cue of cues) {
    if (cue.kind === 'checkable') continue;
    const inClause = clauses.some((clause) => cue.start >= clause.start && cue.end <= clause.end);
    const afterRelative = language.relativePronoun.test(statement.slice(0, cue.start));
    const isFuture = language.future.test(cue.text) || language.future.test(folded(cue.text));
    if (inClause || afterRelative || (describesRule && cue.kind === 'modal') || (scheduled && isFuture)) cue.decides = false;
  }
}

function publicCue({ text, start, end, kind, pointsTo }: Candidate): DetectedCue {
  return { text, start, end, kind, pointsTo };
}
