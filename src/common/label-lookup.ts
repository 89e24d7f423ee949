import type { Label, QuizItem } from '../domain/quiz-schema';
import type { KeyOf } from '../domain/class-table';
import type { SetEntry } from '../domain/set-library';
import { statementKey } from '../domain/statement-key';

/** A statement's key label by set and item id, from the sets on this device. */
export function labelLookup(sets: readonly SetEntry[]): (setId: string, itemId: string) => Label | undefined {
  const labels = new Map<string, Label>();
  for (const { quiz } of sets) for (const item of quiz.items) labels.set(statementKey(quiz.id, item.id), item.label);
  return (setId, itemId) => labels.get(statementKey(setId, itemId));
}

/** A statement's key (label, second accepted label) and text by set and item id, from the sets on this device. */
export function keyLookup(sets: readonly SetEntry[]): KeyOf {
  const items = new Map<string, Pick<QuizItem, 'label' | 'alsoAccept' | 'text'>>();
  for (const { quiz } of sets) for (const item of quiz.items) items.set(statementKey(quiz.id, item.id), item);
  return (setId, itemId) => items.get(statementKey(setId, itemId));
}
