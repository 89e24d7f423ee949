import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkQuizText, formatProblem } from '../../src/domain/validate-quiz';
import { JSON_SCHEMA_PATH, quizJsonSchemaText } from '../../scripts/quiz-json-schema';

const folder = resolve('quizzes');
const files = readdirSync(folder).filter((name) => name.endsWith('.json') && name !== 'quiz.schema.json');

describe('quiz files in quizzes/', () => {
  test('the published JSON Schema is up to date (run `npm run schema`)', () => {
    expect(readFileSync(resolve(JSON_SCHEMA_PATH), 'utf8')).toBe(quizJsonSchemaText());
  });

  test('there is at least one set', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  test.each(files)('%s is a valid set named after its id', (name) => {
    const result = checkQuizText(readFileSync(resolve(folder, name), 'utf8'));
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
    if (result.ok) {
      expect(`${result.quiz.id}.json`).toBe(name);
      expect(result.quiz.$schema).toBe('./quiz.schema.json');
    }
  });
});
