import { toCsv } from './csv';
import type { ResultsFile } from './results-format';

export const RESULT_CSV_HEADER = ['device', 'learner', 'set', 'statement', 'chosen', 'correct', 'mode', 'answered_at', 'answer_id'] as const;

/** One row per answer. */
export function resultsToCsv(results: ResultsFile): string {
  return toCsv(
    RESULT_CSV_HEADER,
    results.answers.map((answer) => [
      results.device.name,
      results.learner.name,
      answer.setId,
      answer.itemId,
      answer.chosen,
      answer.correct ? 'yes' : 'no',
      answer.mode,
      new Date(answer.answeredAt).toISOString(),
      answer.id,
    ]),
  );
}
