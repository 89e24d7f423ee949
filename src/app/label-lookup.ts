import type { Label } from '../domain/quiz-schema';
import type { SetEntry } from './use-sets';

/** A statement's key label by set and item id, from the sets on this device. */
export function labelLookup(sets: readonly SetEntry[]): (setId: string, itemId: string) => Label | undefined {
  const labels = new Map<string, Label>();
  for (const { quiz } of sets) for (const item of quiz.items) labels.set(`${quiz.id}\u0000${item.id}`, item.label);
  return (setId, itemId) => labels.get(`${setId}\u0000${itemId}`);
}
