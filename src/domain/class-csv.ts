import { toCsv } from './csv';
import type { ClassTable } from './class-table';
import { localTimeWithOffset } from './local-time';

export const CLASS_CSV_HEADER = ['set', 'statement_id', 'statement', 'key', 'learners', 'right_first_try', 'percent_right_first_try', 'right_latest', 'most_common_wrong_first_try', 'scored_by'] as const;

/** The statements table: text and key from this device when it has the set; otherwise scored as the files reported. */
export function classStatementsCsv(table: ClassTable, titleOf: (setId: string) => string): string {
  return toCsv(
    CLASS_CSV_HEADER,
    table.statements.map((row) => [
      titleOf(row.setId),
      row.itemId,
      row.text ?? '',
      row.label ?? '',
      row.learners,
      row.firstRight,
      Math.round((100 * row.firstRight) / row.learners),
      row.latestRight,
      row.commonWrong ?? '',
      row.label ? 'key' : 'as reported',
    ]),
  );
}

export const SCORES_CSV_HEADER = ['learner', 'device', 'statements', 'right_first_try', 'percent_right_first_try', 'right_latest', 'scored_as_reported', 'exported_at'] as const;

/** One row per learner. */
export function classScoresCsv(table: ClassTable, now: number): string {
  const stamp = localTimeWithOffset(now);
  return toCsv(
    SCORES_CSV_HEADER,
    table.learners.map((row) => [row.name, row.deviceName, row.answered, row.firstRight, Math.round((100 * row.firstRight) / row.answered), row.latestRight, row.reported, stamp]),
  );
}
