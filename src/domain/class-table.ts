import { LABELS, type Label } from './quiz-schema';
import { toCsv } from './csv';

export interface ClassAnswer {
  id: string;
  /** Device id and profile id, so two learners with one name on two tablets stay apart. */
  learnerKey: string;
  learnerName: string;
  deviceName: string;
  setId: string;
  itemId: string;
  chosen: Label;
  correct: boolean;
  answeredAt: number;
}

export interface StatementRow {
  setId: string;
  itemId: string;
  /** The key label, when this device has the set. */
  label: Label | undefined;
  learners: number;
  right: number;
  /** The wrong label chosen most often, if any learner was wrong. */
  commonWrong: Label | undefined;
}

export interface Confusion {
  label: Label;
  chosen: Label;
  count: number;
}

export interface LearnerRow {
  learnerKey: string;
  name: string;
  deviceName: string;
  answered: number;
  right: number;
  /** Wrong answers by key label and chosen label, most frequent first (ties in label order); needs the set on this device. */
  confusions: Confusion[];
}

export interface ClassTable {
  statements: StatementRow[];
  learners: LearnerRow[];
}

/**
 * Each learner counts once per statement, with their latest answer to it.
 * Statements come hardest first: lowest share right, then most learners.
 */
export function buildClassTable(answers: readonly ClassAnswer[], labelOf: (setId: string, itemId: string) => Label | undefined): ClassTable {
  const latest = new Map<string, ClassAnswer>();
  for (const answer of answers) {
    const key = `${answer.learnerKey}\u0000${answer.setId}\u0000${answer.itemId}`;
    const before = latest.get(key);
    if (!before || before.answeredAt < answer.answeredAt || (before.answeredAt === answer.answeredAt && before.id < answer.id)) latest.set(key, answer);
  }

  const statements = new Map<string, StatementRow & { wrong: Record<Label, number> }>();
  const learners = new Map<string, LearnerRow & { pairs: Map<string, Confusion> }>();
  for (const answer of latest.values()) {
    const label = labelOf(answer.setId, answer.itemId);
    const statementKey = `${answer.setId}\u0000${answer.itemId}`;
    const row = statements.get(statementKey) ?? {
      setId: answer.setId,
      itemId: answer.itemId,
      label,
      learners: 0,
      right: 0,
      commonWrong: undefined,
      wrong: { fact: 0, claim: 0, opinion: 0 },
    };
    row.learners += 1;
    if (answer.correct) row.right += 1;
    else row.wrong[answer.chosen] += 1;
    statements.set(statementKey, row);

    const learner = learners.get(answer.learnerKey) ?? {
      learnerKey: answer.learnerKey,
      name: answer.learnerName,
      deviceName: answer.deviceName,
      answered: 0,
      right: 0,
      confusions: [],
      pairs: new Map<string, Confusion>(),
    };
    learner.answered += 1;
    if (answer.correct) learner.right += 1;
    else if (label) {
      const pair = learner.pairs.get(`${label}>${answer.chosen}`) ?? { label, chosen: answer.chosen, count: 0 };
      pair.count += 1;
      learner.pairs.set(`${label}>${answer.chosen}`, pair);
    }
    learners.set(answer.learnerKey, learner);
  }

  const statementRows = [...statements.values()].map(({ wrong, ...row }) => {
    const most = Math.max(...LABELS.map((label) => wrong[label]));
    return { ...row, commonWrong: most > 0 ? LABELS.find((label) => wrong[label] === most) : undefined };
  });
  statementRows.sort(
    (a, b) =>
      a.right / a.learners - b.right / b.learners ||
      b.learners - a.learners ||
      a.setId.localeCompare(b.setId) ||
      a.itemId.localeCompare(b.itemId, undefined, { numeric: true }),
  );
  const learnerRows = [...learners.values()].map(({ pairs, ...row }) => ({ ...row, confusions: [...pairs.values()].sort(
      (a, b) => b.count - a.count || LABELS.indexOf(a.label) - LABELS.indexOf(b.label) || LABELS.indexOf(a.chosen) - LABELS.indexOf(b.chosen),
    ),
  }));
  learnerRows.sort((a, b) => a.name.localeCompare(b.name) || a.deviceName.localeCompare(b.deviceName));
  return { statements: statementRows, learners: learnerRows };
}

export const CLASS_CSV_HEADER = ['set', 'statement', 'key', 'learners', 'right', 'percent_right', 'most_common_wrong'] as const;

export function classTableToCsv(table: ClassTable): string {
  return toCsv(
    CLASS_CSV_HEADER,
    table.statements.map((row) => [
      row.setId,
      row.itemId,
      row.label ?? '',
      row.learners,
      row.right,
      Math.round((100 * row.right) / row.learners),
      row.commonWrong ?? '',
    ]),
  );
}
