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

  test('a check-up needs its form, and only a check-up has one', () => {
    expect(checkQuiz({ ...smallQuiz(), purpose: 'check-up', form: 'B' })).toMatchObject({ ok: true, quiz: { purpose: 'check-up', form: 'B' } });
    expect(messages({ ...smallQuiz(), purpose: 'check-up' })).toEqual(['form: a check-up needs its form, "A" or "B"']);
    expect(messages({ ...smallQuiz(), form: 'A' })).toEqual(['form: only a check-up (purpose "check-up") has a form']);
    expect(messages({ ...smallQuiz(), purpose: 'check-up', form: 'C' })).toEqual(['form: expected "A" or "B", got "C"']);
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
    expect(result.ok ? '' : formatProblem(result.problems[0]!)).toMatch(/^not valid JSON at line 1, column 11: /);
  });

  test('a JSON syntax error says the line and column where the file goes wrong', () => {
    const text = JSON.stringify(smallQuiz(), null, 2).replace('"Small set",', '"Small set",,');
    const line = text.split('\n').findIndex((row) => row.includes('"Small set",,')) + 1;
    const column = (text.split('\n')[line - 1] ?? '').indexOf(',,') + 2;
    const result = checkQuizText(text);
    expect(result.ok ? [] : result.problems).toEqual([expect.objectContaining({ path: '', code: 'notJson', values: expect.objectContaining({ line, column }) })]);
    expect(line).toBeGreaterThan(1);
    const trailing = checkQuizText('[1,\n 2,\n]');
    expect(trailing.ok ? [] : trailing.problems.map((found) => [found.values.line, found.values.column])).toEqual([[3, 1]]);
  });
});

describe('one pass: shape and meaning together', () => {
  test('a bad label and a statement missing from its passage are reported together', () => {
    const quiz = smallQuiz() as ReturnType<typeof smallQuiz>;
    (quiz.items[2] as Record<string, unknown>).label = null;
    quiz.items[0]!.text = 'The bridge opened in 1933.';
    const result = checkQuiz(quiz);
    expect(result.ok ? [] : result.problems.map((found) => [found.path, found.code])).toEqual([
      ['items[2].label', 'noLabel'],
      ['items[0].text', 'notInPassage'],
      ['items[0].cues[0].text', 'cueNotInStatement'],
    ]);
  });

  test('meaning is checked on the parts that are well-formed, and a badly formed part says only that', () => {
    const quiz = smallQuiz() as unknown as Record<string, unknown> & { items: Record<string, unknown>[]; passages: Record<string, unknown>[] };
    delete quiz.title;
    quiz.items[0]!.text = 42;
    quiz.items[1]!.passage = 'p9';
    quiz.passages.push({ id: 'p2' });
    const result = checkQuiz(quiz);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      'title: is missing',
      'passages[1].text: is missing',
      'items[0].text: expected text, got 42',
      'items[1].passage: no passage has the id "p9"',
    ]);
  });

  test('an empty licence link is one problem, not two', () => {
    const quiz = smallQuiz();
    quiz.source.licence.url = '';
    expect(messages(quiz)).toEqual(['source.licence.url: must not be empty']);
    quiz.source.licence.url = 'ftp://example.org/licence';
    expect(messages(quiz)).toEqual(['source.licence.url: expected a full http or https URL']);
  });

  test('refuses a NUL character in any text', () => {
    const text = JSON.stringify(smallQuiz()).replace('"Small set"', '"Small\\u0000set"');
    const result = checkQuizText(text);
    expect(result.ok ? [] : result.problems.map((found) => [found.path, found.code])).toEqual([['title', 'nulCharacter']]);
  });

  test.each(['__proto__', 'constructor', 'prototype'])('refuses a "%s" key in an explanation map with a message, instead of dropping it', (key) => {
    const base = JSON.stringify(smallQuiz());
    const text = base.replace('"es":"Gana', `"${key}":"x","es":"Gana`);
    expect(text).not.toBe(base);
    const result = checkQuizText(text);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([`items[1].explanation: a key named "${key}" is not allowed`]);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  test('every problem carries a code and the values its message needs', () => {
    const quiz = smallQuiz() as unknown as Record<string, unknown> & { items: Record<string, unknown>[] };
    quiz.items[0]!.difficulty = 'hardest';
    quiz.items[1]!.extra = 1;
    const result = checkQuiz(quiz);
    expect(result.ok ? [] : result.problems).toEqual([
      expect.objectContaining({ path: 'items[0].difficulty', code: 'notOneOf', values: expect.objectContaining({ options: '"easy", "medium" or "hard"', received: '"hardest"' }) }),
      expect.objectContaining({ path: 'items[1].extra', code: 'unknownField', values: expect.objectContaining({ field: 'extra' }) }),
    ]);
  });
});
