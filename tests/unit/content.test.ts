// @vitest-environment node
// Content checks for the answer keys in quizzes/*.json against the seed article.
// Schema validity is tested elsewhere; this file checks that the keys are quoted
// verbatim, account for every sentence of the article, and follow the rubric's
// limits (short explanations, label balance, set size, one shared source).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

type Label = 'fact' | 'claim' | 'opinion';
interface Cue { text: string; kind: string }
interface Item {
  id: string;
  passage: string;
  text: string;
  label: Label;
  alsoAccept?: Label;
  explanation: string | Record<string, string>;
  cues?: Cue[];
  difficulty: string;
}
interface QuizFile {
  id: string;
  source: unknown;
  passages: { id: string; text: string }[];
  items: Item[];
  omitted?: { text: string; reason: string }[];
}

const LABELS: Label[] = ['fact', 'claim', 'opinion'];
const OPENING_SET = 'al-bukamal-1-opening';

const SOURCE = {
  title: 'Al Bukamal – Al Qaim border crossing',
  publisher: 'Mehr News Agency',
  date: '2021',
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
};

// Sets where the article's section cannot give a fifth of the items to a label.
// Each entry names the set and the label, and says why.
const BALANCE_EXCEPTIONS: Record<string, Label[]> = {
  // "What now?" + "Will this happen?": every sentence but two is reported speech
  // (PMU commanders, the Pentagon, "Reports suggest", "is believed"); the writer
  // asserts nothing checkable in their own voice, so the section has no fact.
  'al-bukamal-4-what-now': ['fact'],
};

const norm = (text: string): string => text.replace(/\s+/g, ' ').trim();

const quizDir = new URL('../../quizzes/', import.meta.url);
const files = readdirSync(quizDir)
  .filter((name) => name.endsWith('.json') && name !== 'quiz.schema.json')
  .sort();
const sets = files.map((name) => ({
  name,
  quiz: JSON.parse(readFileSync(new URL(name, quizDir), 'utf8')) as QuizFile,
}));
const article = norm(readFileSync(new URL('../../../shared/article/al-bukamal-al-qaim.txt', import.meta.url), 'utf8'));

const explanationTexts = (explanation: Item['explanation']): string[] =>
  typeof explanation === 'string' ? [explanation] : Object.values(explanation);

/** Counts sentences, ignoring the dots of abbreviations and of quoted questions mid-sentence. */
function countSentences(text: string): number {
  const plain = norm(text).replace(/\b(?:U\.S|e\.g|i\.e|etc|vs|Lt|Gen|Dr|Mr|Mrs|St)\./g, 'ABBR');
  return plain.split(/(?<=[.!?…])["'’”)\]]*\s+(?=["'‘“(]?[A-Z0-9])/).filter((s) => s.trim()).length;
}

/** Every place `needle` occurs in `haystack`. */
function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

describe('quiz content', () => {
  test('the quiz folder holds the sets, opening set included', () => {
    expect(sets.length).toBeGreaterThan(0);
    expect(sets.map((s) => s.quiz.id)).toContain(OPENING_SET);
    for (const { name, quiz } of sets) expect(name).toBe(`${quiz.id}.json`);
  });

  describe.each(sets)('$name', ({ quiz }) => {
    test('credits the same Mehr News / CC BY 4.0 source', () => {
      expect(quiz.source).toEqual(SOURCE);
    });

    test('has 10–20 items (the opening at least 12)', () => {
      expect(quiz.items.length).toBeLessThanOrEqual(20);
      expect(quiz.items.length).toBeGreaterThanOrEqual(quiz.id === OPENING_SET ? 12 : 10);
    });

    test('every passage is quoted verbatim from the article', () => {
      for (const passage of quiz.passages) expect(article, passage.id).toContain(norm(passage.text));
    });

    test('every item text occurs in its passage, and every cue in its item', () => {
      for (const item of quiz.items) {
        const passage = quiz.passages.find((p) => p.id === item.passage);
        expect(passage, `${item.id} names passage ${item.passage}`).toBeDefined();
        expect(norm(passage!.text), item.id).toContain(norm(item.text));
        expect(item.cues?.length ?? 0, `${item.id} has a cue`).toBeGreaterThan(0);
        for (const cue of item.cues ?? []) expect(norm(item.text), `${item.id} cue`).toContain(norm(cue.text));
      }
    });

    test('every omitted text is quoted verbatim and has a reason', () => {
      for (const left of quiz.omitted ?? []) {
        expect(article).toContain(norm(left.text));
        expect(left.reason.trim()).not.toBe('');
      }
    });

    test('explanations are present, at most 3 sentences and about 450 characters', () => {
      for (const item of quiz.items) {
        const texts = explanationTexts(item.explanation);
        expect(texts.length, item.id).toBeGreaterThan(0);
        for (const text of texts) {
          expect(text.trim(), item.id).not.toBe('');
          expect(countSentences(text), `${item.id}: ${text}`).toBeLessThanOrEqual(3);
          expect(text.length, `${item.id}: ${text}`).toBeLessThanOrEqual(450);
        }
      }
    });

    test('alsoAccept, when given, differs from the label', () => {
      for (const item of quiz.items) if (item.alsoAccept) expect(item.alsoAccept, item.id).not.toBe(item.label);
    });

    test('each label is at least a fifth of the items (unless listed as an exception)', () => {
      const allowed = BALANCE_EXCEPTIONS[quiz.id] ?? [];
      for (const label of LABELS) {
        if (allowed.includes(label)) continue;
        const count = quiz.items.filter((i) => i.label === label).length;
        expect(count * 5, `${quiz.id}: ${count} ${label} of ${quiz.items.length}`).toBeGreaterThanOrEqual(quiz.items.length);
      }
    });
  });

  test('the balance exceptions name existing sets', () => {
    for (const id of Object.keys(BALANCE_EXCEPTIONS)) expect(sets.map((s) => s.quiz.id)).toContain(id);
  });

  test('no item text occurs twice or overlaps another item or an omitted text', () => {
    const spans = sets.flatMap(({ quiz }) => [
      ...quiz.items.map((item) => ({ who: `${quiz.id}/${item.id}`, text: norm(item.text) })),
      ...(quiz.omitted ?? []).map((left, n) => ({ who: `${quiz.id}/omitted[${n}]`, text: norm(left.text) })),
    ]);
    const placed = spans.map(({ who, text }) => {
      const at = occurrences(article, text);
      expect(at.length, `${who} should occur exactly once in the article: ${text}`).toBe(1);
      return { who, start: at[0]!, end: at[0]! + text.length };
    });
    placed.sort((a, b) => a.start - b.start);
    for (let n = 1; n < placed.length; n++) {
      const [before, after] = [placed[n - 1]!, placed[n]!];
      expect(after.start, `${after.who} overlaps ${before.who}`).toBeGreaterThanOrEqual(before.end);
    }
  });

  test('every sentence of the article is an item or listed as omitted', () => {
    const texts = sets.flatMap(({ quiz }) => [...quiz.items.map((i) => i.text), ...(quiz.omitted ?? []).map((o) => o.text)]);
    let rest = article;
    for (const text of texts.map(norm).sort((a, b) => b.length - a.length)) rest = rest.split(text).join(' ');
    const leftover = rest.replace(/[\s\p{P}]+/gu, '');
    if (leftover) console.log(`Not accounted for:\n${norm(rest)}`);
    expect(leftover).toBe('');
  });
});
