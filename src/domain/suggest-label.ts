import {
  ATTRIBUTION,
  CALENDAR_DATE,
  CHECKABLE,
  EVALUATIVE,
  EVALUATIVE_CASED,
  FIRST_PERSON,
  FRAMING,
  FUNCTION_WORDS,
  HEDGE,
  HYPOTHETICAL,
  LOADED,
  MODAL,
  PASSIVE,
  PREDICTION,
  RELATIVE_PRONOUN,
  RHETORICAL_MARKERS,
  RULE_CONTEXT,
  TAG_QUESTION,
  UNIVERSAL_SUBJECTS,
  VAGUE_SOURCE,
  type CuePatterns,
} from './cue-lexicon';
import type { CueKind, Label } from './quiz-schema';

export interface DetectedCue {
  text: string;
  start: number;
  end: number;
  kind: CueKind;
  pointsTo: Label;
}

export interface LabelSuggestion {
  label: Label | null;
  cues: DetectedCue[];
  deciding: DetectedCue | null;
}

interface Candidate extends DetectedCue {
  decides: boolean;
  /** Lower wins when two cues overlap. */
  priority: number;
}

/** In priority order: when two cues overlap, the earlier list keeps its cue. */
const LISTS: readonly CuePatterns[] = [VAGUE_SOURCE, PASSIVE, ATTRIBUTION, FRAMING, MODAL, PREDICTION, HEDGE, EVALUATIVE, EVALUATIVE_CASED, LOADED, CHECKABLE];
const RHETORICAL_PRIORITY = LISTS.indexOf(FRAMING) + 0.5;
const NAMED_PRIORITY = LISTS.length;

const COMPILED = LISTS.map((list, priority) => ({
  list,
  priority,
  regex: new RegExp(`(?<![\\p{L}\\p{N}])(?:${list.patterns.join('|')})(?![\\p{L}\\p{N}])`, list.caseSensitive ? 'gu' : 'giu'),
}));

