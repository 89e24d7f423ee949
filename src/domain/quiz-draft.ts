import type { Cue, Difficulty, Explanation, Label, Quiz, QuizItem, Source } from './quiz-schema';
import { QUIZ_SCHEMA_VERSION } from './quiz-schema';
import { checkQuiz, problem, type QuizCheck } from './validate-quiz';
import { splitSentences, type SentenceSpan } from './sentence-split';
import { findLoosely } from './text-match';

export interface DraftItem {
  id: string;
  text: string;
  /** Null until the teacher chooses: nothing is labelled without them. */
  label: Label | null;
  alsoAccept?: Label | undefined;
  explanation: Explanation;
  cues: Cue[];
  difficulty: Difficulty;
}

/** A quiz set as the teacher writes it: the whole article, where its passages begin, and the items. */
export interface QuizDraft {
  id: string;
  title: string;
  description: string;
  language: string;
  source: Source;
  article: string;
  /** Indexes of the sentences that begin a passage; sentence 0 always does. */
  passageStarts: number[];
  items: DraftItem[];
  omitted?: Quiz['omitted'];
  level?: Quiz['level'];
  purpose?: Quiz['purpose'];
  form?: Quiz['form'];
}

export function emptyDraft(id: string): QuizDraft {
  return {
    id,
    title: '',
    description: '',
    language: 'en',
    source: { title: '', publisher: '', date: '', licence: { name: '', url: '' } },
    article: '',
    passageStarts: [0],
    items: [],
  };
}

export interface PassageRange {
  /** First and last sentence index, inclusive. */
  first: number;
  last: number;
}

/** The article cut into passages at the teacher's passage starts. */
export function passageRanges(sentenceCount: number, passageStarts: readonly number[]): PassageRange[] {
  const starts = [...new Set([0, ...passageStarts])].filter((index) => index >= 0 && index < sentenceCount).sort((a, b) => a - b);
  return starts.map((first, index) => ({ first, last: (starts[index + 1] ?? sentenceCount) - 1 }));
}

/** The first sentence that ends after `offset` (binary search: sentences are in order). */
export function sentenceAt(sentences: readonly SentenceSpan[], offset: number): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (offset < (sentences[middle] as SentenceSpan).end) high = middle;
    else low = middle + 1;
  }
  return high;
}

/**
 * The quiz the draft stands for, to be checked with checkQuiz: items keep their order, so a
 * problem at `items[i]` concerns draft item i. Only passages that hold an item are kept.
 */
export function draftToQuiz(draft: QuizDraft, sentences: readonly SentenceSpan[] = splitSentences(draft.article)): unknown {
  const ranges = passageRanges(sentences.length, draft.passageStarts);
  const rangeOfItem = draft.items.map((item) => {
    const span = locate(draft.article, item.text);
    if (!span || sentences.length === 0) return -1;
    const sentence = sentenceAt(sentences, span.start);
    return ranges.findIndex((range) => sentence >= range.first && sentence <= range.last);
  });
  // A statement not found in the article is checked against the first passage, so the check says so.
  const rangeOfItemOrFirst = rangeOfItem.map((index) => (index === -1 && ranges.length ? 0 : index));
  const used = [...new Set(rangeOfItemOrFirst.filter((index) => index >= 0))].sort((a, b) => a - b);
  const passageId = (rangeIndex: number) => `p${rangeIndex + 1}`;
  const passages = used.map((rangeIndex) => {
    const range = ranges[rangeIndex] as PassageRange;
    const first = sentences[range.first] as SentenceSpan;
    const last = sentences[range.last] as SentenceSpan;
    return { id: passageId(rangeIndex), text: draft.article.slice(first.start, last.end) };
  });
  const items = draft.items.map((item, index) => {
    const rangeIndex = rangeOfItemOrFirst[index] ?? -1;
    const quizItem: Record<string, unknown> = {
      id: item.id,
      passage: rangeIndex >= 0 ? passageId(rangeIndex) : 'none',
      text: item.text,
      label: item.label,
      explanation: item.explanation,
      difficulty: item.difficulty,
    };
    if (item.alsoAccept) quizItem.alsoAccept = item.alsoAccept;
    if (item.cues.length) quizItem.cues = item.cues;
    return quizItem;
  });
  const quiz: Record<string, unknown> = {
    schemaVersion: QUIZ_SCHEMA_VERSION,
    id: draft.id,
    title: draft.title,
    language: draft.language,
    description: draft.description,
    source: cleanSource(draft.source),
    passages,
    items,
  };
  if (draft.level) quiz.level = draft.level;
  if (draft.purpose) quiz.purpose = draft.purpose;
  if (draft.form) quiz.form = draft.form;
  if (draft.omitted?.length) quiz.omitted = draft.omitted;
  return quiz;
}

