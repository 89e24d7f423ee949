import { describe, expect, test } from 'vitest';
import { checkQuiz, checkQuizText, formatProblem } from '../../src/domain/validate-quiz';
import { smallQuiz } from '../fixtures/small-quiz';

const messages = (input: unknown) => {
  const result = checkQuiz(input);
  return result.ok ? [] : result.problems.map(formatProblem);
};

describe('checkQuiz', () => {
  test('accepts a valid set', () => {
    expect(checkQuiz(smallQuiz())).toMatchObject({ ok: true });
  });

  test('names the item, the field and the bad value', () => {
    const quiz = smallQuiz() as Record<string, unknown> & ReturnType<typeof smallQuiz>;
    (quiz.items[2] as Record<string, unknown>).label = 'fakt';
    expect(messages(quiz)).toEqual(['items[2].label: expected "fact", "claim" or "opinion", got "fakt"']);
  });

  test('reports every problem at once, shape problems first', () => {
    const quiz = smallQuiz() as unknown as Record<string, unknown>;
    delete quiz.title;
    quiz.schemaVersion = 2;
    quiz.extra = true;
    const found = messages(quiz);
    expect(found).toContain('title: is missing');
    expect(found).toContain('schemaVersion: expected 1, got 2');
    expect(found).toContain('extra: unknown field "extra"');
  });

  test('checks meaning: text in passage, cues in text, ids unique and resolved', () => {
    const quiz = smallQuiz();
    quiz.items[0]!.text = 'The bridge opened in 1933.';
    quiz.items[1]!.cues = [{ text: 'according to the governor', kind: 'attribution' }];
    quiz.items[2]!.id = 'i2';
    quiz.items[2]!.passage = 'p9';
    expect(messages(quiz)).toEqual([
      'items[0].text: not found in passage "p1"',
      'items[0].cues[0].text: "1932" is not in the statement',
      'items[1].cues[0].text: "according to the governor" is not in the statement',
      'items[2].id: duplicate item id "i2"',
      'items[2].passage: no passage has the id "p9"',
    ]);
  });

  test('refuses a second accepted label equal to the label, and a statement given twice', () => {
    const quiz = smallQuiz();
    quiz.items[2]!.alsoAccept = 'opinion';
    quiz.items.push({ ...quiz.items[0]!, id: 'i4' });
    expect(messages(quiz)).toEqual([
      'items[2].alsoAccept: is the same as the label "opinion"',
      'items[3].text: the same statement as items[0]',
    ]);
  });

  test('matches statements across line breaks and double spaces', () => {
    const quiz = smallQuiz();
    quiz.passages[0]!.text = quiz.passages[0]!.text.replace('opened in', 'opened\n  in');
    expect(checkQuiz(quiz)).toMatchObject({ ok: true });
  });

  test('needs the explanation in the set language when it is a map', () => {
    const quiz = smallQuiz();
    quiz.items[1]!.explanation = { es: 'Solo en español.' };
    expect(messages(quiz)).toEqual(['items[1].explanation: needs a text in the set\'s language "en"']);
  });

  test('refuses broken characters, huge strings and __proto__ keys with a location', () => {
    const quiz = smallQuiz();
    quiz.title = 'Bad \uD800 title';
    quiz.items[0]!.explanation = 'x'.repeat(5000);
    expect(messages(quiz)).toEqual([
      'title: contains a broken character (a lone UTF-16 surrogate)',
      'items[0].explanation: is too long: 5000 characters, at most 2000',
    ]);
    const withProto = JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(smallQuiz()).slice(1)}`);
    expect(messages(withProto)).toEqual(['__proto__: unknown field "__proto__"']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('answers non-objects and non-JSON plainly', () => {
    expect(messages([])).toEqual(['expected a quiz set (a JSON object), got a list']);
    const result = checkQuizText('{"title": ');
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : formatProblem(result.problems[0]!)).toMatch(/^not valid JSON: /);
  });
});