const CAPITALISED_RUN = /(?<![\p{L}\p{N}'’])\p{Lu}[\p{L}\p{M}\p{N}'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}\p{M}\p{N}'’.-]*)*/gu;
const SUBORDINATE_CLAUSE = /,\s*(?:who|which|whom|whose|saying|adding|arguing|claiming|insisting|noting|warning)\b[^,;]*/giu;
const QUESTION_OPENER = /^\W*(?:who|what|when|where|why|how|which|is|are|was|were|do|does|did|can|could|will|would|should|has|have|had)\b/iu;
const CLAIM_KINDS: ReadonlySet<CueKind> = new Set(['attribution', 'vague-source', 'passive']);
const OPINION_KINDS: ReadonlySet<CueKind> = new Set(['evaluative', 'modal', 'rhetorical', 'hedge']);

/**
 * Suggests a label by the rubric's rule order: an attribution frame in the main clause makes a
 * claim; otherwise a judgment in the writer's voice makes an opinion; otherwise a checkable detail
 * makes a fact. Framing phrases and loaded words are reported but never decide.
 */
export function suggestLabel(statement: string): LabelSuggestion {
  const candidates = [...lexiconCues(statement), ...namedCues(statement)];
  const rhetorical = rhetoricalCue(statement);
  if (rhetorical) candidates.push(rhetorical);
  const cues = resolveOverlaps(candidates);
  markEmbedded(statement, cues);

  // A question is a statement only when it asserts something: a rhetorical marker or a value judgment.
  const isQuestion = /\?["”’)]*\s*$/u.test(statement);
  const asserts = rhetorical !== null || cues.some((cue) => cue.decides && cue.kind === 'evaluative');
  const deciding = isQuestion && !asserts ? undefined : decidingCue(cues);
  return {
    label: deciding?.pointsTo ?? null,
    cues: cues.sort((a, b) => a.start - b.start || a.end - b.end).map(publicCue),
    deciding: deciding ? publicCue(deciding) : null,
  };
}

function decidingCue(cues: readonly Candidate[]): Candidate | undefined {
  const ordered = [...cues].sort((a, b) => a.start - b.start);
  return (
    ordered.find((cue) => cue.decides && CLAIM_KINDS.has(cue.kind)) ??
    ordered.find((cue) => cue.decides && OPINION_KINDS.has(cue.kind)) ??
    ordered.find((cue) => cue.decides && cue.kind === 'checkable')
  );
}

function lexiconCues(statement: string): Candidate[] {
  const found: Candidate[] = [];
  for (const { list, priority, regex } of COMPILED) {
    for (const match of statement.matchAll(regex)) {
      const cue: Candidate = { text: match[0], start: match.index, end: match.index + match[0].length, kind: list.kind, pointsTo: list.pointsTo, decides: list.decides, priority };
      const adjusted = list === ATTRIBUTION ? readAttribution(statement.slice(0, cue.start), cue) : cue;
      if (adjusted) found.push(adjusted);
    }
  }
  return found;
}

/** A reporting verb whose subject is the writer, everyone, or nobody is not an attribution. */
function readAttribution(before: string, cue: Candidate): Candidate | null {
  if (/^(?:according|in|told)\b/iu.test(cue.text)) return cue;
  if (UNIVERSAL_SUBJECTS.test(before)) return { ...cue, kind: 'evaluative', pointsTo: 'opinion' };
  if (FIRST_PERSON.test(before)) return { ...cue, kind: 'hedge', pointsTo: 'opinion' };
  if (HYPOTHETICAL.test(before)) return null;
  return cue;
}

/** Names of people, places and institutions: capitalised words that do not merely open the sentence. */
function namedCues(statement: string): Candidate[] {
  const found: Candidate[] = [];
  const sentenceStart = statement.search(/\p{L}/u);
  for (const match of statement.matchAll(CAPITALISED_RUN)) {
    let start = match.index;
    let text = match[0];
    if (start === sentenceStart) {
      const words = text.split(/\s+/u);
      const first = words[0] ?? '';
      if (words.length === 1) continue;
      if (FUNCTION_WORDS.has(first.toLowerCase())) {
        const rest = text.slice(first.length).trimStart();
        start += text.length - rest.length;
        text = rest;
      }
    }
    text = text.replace(/['’]s$/u, '');
    if (!/\.\S/u.test(text)) text = text.replace(/\.$/u, '');
    if (text === 'I' || text === '') continue;
    found.push({ text, start, end: start + text.length, kind: 'checkable', pointsTo: 'fact', decides: true, priority: NAMED_PRIORITY });
  }
  return found;
}

function rhetoricalCue(statement: string): Candidate | null {
  const trimmed = statement.trimEnd();
  if (!/\?["”’)]*$/u.test(trimmed)) return null;
  const tag = TAG_QUESTION.exec(trimmed);
  if (tag && tag.index > 0 && !QUESTION_OPENER.test(trimmed)) {
    const offset = tag[0].search(/\p{L}/u);
    return rhetoricalAt(tag.index + offset, tag[0].slice(offset));
  }
  const marker = RHETORICAL_MARKERS.exec(trimmed);
  return marker ? rhetoricalAt(marker.index, marker[0]) : null;
}

function rhetoricalAt(start: number, text: string): Candidate {
  return { text, start, end: start + text.length, kind: 'rhetorical', pointsTo: 'opinion', decides: true, priority: RHETORICAL_PRIORITY };
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
 * a "must" that describes a rule,
 * and a "will" that announces a dated event do not decide.
 */
function markEmbedded(statement: string, cues: Candidate[]): void {
  const clauses = [...statement.matchAll(SUBORDINATE_CLAUSE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const describesRule = RULE_CONTEXT.test(statement);
  const scheduled = CALENDAR_DATE.test(statement);
  for (const cue of cues) {
    if (cue.kind === 'checkable') continue;
    const inClause = clauses.some((clause) => cue.start >= clause.start && cue.end <= clause.end);
    const afterRelative = RELATIVE_PRONOUN.test(statement.slice(0, cue.start));
    const isWill = /^(?:will|won['’]t)$/iu.test(cue.text);
    if (inClause || afterRelative || (describesRule && cue.kind === 'modal') || (scheduled && isWill)) cue.decides = false;
  }
}

function publicCue({ text, start, end, kind, pointsTo }: Candidate): DetectedCue {
  return { text, start, end, kind, pointsTo };
}
