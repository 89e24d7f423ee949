import type { Quiz } from './quiz-schema';

/** The set as a file for `quizzes/`: the schema link first, two-space indents, a final newline. */
export function toQuizJson(quiz: Quiz): string {
  const { $schema: _ignored, ...rest } = quiz;
  return `${JSON.stringify({ $schema: './quiz.schema.json', ...rest }, null, 2)}\n`;
}

/** A file name made from the set id, which is already a slug. */
export function exportFileName(quiz: Quiz, extension: 'json' | 'gift.txt'): string {
  return `${quiz.id}.${extension}`;
}
