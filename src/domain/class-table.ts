import { LABELS, type Label, type QuizItem } from './quiz-schema';
import { isAccepted } from './scoring';
import { statementKey } from './statement-key';
import type { SessionMode } from './session-mode';

export interface ClassAnswer {
  id: string;
  /** Device id and profile id, so two learners with one name on two tablets stay apart. */
  learnerKey: string;
  learnerName: string;
  deviceName: string;
  setId: string;
  itemId: string;
  chosen: Label;
  /** What the result file said; the key on this device decides when it has the set. */
  correct: boolean;
  /** Absent on answers gathered before the mode travelled with them. */
  mode?: SessionMode;
  answeredAt: number;
}

/** A statement's key as this device holds it. */
export type KeyOf = (setId: string, itemId: string) => Pick<QuizItem, 'label' | 'alsoAccept' | 'text'> | undefined;

export interface ClassFilter {
  setId?: string;
  mode?: SessionMode;
  /** Answers at or after `from` and before `to` (ms). */
  from?: number;
  to?: number;
}

export interface StatementRow {
  setId: string;
  itemId: string;
  /** The key label and statement text, when this device has the set. */
  label: Label | undefined;
  text: string | undefined;
  learners: number;
  /** Learners right on their first try. */
  firstRight: number;
  /** Learners right on their latest try. */
  latestRight: number;
  /** The wrong label chosen most often on a first try, if any. */
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
  /** Statements answered. */
  answered: number;
  firstRight: number;
  latestRight: number;
  /** Statements whose set this device lacks: right and wrong are as the file reported them. */
  reported: number;
  /** First-try misses by key label and chosen label, most frequent first (ties in label order); needs the set on this device. */
  confusions: Confusion[];
}

export interface ClassTable {
  statements: StatementRow[];
  learners: LearnerRow[];
  /** Answers counted after the filter. */
  answers: number;
  /** Answers whose `correct` in the file disagrees with the key on this device. */
  mismatches: number;
  /** Sets answered that this device does not have. */
  reportedSets: string[];
}

/** Right or wrong by the key when this device has the set, otherwise as reported. */
export function judge(answer: ClassAnswer, keyOf: KeyOf): { correct: boolean; known: boolean } {
  const key = keyOf(answer.setId, answer.itemId);
  return key ? { correct: isAccepted(key, answer.chosen), known: true } : { correct: answer.correct, known: false };
}

export function passesFilter(answer: ClassAnswer, filter: ClassFilter): boolean {
  return (
    (filter.setId === undefined || answer.setId === filter.setId) &&
    (filter.mode === undefined || (answer.mode ?? 'practice') === filter.mode) &&
    (filter.from === undefined || answer.answeredAt >= filter.from) &&
    (filter.to === undefined || answer.answeredAt < filter.to)
  );
}

const earlier = (a: ClassAnswer, b: ClassAnswer) => a.answeredAt < b.answeredAt || (a.answeredAt === b.answeredAt && a.id < b.id);

/**
 * Each learner counts once per statement: with their first try (the headline figure) and their latest.
 * Statements come hardest first: lowest share right on the first try, then most learners.
 */
export function buildClassTable(all: readonly ClassAnswer[], keyOf: KeyOf, filter: ClassFilter = {}): ClassTable {
  const tries = new Map<string, { first: ClassAnswer; latest: ClassAnswer }>();
  let mismatches = 0;
  let count = 0;
  const reportedSets = new Set<string>();
  for (const answer of all) {
    if (!passesFilter(answer, filter)) continue;
    count += 1;
    const verdict = judge(answer, keyOf);
    if (verdict.known && verdict.correct !== answer.correct) mismatches += 1;
    if (!verdict.known) reportedSets.add(answer.setId);
    const key = `${answer.learnerKey}\u0000${statementKey(answer.setId, answer.itemId)}`;
    const seen = tries.get(key);
    if (!seen) tries.set(key, { first: answer, latest: answer });
    else {
      if (earlier(answer, seen.first)) seen.first = answer;
      if (earlier(seen.latest, answer)) seen.latest = answer;
    }
  }

  const statements = new Map<string, StatementRow & { wrong: Record<Label, number> }>();
  const learners = new Map<string, LearnerRow & { pairs: Map<string, Confusion> }>();
  for (const { first, latest } of tries.values()) {
    const key = keyOf(first.setId, first.itemId);
    const firstRight = judge(first, keyOf).correct;
    const latestRight = judge(latest, keyOf).correct;
    const rowKey = statementKey(first.setId, first.itemId);
    const row = statements.get(rowKey) ?? {
      setId: first.setId,
      itemId: first.itemId,
      label: key?.label,
      text: key?.text,
      learners: 0,
      firstRight: 0,
      latestRight: 0,
      commonWrong: undefined,
      wrong: { fact: 0, claim: 0, opinion: 0 },
    };
    row.learners += 1;
    if (firstRight) row.firstRight += 1;
    else row.wrong[first.chosen] += 1;
    if (latestRight) row.latestRight += 1;
    statements.set(rowKey, row);

    const learner = learners.get(first.learnerKey) ?? {
      learnerKey: first.learnerKey,
      name: latest.learnerName,
      deviceName: latest.deviceName,
      answered: 0,
      firstRight: 0,
      latestRight: 0,
      reported: 0,
      confusions: [],
      pairs: new Map<string, Confusion>(),
    };
    learner.answered += 1;
    if (!key) learner.reported += 1;
    if (firstRight) learner.firstRight += 1;
    else if (key) {
      const pair = learner.pairs.get(`${key.label}>${first.chosen}`) ?? { label: key.label, chosen: first.chosen, count: 0 };
      pair.count += 1;
      learner.pairs.set(`${key.label}>${first.chosen}`, pair);
    }
    if (latestRight) learner.latestRight += 1;
    learners.set(first.learnerKey, learner);
  }

  const statementRows = [...statements.values()].map(({ wrong, ...row }) => {
    const most = Math.max(...LABELS.map((label) => wrong[label]));
    return { ...row, commonWrong: most > 0 ? LABELS.find((label) => wrong[label] === most) : undefined };
  });
  statementRows.sort(
    (a, b) =>
      a.firstRight / a.learners - b.firstRight / b.learners ||
      b.learners - a.learners ||
      a.setId.localeCompare(b.setId) ||
      a.itemId.localeCompare(b.itemId, undefined, { numeric: true }),
  );
  const learnerRows = [...learners.values()].map(({ pairs, ...row }) => ({
    ...row,
    confusions: [...pairs.values()].sort(
      (a, b) => b.count - a.count || LABELS.indexOf(a.label) - LABELS.indexOf(b.label) || LABELS.indexOf(a.chosen) - LABELS.indexOf(b.chosen),
    ),
  }));
  learnerRows.sort((a, b) => a.name.localeCompare(b.name) || a.deviceName.localeCompare(b.deviceName));
  return { statements: statementRows, learners: learnerRows, answers: count, mismatches, reportedSets: [...reportedSets].sort() };
}

/** How many answers of a result file claim a right or wrong that the key on this device contradicts. */
export function countMismatches(file: { answers: readonly Pick<ClassAnswer, 'setId' | 'itemId' | 'chosen' | 'correct'>[] }, keyOf: KeyOf): number {
  return file.answers.filter((answer) => {
    const key = keyOf(answer.setId, answer.itemId);
    return key !== undefined && isAccepted(key, answer.chosen) !== answer.correct;
  }).length;
}
