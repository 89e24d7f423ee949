import { LABELS, type Label } from './quiz-schema';
import { isDue, type ReviewState } from './scheduler';

/** What the progress screen needs of a kept review card. */
export interface CardTally {
  setId: string;
  itemId: string;
  review: ReviewState;
  answered: number;
  right: number;
  chosen: Record<Label, number>;
  /** When the latest answer was given; tells which sets have answers not yet shared. */
  lastAnsweredAt?: number;
}

export interface DayTally {
  day: string;
  answered: number;
  right: number;
}

export interface SetTally {
  seen: number;
  mastered: number;
  due: number;
  /** When the newest answer in the set was given (0 when the cards do not say). */
  lastAnsweredAt: number;
}

export interface ProgressReport {
  answered: number;
  right: number;
  byLabel: Record<Label, { answered: number; right: number }>;
  /** confusion[true label][chosen label]: how many answers. */
  confusion: Record<Label, Record<Label, number>>;
  bySet: Map<string, SetTally>;
  days: DayTally[];
  /** Cards whose statement is no longer in any set on this device. */
  unknown: number;
}

const zeroByLabel = <T>(make: () => T) => Object.fromEntries(LABELS.map((label) => [label, make()])) as Record<Label, T>;

/** `labelOf` gives a statement's key label, or undefined when the statement is gone. */
export function buildProgress(
  cards: readonly CardTally[],
  days: readonly DayTally[],
  labelOf: (setId: string, itemId: string) => Label | undefined,
  now: number,
): ProgressReport {
  const byLabel = zeroByLabel(() => ({ answered: 0, right: 0 }));
  const confusion = zeroByLabel(() => zeroByLabel(() => 0));
  const bySet = new Map<string, SetTally>();
  let answered = 0;
  let right = 0;
  let unknown = 0;
  for (const card of cards) {
    const label = labelOf(card.setId, card.itemId);
    if (!label) {
      unknown += 1;
      continue;
    }
    answered += card.answered;
    right += card.right;
    byLabel[label].answered += card.answered;
    byLabel[label].right += card.right;
    for (const chosen of LABELS) confusion[label][chosen] += card.chosen[chosen] ?? 0;
    const set = bySet.get(card.setId) ?? { seen: 0, mastered: 0, due: 0, lastAnsweredAt: 0 };
    set.lastAnsweredAt = Math.max(set.lastAnsweredAt, card.lastAnsweredAt ?? 0);
    set.seen += 1;
    if (card.review.mastered) set.mastered += 1;
    if (isDue(card.review, now)) set.due += 1;
    bySet.set(card.setId, set);
  }
  return { answered, right, byLabel, confusion, bySet, days: [...days].sort((a, b) => a.day.localeCompare(b.day)), unknown };
}
