import { describe, expect, test } from 'vitest';
import { findLoosely, indexOfLinear, looseMatcher, segmentText } from '../../src/domain/text-match';
import { checkQuiz } from '../../src/domain/validate-quiz';
import { repetitiveQuiz } from '../fixtures/repetitive-quiz';

describe('findLoosely', () => {
  test('finds a statement whatever whitespace stands between its words, and gives the span in the original text', () => {
    const passage = 'It opened\n  in 1932.\tAccording to\u00a0the mayor,\r\n it is safe.';
    const span = findLoosely(passage, 'According to the   mayor, it is safe.');
    expect(span).toEqual({ start: passage.indexOf('According'), end: passage.length });
    expect(passage.slice(span!.start, span!.end)).toBe('According to\u00a0the mayor,\r\n it is safe.');
    expect(findLoosely(passage, '  opened in  ')).toEqual({ start: 3, end: passage.indexOf(' 1932') });
  });

  test('says no when the words are not there, or when there are no words', () => {
    expect(findLoosely('The bridge opened in 1932.', 'The bridge opened in 1933.')).toBeNull();
    expect(findLoosely('The bridge opened in 1932.', ' \n ')).toBeNull();
    expect(findLoosely('', 'bridge')).toBeNull();
  });

  test('searches from an offset in the original text', () => {
    const text = 'safe,  safe,\nsafe';
    expect(findLoosely(text, 'safe', 1)).toEqual({ start: 7, end: 11 });
    expect(findLoosely(text, 'safe, safe', 1)).toEqual({ start: 7, end: 17 });
    expect(findLoosely(text, 'safe', 18)).toBeNull();
  });

  test('one matcher serves many statements of one passage', () => {
    const find = looseMatcher('a  b\nc d');
    expect(find('b c')).toEqual({ start: 3, end: 6 });
    expect(find('c   d')).toEqual({ start: 5, end: 8 });
    expect(find('d a')).toBeNull();
  });

  test('treats as whitespace exactly what \\s matches', () => {
    const disagreements: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const character = String.fromCharCode(code);
      const found = findLoosely(`a${character}${character}b`, 'a b') !== null;
      if (found !== /\s/u.test(character)) disagreements.push(`U+${code.toString(16)}`);
    }
    expect(disagreements).toEqual([]);
  });

  test('the worst case of the issue: 2,000-character statements of repeated words at the end of 20,000-character passages', () => {
    const quiz = repetitiveQuiz(20);
    for (const [index, item] of quiz.items.entries()) {
      const passage = quiz.passages[index]!.text;
      const statement = item.text as string;
      expect(statement.length).toBeGreaterThan(1_900);
      expect(passage.length).toBeGreaterThan(19_900);
      expect(findLoosely(passage, statement)).toEqual({ start: passage.length - statement.length, end: passage.length });
      // The same words with a line break where a space was, and one word changed in the middle: not there.
      expect(findLoosely(passage.replace(/ word $/, '\nword '), statement.replace(/ /, '\n'))).not.toBeNull();
      const changed = `${statement.slice(0, 1_000)}odd${statement.slice(1_004)}`;
      expect(findLoosely(passage, changed)).toBeNull();
    }
    expect(checkQuiz(quiz)).toMatchObject({ ok: true });
  });
});

describe('indexOfLinear', () => {
  test('agrees with indexOf', () => {
    const cases: [string, string, number][] = [
      ['abcabcabd', 'abcabd', 0],
      ['aaaaab', 'aab', 0],
      ['aaaa', 'b', 0],
      ['abab', 'ab', 1],
      ['abc', '', 2],
      ['', 'a', 0],
      ['word word word odd', 'word odd', 0],
    ];
    for (const [text, pattern, from] of cases) expect(indexOfLinear(text, pattern, from), `${pattern} in ${text}`).toBe(text.indexOf(pattern, from));
  });
});

describe('segmentText', () => {
  test('cuts text into plain and marked parts, skipping overlaps and missing marks', () => {
    expect(segmentText('abcdef', [{ start: 1, end: 3 }, null, { start: 2, end: 4 }, { start: 4, end: 6 }])).toEqual([
      { text: 'a', mark: null },
      { text: 'bc', mark: 0 },
      { text: 'd', mark: null },
      { text: 'ef', mark: 3 },
    ]);
  });
});
