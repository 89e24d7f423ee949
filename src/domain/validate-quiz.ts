import * as v from 'valibot';
import { parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { LABELS, type Quiz } from './quiz-schema';
import { QuizSchema, describe, listOptions } from './quiz-valibot';
import { restoreVersion, type FormatVersion } from './format-versions';
import { findLoosely, looseMatcher, type Span } from './text-match';

/** Every released quiz file format, oldest first; a new version adds its entry with the upgrade from the one before. */
export const QUIZ_VERSIONS: readonly FormatVersion[] = [{ version: 1 }];

/** What can be wrong with a quiz file; each screen words it for a teacher in their language. */
export const PROBLEM_CODES = [
  'notJson',
  'notQuiz',
  'fileTooLarge',
  'notObject',
  'missing',
  'unknownField',
  'notText',
  'empty',
  'tooLong',
  'brokenCharacter',
  'nulCharacter',
  'notSlug',
  'notLocalId',
  'notLanguageTag',
  'notOneOf',
  'noLabel',
  'notExplanation',
  'noExplanationLanguage',
  'notDate',
  'notWebLink',
  'wrongVersion',
  'notLevel',
  'notList',
  'noPassages',
  'noItems',
  'tooMany',
  'duplicatePassageId',
  'duplicateItemId',
  'duplicateStatement',
  'noSuchPassage',
  'notInPassage',
  'sameAsLabel',
  'needsSetLanguage',
  'cueNotInStatement',
  'unsafeKey',
  'idTaken',
  'needsForm',
  'formWithoutCheckUp',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];
export type ProblemValues = Record<string, string | number>;

export interface Problem {
  /** Where the problem is, e.g. `items[6].label`; empty for the file as a whole. */
  path: string;
  code: ProblemCode;
  values: ProblemValues;
  /** The problem in English, with the file's own field names: for logs, tests and people who write the files. */
  message: string;
}

export type QuizCheck = { ok: true; quiz: Quiz } | { ok: false; problems: Problem[] };

const ENGLISH: Record<ProblemCode, (values: ProblemValues) => string> = {
  notJson: (values) => `not valid JSON at line ${values.line}, column ${values.column}: ${values.reason}`,
  notQuiz: (values) => `expected a quiz set (a JSON object), got ${values.received}`,
  fileTooLarge: (values) => `the file is too large: ${values.length} characters, at most ${values.max}`,
  notObject: (values) => `expected an object, got ${values.received}`,
  missing: () => 'is missing',
  unknownField: (values) => `unknown field "${values.field}"`,
  notText: (values) => `expected text, got ${values.received}`,
  empty: () => 'must not be empty',
  tooLong: (values) => `is too long: ${values.length} characters, at most ${values.max}`,
  brokenCharacter: () => 'contains a broken character (a lone UTF-16 surrogate)',
  nulCharacter: () => 'contains a NUL character (\\u0000)',
  notSlug: () => 'expected a slug: lower-case letters, digits and single hyphens',
  notLocalId: () => 'expected an id of letters, digits, "-" or "_"',
  notLanguageTag: () => 'expected a BCP 47 language tag such as "en" or "es-MX"',
  notOneOf: (values) => `expected ${values.options}, got ${values.received}`,
  noLabel: (values) => `expected ${listOptions(LABELS)}, got ${values.received}`,
  notExplanation: () => 'expected an explanation as text, or as an object from language tag to text',
  noExplanationLanguage: () => 'explanation must have at least one language',
  notDate: () => 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD',
  notWebLink: () => 'expected a full http or https URL',
  wrongVersion: (values) => `expected 1, got ${values.received}`,
  notLevel: (values) => `expected a level from 1 to 6, got ${values.received}`,
  notList: (values) => `expected a list, got ${values.received}`,
  noPassages: () => 'a set needs at least one passage',
  noItems: () => 'a set needs at least one item',
  tooMany: (values) => `a set holds at most ${values.max}`,
  duplicatePassageId: (values) => `duplicate passage id "${values.id}"`,
  duplicateItemId: (values) => `duplicate item id "${values.id}"`,
  duplicateStatement: (values) => `the same statement as items[${Number(values.other) - 1}]`,
  noSuchPassage: (values) => `no passage has the id "${values.id}"`,
  notInPassage: (values) => `not found in passage "${values.passage}"`,
  sameAsLabel: (values) => `is the same as the label "${values.label}"`,
  needsSetLanguage: (values) => `needs a text in the set's language "${values.language}"`,
  cueNotInStatement: (values) => `"${values.cue}" is not in the statement`,
  unsafeKey: (values) => `a key named "${values.key}" is not allowed`,
  idTaken: (values) => `another set already has the id "${values.id}"`,
  needsForm: () => 'a check-up needs its form, "A" or "B"',
  formWithoutCheckUp: () => 'only a check-up (purpose "check-up") has a form',
};

export function problem(path: string, code: ProblemCode, values: ProblemValues = {}): Problem {
  return { path, code, values, message: ENGLISH[code](values) };
}

export function formatProblem(problem: Problem): string {
  return problem.path ? `${problem.path}: ${problem.message}` : problem.message;
}

export function formatPath(keys: readonly (string | number)[]): string {
  return keys.reduce<string>((path, key) => {
    if (typeof key === 'number') return `${path}[${key}]`;
    return path ? `${path}.${key}` : key;
  }, '');
}

/** Parses the text of a quiz file and checks it in full. Never throws. */
export function checkQuizText(text: string): QuizCheck {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [syntaxProblem(text, error)] };
  }
  return checkQuiz(data);
}

