import * as v from 'valibot';
import { LabelSchema } from './quiz-schema';
import { formatPath } from './validate-quiz';

export const RESULTS_FORMAT = 'fact-claim-opinion-results';
export const RESULTS_VERSION = 2;
const MAX_ANSWERS = 200_000;

/** How an answer was given: in a practice set, a test, or a check-up (kept apart from practice figures). */
export const RESULT_MODES = ['practice', 'test', 'check-up'] as const;
export type ResultMode = (typeof RESULT_MODES)[number];

const text = (max: number) => v.pipe(v.string('expected text'), v.maxLength(max, `is longer than ${max} characters`));
const id = v.pipe(text(100), v.minLength(1, 'must not be empty'));
const time = v.pipe(v.number('expected a time in milliseconds'), v.integer('expected a whole number'), v.minValue(0, 'must not be negative'));
const quoted = (modes: readonly string[]) => modes.map((mode) => `"${mode}"`).join(' or ');

function resultsFileSchema<const V extends number, const M extends readonly ResultMode[]>(version: V, modes: M) {
  return v.strictObject({
    format: v.literal(RESULTS_FORMAT, `expected "${RESULTS_FORMAT}"`),
    version: v.literal(version, `expected version ${RESULTS_VERSION} or older`),
    exportedAt: time,
    device: v.strictObject({ id, name: text(80) }),
    learner: v.strictObject({ id, name: text(80) }),
    answers: v.pipe(
      v.array(
        v.strictObject({
          id,
          setId: id,
          itemId: id,
          chosen: LabelSchema,
          correct: v.boolean('expected true or false'),
          mode: v.picklist(modes, `expected ${quoted(modes)}`),
          answeredAt: time,
        }),
        'expected a list of answers',
      ),
      v.maxLength(MAX_ANSWERS, `at most ${MAX_ANSWERS} answers`),
    ),
  });
}

export const ResultsFileSchema = resultsFileSchema(RESULTS_VERSION, RESULT_MODES);
export type ResultsFile = v.InferOutput<typeof ResultsFileSchema>;
export type ResultAnswer = ResultsFile['answers'][number];

/**
 * Every version this app reads, each checked by its own schema and then read as the current one.
 * Version 1 (before check-ups) knows only practice and test answers.
 */
const VERSIONS: Record<number, v.GenericSchema<unknown, Omit<ResultsFile, 'version'>>> = {
  1: resultsFileSchema(1, ['practice', 'test']),
  2: ResultsFileSchema,
};

export type ResultsCheck = { ok: true; results: ResultsFile } | { ok: false; problem: string };

/** Checks a result file's text; the first problem names where it is, e.g. `answers[3].chosen: …`. */
export function checkResultsText(raw: string): ResultsCheck {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    return { ok: false, problem: `not valid JSON: ${(error as Error).message}` };
  }
  const version = typeof data === 'object' && data !== null && 'version' in data ? data.version : undefined;
  if (typeof version === 'number' && version > RESULTS_VERSION) {
    return { ok: false, problem: `version: this file is from a newer version of the app (results format ${version})` };
  }
  // A file with no version this app knows is checked as the current one, which names the first thing wrong.
  const parsed = v.safeParse((typeof version === 'number' && VERSIONS[version]) || ResultsFileSchema, data);
  if (parsed.success) return { ok: true, results: { ...parsed.output, version: RESULTS_VERSION } };
  const issue = parsed.issues[0];
  const where = formatPath((issue.path ?? []).map((step) => step.key as string | number));
  return { ok: false, problem: where ? `${where}: ${issue.message}` : issue.message };
}
