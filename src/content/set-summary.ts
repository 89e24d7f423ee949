import type { Quiz } from '../domain/quiz-schema.js';

/**
 * What Home, the path, the pickers, About and the library need of a set without its statements: every top-level field
 * (so a new optional field reaches them unchanged) except `passages`, `items`, `omitted` and what only the set's own page
 * or a file shows (`description`, `$schema`, `schemaVersion`), plus its count of statements.
 */
export type SetSummary = Omit<Quiz, 'passages' | 'items' | 'omitted' | 'description' | '$schema' | 'schemaVersion'> & { itemCount: number };

export function summarizeSet(quiz: Quiz): SetSummary {
  const { passages: _passages, items, omitted: _omitted, description: _description, $schema: _schema, schemaVersion: _version, ...fields } = quiz;
  return { ...fields, itemCount: items.length };
}