/** Where the JSON first goes wrong, as a line and column a text editor shows. */
function syntaxProblem(text: string, error: unknown): Problem {
  const errors: ParseError[] = [];
  parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  const offset = first?.offset ?? text.length;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - (before.lastIndexOf('\n') + 1) + 1;
  const reason = first ? printParseErrorCode(first.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase() : (error as Error).message;
  return problem('', 'notJson', { line, column, reason });
}

/** Checks shape and meaning in one pass: every problem at once, each with its location. */
export function checkQuiz(file: unknown): QuizCheck {
  if (!isRecord(file)) return { ok: false, problems: [problem('', 'notQuiz', { received: describe(file) })] };
  const data = restoreVersion(file, 'schemaVersion', QUIZ_VERSIONS) as Record<string, unknown>;
  const parsed = v.safeParse(QuizSchema, data);
  const shape = parsed.success ? [] : firstPerPlace(parsed.issues.map(issueProblem));
  // Meaning is checked on whatever parts are well-formed; a place whose shape is wrong says that alone.
  const meaning = meaningProblems(data).filter((found) => !shape.some((known) => within(found.path, known.path)));
  const problems = [...shape, ...meaning];
  if (problems.length || !parsed.success) return { ok: false, problems };
  return { ok: true, quiz: parsed.output };
}

function issueProblem(issue: v.BaseIssue<unknown>): Problem {
  const keys = (issue.path ?? []).map((step) => step.key as string | number);
  const path = formatPath(keys);
  const code = (PROBLEM_CODES as readonly string[]).includes(issue.message) ? (issue.message as ProblemCode) : 'notText';
  const values: ProblemValues = { received: describe(issue.input) };
  if (code === 'unknownField' || code === 'missing') values.field = String(keys.at(-1) ?? '');
  if (code === 'tooLong' || code === 'tooMany') {
    values.max = Number(issue.requirement);
    values.length = Number(issue.received);
  }
  if (code === 'notOneOf') values.options = listOptions(issue.expected?.replace(/^\(|\)$/g, '').split(' | ').map((option) => option.replace(/^"|"$/g, '')) ?? []);
  return problem(path, code, values);
}

const within = (path: string, outer: string) => path === outer || path.startsWith(`${outer}.`) || path.startsWith(`${outer}[`) || outer === '';

/** One problem per place: an empty link is "empty", not also "not a link". */
function firstPerPlace(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((found) => {
    if (seen.has(found.path)) return false;
    seen.add(found.path);
    return true;
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const UNSAFE_KEYS = ['__proto__', 'constructor', 'prototype'];
const isLabel = (value: unknown) => (LABELS as readonly unknown[]).includes(value);

/** Statements in their passages, cues in their statements, ids unique and resolved: read from the raw data, part by part. */
function meaningProblems(data: Record<string, unknown>): Problem[] {
  const problems: Problem[] = [];
  /** Passage id → its matcher, or null when its text is not well-formed (that problem is reported already). */
  const passages = new Map<string, ((needle: string) => Span | null) | null>();
  (Array.isArray(data.passages) ? data.passages : []).forEach((passage: unknown, index) => {
    if (!isRecord(passage) || typeof passage.id !== 'string') return;
    if (passages.has(passage.id)) {
      problems.push(problem(`passages[${index}].id`, 'duplicatePassageId', { id: passage.id }));
      return;
    }
    passages.set(passage.id, typeof passage.text === 'string' ? looseMatcher(passage.text) : null);
  });

  if (data.purpose === 'check-up' && data.form === undefined) problems.push(problem('form', 'needsForm'));
  if (data.purpose !== 'check-up' && data.form !== undefined) problems.push(problem('form', 'formWithoutCheckUp'));

  const language = typeof data.language === 'string' ? data.language : null;
  const itemIds = new Set<string>();
  const statements = new Map<string, number>();
  (Array.isArray(data.items) ? data.items : []).forEach((item: unknown, index) => {
    if (!isRecord(item)) return;
    const at = (field: string) => `items[${index}].${field}`;
    const text = typeof item.text === 'string' && item.text.trim() ? item.text : null;
    if (typeof item.id === 'string') {
      if (itemIds.has(item.id)) problems.push(problem(at('id'), 'duplicateItemId', { id: item.id }));
      itemIds.add(item.id);
    }

    if (text !== null) {
      const normalised = text.replace(/\s+/g, ' ').trim();
      const earlier = statements.get(normalised);
      if (earlier !== undefined) problems.push(problem(at('text'), 'duplicateStatement', { other: earlier + 1 }));
      else statements.set(normalised, index);
    }

    if (typeof item.passage === 'string') {
      const find = passages.get(item.passage);
      if (find === undefined) problems.push(problem(at('passage'), 'noSuchPassage', { id: item.passage }));
      else if (find !== null && text !== null && !find(text)) problems.push(problem(at('text'), 'notInPassage', { passage: item.passage }));
    }

    if (isLabel(item.label) && item.alsoAccept === item.label) problems.push(problem(at('alsoAccept'), 'sameAsLabel', { label: item.label as string }));

    if (isRecord(item.explanation)) {
      const unsafe = Object.keys(item.explanation).find((key) => UNSAFE_KEYS.includes(key));
      if (unsafe !== undefined) problems.push(problem(at('explanation'), 'unsafeKey', { key: unsafe }));
      else if (language !== null && !Object.hasOwn(item.explanation, language)) problems.push(problem(at('explanation'), 'needsSetLanguage', { language }));
    }

    if (Array.isArray(item.cues) && text !== null) {
      item.cues.forEach((cue: unknown, cueIndex) => {
        if (!isRecord(cue) || typeof cue.text !== 'string' || !cue.text.trim()) return;
        if (!findLoosely(text, cue.text)) problems.push(problem(at(`cues[${cueIndex}].text`), 'cueNotInStatement', { cue: cue.text }));
      });
    }
  });
  return problems;
}
