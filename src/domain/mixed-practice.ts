import { LABELS, type Label } from './quiz-schema';
import { shuffled } from './shuffle';

export const MIXED_SIZE = 15;

/**
 * Draws `size` statements across sets, as even across the three labels as the pool allows,
 * in random order.
 */
export function drawMixed<T extends { label: Label }>(pool: readonly T[], size = MIXED_SIZE, random: () => number = Math.random): T[] {
  const byLabel = new Map<Label, T[]>(LABELS.map((label) => [label, shuffled(pool.filter((entry) => entry.label === label), random)]));
  const picked: T[] = [];
  let added = true;
  while (picked.length < size && added) {
    added = false;
    for (const label of shuffled(LABELS, random)) {
      const next = byLabel.get(label)?.pop();
      if (next && picked.length < size) {
        picked.push(next);
        added = true;
      }
    }
  }
  return shuffled(picked, random);
}
