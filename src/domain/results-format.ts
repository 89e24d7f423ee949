import * as v from 'valibot';
import { LabelSchema } from './quiz-schema';
import { formatPath } from './validate-quiz';
import { restoreVersion, type FormatVersion } from './format-versions';

export const RESULTS_FORMAT = 'fact-claim-opinion-results';
export const RESULTS_VERSION = 1;
/** Every released results format, oldest first; a new version adds its entry with the upgrade from the one before. */
export const RESULTS_VERSIONS: readonly FormatVersion[] = [{ version: 1 }];
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
  mode: v.picklist(['practice', 'test'], 'expected "practice" or "test"'),
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

export type ResultsCheck = { ok: true; results: ResultsFile } | { ok: false; problem: string };

/** Checks a result file's text; the first problem names where it is, e.g. `answers[3].chosen: …`. */
export function checkResultsText(raw: string): ResultsCheck {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    return { ok: false, problem: `not valid JSON: ${(error as Error).message}` };
  }
  if (typeof data === 'object' && data !== null && 'version' in data && typeof data.version === 'number' && data.version > RESULTS_VERSION) {
    return { ok: false, problem: `version: this file is from a newer version of the app (results format ${data.version})` };
  }
  const parsed = v.safeParse(ResultsFileSchema, restoreVersion(data, 'version', RESULTS_VERSIONS));
  if (parsed.success) return { ok: true, results: parsed.output };
  const issue = parsed.issues[0];
  const where = formatPath((issue.path ?? []).map((step) => step.key as string | number));
  return { ok: false, problem: where ? `${where}: ${issue.message}` : issue.message };
}
