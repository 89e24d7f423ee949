import { toCsv } from './csv';
import type { ClassTable } from './class-table';
import { localTimeWithOffset } from './local-time';
import { LABELS } from './quiz-schema';
import type { CheckUpScore } from './check-up-score';
import { whyNoGain, type ClassCheckUps } from './class-check-up';

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

const SIDE_COLUMNS = ['form', 'right', 'answered', ...LABELS.flatMap((label) => [`${label}_right`, `${label}_of`])] as const;
export const CHECK_UP_CSV_HEADER = [
  'learner', 'device', 'language',
  ...SIDE_COLUMNS.map((column) => `before_${column}`), ...SIDE_COLUMNS.map((column) => `after_${column}`),
  'gain', 'no_gain_because', 'exported_at',
] as const;

const sideCells = (side: CheckUpScore | null) =>
  side ? [side.form, side.correct, side.answered, ...LABELS.flatMap((label) => [side.byLabel[label].correct, side.byLabel[label].total])] : SIDE_COLUMNS.map(() => '');

/** One row per learner and check-up language: before and after, per label, and the normalized gain (empty when none is shown, with why). */
export function classCheckUpCsv(checkUps: ClassCheckUps, now: number): string {
  const stamp = localTimeWithOffset(now);
  return toCsv(
    CHECK_UP_CSV_HEADER,
    checkUps.learners.map((row) => [
      row.name, row.deviceName, row.language,
      ...sideCells(row.outcome.before), ...sideCells(row.outcome.after),
      row.outcome.gain === null ? '' : Math.round(row.outcome.gain * 1000) / 1000, whyNoGain(row.outcome) ?? '', stamp,
    ]),
  );
}
