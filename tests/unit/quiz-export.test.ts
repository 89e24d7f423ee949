import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { toQuizJson } from '../../src/domain/quiz-export';
import { checkQuizText } from '../../src/domain/validate-quiz';
import { draftFromQuiz, draftToQuiz } from '../../src/domain/quiz-draft';
import { smallQuiz } from '../fixtures/small-quiz';

const schema = JSON.parse(readFileSync('quizzes/quiz.schema.json', 'utf8')) as object;
const validate = new Ajv({ allErrors: true, strict: false, formats: { uri: /^[a-z][a-z0-9+.-]*:/i } }).compile(schema);

describe('JSON export', () => {
  test('is valid against the published schema and passes the app’s own check', () => {
    const text = toQuizJson(smallQuiz());
    expect(validate(JSON.parse(text)), JSON.stringify(validate.errors)).toBe(true);
    expect(checkQuizText(text)).toEqual({ ok: true, quiz: { $schema: './quiz.schema.json', ...smallQuiz() } });
  });

  test('a bundled set, opened in the editor and exported, is still valid and keeps its statements and keys', () => {
    const bundled = JSON.parse(readFileSync('quizzes/al-bukamal-1-opening.json', 'utf8'));
    const check = checkQuizText(JSON.stringify(draftToQuiz(draftFromQuiz(bundled))));
    expect(check.ok, JSON.stringify(check)).toBe(true);
    if (!check.ok) return;
    const text = toQuizJson(check.quiz);
    expect(validate(JSON.parse(text)), JSON.stringify(validate.errors)).toBe(true);
    expect(check.quiz.items.map((item) => [item.id, item.text, item.label, item.alsoAccept])).toEqual(
      bundled.items.map((item: { id: string; text: string; label: string; alsoAccept?: string }) => [item.id, item.text, item.label, item.alsoAccept]),
    );
  });
});