/** Where a statement sits in the article: an exact match is found fast; else whitespace may differ. */
export function locate(article: string, text: string): { start: number; end: number } | null {
  const trimmed = text.trim();
  const exact = trimmed ? article.indexOf(trimmed) : -1;
  return exact >= 0 ? { start: exact, end: exact + trimmed.length } : findLoosely(article, text);
}

function cleanSource(source: Source): Source {
  const { url, ...rest } = source;
  return url?.trim() ? { ...rest, url } : rest;
}

/** A draft for editing an existing set: its passages, in order, become the article. */
export function draftFromQuiz(quiz: Quiz): QuizDraft {
  const separator = '\n\n';
  const article = quiz.passages.map((passage) => passage.text).join(separator);
  const sentences = splitSentences(article);
  const passageStarts: number[] = [];
  let offset = 0;
  for (const passage of quiz.passages) {
    passageStarts.push(sentenceAt(sentences, offset));
    offset += passage.text.length + separator.length;
  }
  return {
    id: quiz.id,
    title: quiz.title,
    description: quiz.description,
    language: quiz.language,
    source: quiz.source,
    article,
    passageStarts: [...new Set(passageStarts)],
    items: quiz.items.map(draftItemFrom),
    ...(quiz.level ? { level: quiz.level } : {}),
    ...(quiz.purpose ? { purpose: quiz.purpose } : {}),
    ...(quiz.form ? { form: quiz.form } : {}),
    ...(quiz.omitted ? { omitted: quiz.omitted } : {}),
  };
}

function draftItemFrom(item: QuizItem): DraftItem {
  return {
    id: item.id,
    text: item.text,
    label: item.label,
    alsoAccept: item.alsoAccept,
    explanation: item.explanation,
    cues: item.cues ?? [],
    difficulty: item.difficulty,
  };
}

/** The explanation's text in the set's language, as the editor shows it. */
export function explanationText(explanation: Explanation, language: string): string {
  return typeof explanation === 'string' ? explanation : (explanation[language] ?? '');
}

/** Sets the text in the set's language, keeping translations the file already had. */
export function withExplanationText(explanation: Explanation, language: string, text: string): Explanation {
  return typeof explanation === 'string' ? text : { ...explanation, [language]: text };
}

/** The next free item id such as `s12`. */
export function nextItemId(items: readonly DraftItem[]): string {
  const used = new Set(items.map((item) => item.id));
  let number = items.length + 1;
  while (used.has(`s${number}`)) number++;
  return `s${number}`;
}

/**
 * checkQuiz on the draft. A draft with no statement has no passage either (passages are the parts
 * of the article that hold one), so only the missing statements are reported, not both.
 */
export function checkDraft(
  draft: QuizDraft,
  sentences: readonly SentenceSpan[] = splitSentences(draft.article),
  /** Ids of the other sets on this device (bundled and own): the draft's id must be none of them. */
  takenIds: ReadonlySet<string> = new Set(),
): QuizCheck {
  const check = checkQuiz(draftToQuiz(draft, sentences));
  const problems = check.ok ? [] : check.problems.filter((problem) => draft.items.length > 0 || problem.code !== 'noPassages');
  if (takenIds.has(draft.id)) problems.unshift(problem('id', 'idTaken', { id: draft.id }));
  return problems.length || !check.ok ? { ok: false, problems } : check;
}

/** A set just begun: nothing typed, nothing pasted. The editor shows the first steps instead of problems. */
export function isBlankDraft(draft: QuizDraft): boolean {
  const { source } = draft;
  return (
    !draft.title.trim() &&
    !draft.description.trim() &&
    !draft.article.trim() &&
    draft.items.length === 0 &&
    ![source.title, source.publisher, source.date, source.url ?? '', source.licence.name, source.licence.url].some((field) => field.trim())
  );
}
