import { toCsv } from './csv';
import type { ResultsFile } from './results-format';
import type { KeyOf } from './class-table';
import { localTimeWithOffset } from './local-time';

export const RESULT_CSV_HEADER = ['device', 'learner', 'set', 'statement_id', 'statement', 'key', 'chosen', 'correct', 'mode', 'answered_at', 'answer_id'] as const;

/** One row per answer, with the statement's text and key when this device has the set, and local times with their offset. */
export function resultsToCsv(results: ResultsFile, keyOf: KeyOf = () => undefined): string {
  return toCsv(
    RESULT_CSV_HEADER,
    results.answers.map((answer) => {
      const key = keyOf(answer.setId, answer.itemId);
      return [
        results.device.name,
        results.learner.name,
        answer.setId,
        answer.itemId,
        key?.text ?? '',
        key ? [key.label, key.alsoAccept].filter(Boolean).join(' or ') : '',
        answer.chosen,
        answer.correct ? 'yes' : 'no',
        answer.mode,
        localTimeWithOffset(answer.answeredAt),
        answer.id,
      ];
    }),
  );
}
