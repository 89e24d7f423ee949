import { LABELS, type Label, type Quiz } from '../domain/quiz-schema.js';

/**
 * What Home, the path, the pickers, About and the library need of a set without its statements: every top-level field
 * except `passages`, `items` and `omitted` (so a new optional field reaches them unchanged), plus its counts.
 */
export type SetSummary = Omit<Quiz, 'passages' | 'items' | 'omitted'> & {
  itemCount: number;
  labelCounts: Record<Label, number>;
};

export function summarizeSet(quiz: Quiz): SetSummary {
  const { passages: _passages, items, omitted: _omitted, ...fields } = quiz;
  const labelCounts = Object.fromEntries(LABELS.map((label) => [label, 0])) as Record<Label, number>;
  for (const item of items) labelCounts[item.label] += 1;
  return { ...fields, itemCount: items.length, labelCounts };
}
