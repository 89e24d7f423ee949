import * as v from 'valibot';
import { LabelSchema } from './quiz-valibot';
import { formatPath } from './validate-quiz';
import { SESSION_MODES } from './session-mode';
import { restoreVersion, type FormatVersion } from './format-versions';

export const RESULTS_FORMAT = 'fact-claim-opinion-results';
/** Version 2 added check-up answers (mode "check-up"). */
export const RESULTS_VERSION = 2;
/** Every released results format, oldest first; a new version adds its entry with the upgrade from the one before. */
export const RESULTS_VERSIONS: readonly FormatVersion[] = [
  { version: 1 },
  // A version 1 file is a version 2 file without check-up answers: it reads as it is.
  { version: 2 },
];
const MAX_ANSWERS = 200_000;

const text = (max: number) => v.pipe(v.string('expected text'), v.maxLength(max, `is longer than ${max} characters`));
const id = v.pipe(text(100), v.minLength(1, 'must not be empty'));
const time = v.pipe(v.number('expected a time in milliseconds'), v.integer('expected a whole number'), v.minValue(0, 'must not be negative'));

export const ResultAnswerSchema = v.strictObject({
  id,
  setId: id,
  itemId: id,
  chosen: LabelSchema,
  correct: v.boolean('expected true or false'),
  mode: v.picklist(SESSION_MODES, 'expected "practice", "test" or "check-up"'),
  answeredAt: time,
});

export const ResultsFileSchema = v.strictObject({
  format: v.literal(RESULTS_FORMAT, `expected "${RESULTS_FORMAT}"`),
  version: v.literal(RESULTS_VERSION, `expected version ${RESULTS_VERSION}`),
  exportedAt: time,
  device: v.strictObject({ id, name: text(80) }),
  learner: v.strictObject({ id, name: text(80) }),
  answers: v.pipe(v.array(ResultAnswerSchema, 'expected a list of answers'), v.maxLength(MAX_ANSWERS, `at most ${MAX_ANSWERS} answers`)),
});

export type ResultsFile = v.InferOutput<typeof ResultsFileSchema>;
export type ResultAnswer = ResultsFile['answers'][number];

export type ResultsProblemCode = 'notJson' | 'notResults' | 'newerVersion' | 'damaged' | 'notACode' | 'damagedCode' | 'codesMissing';
/** The part of a results file a problem is in, as a teacher would name it. */
export type ResultsPart = 'file' | 'learner' | 'device' | 'answer';

export interface ResultsProblem {
  code: ResultsProblemCode;
  part: ResultsPart;
  /** `line` and `column` of broken JSON, `version` of a newer file, `number` of the answer (from 1). */
  values: Record<string, number>;
  /** In English with the file's own field names, e.g. `answers[3].chosen: expected …`: for logs and tests. */
  message: string;
}

export type ResultsCheck = { ok: true; results: ResultsFile } | { ok: false; problem: ResultsProblem };

export function resultsProblem(code: ResultsProblemCode, message: string, part: ResultsPart = 'file', values: Record<string, number> = {}): ResultsProblem {
  return { code, part, values, message };
}

/** Checks a result file's text; the first problem names where it is, e.g. `answers[3].chosen: …`. */
export function checkResultsText(raw: string): ResultsCheck {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    return { ok: false, problem: resultsProblem('notJson', `not valid JSON: ${(error as Error).message}`) };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== RESULTS_FORMAT) {
    return { ok: false, problem: resultsProblem('notResults', `format: expected "${RESULTS_FORMAT}"`) };
  }
  if ('version' in data && typeof data.version === 'number' && data.version > RESULTS_VERSION) {
    return { ok: false, problem: resultsProblem('newerVersion', `version: this file is from a newer version of the app (results format ${data.version})`, 'file', { version: data.version }) };
  }
  const parsed = v.safeParse(ResultsFileSchema, restoreVersion(data, 'version', RESULTS_VERSIONS));
  if (parsed.success) return { ok: true, results: parsed.output };
  const issue = parsed.issues[0];
  const keys = (issue.path ?? []).map((step) => step.key as string | number);
  const where = formatPath(keys);
  const [first, index] = keys;
  const message = where ? `${where}: ${issue.message}` : issue.message;
  if (first === 'answers' && typeof index === 'number') return { ok: false, problem: resultsProblem('damaged', message, 'answer', { number: index + 1 }) };
  return { ok: false, problem: resultsProblem('damaged', message, first === 'learner' || first === 'device' ? first : 'file') };
}
