// @vitest-environment node
// Content checks for the answer keys in quizzes/*.json. Schema validity is tested elsewhere.
// Article sets (the seed article, credited to Mehr News) must quote it verbatim and together
// account for every sentence of it. Practice sets (texts we wrote, with invented people and
// places) must say so, sit on a level of the learning path, and account for every sentence of
// their own passages. Check-up sets (also invented) come in two parallel forms per language,
// matched statement by statement, and share no text with practice. All follow the rubric's limits: short explanations, label balance, set size.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { OWN_PUBLISHER } from '../../src/domain/quiz-schema';

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
  language: string;
  description: string;
  level?: number;
  purpose?: 'practice' | 'check-up';
  form?: 'A' | 'B';
  source: { publisher: string };
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

/** The notice every practice set's description carries, in the set's language. */
const INVENTED_NOTICE: Record<string, string> = {
  en: 'Written for practice; the people and places are invented.',
  es: 'Escrito para practicar; las personas y los lugares son inventados.',
  ar: 'نص كُتب للتدريب؛ الأشخاص والأماكن فيه متخيَّلة.',
};
const PRACTICE_SOURCE = {
  publisher: OWN_PUBLISHER,
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
};
const PRACTICE_LEVELS = [1, 2, 3, 4, 5];
const ARTICLE_LEVEL = 6;

const norm = (text: string): string => text.replace(/\s+/g, ' ').trim();

const quizDir = new URL('../../quizzes/', import.meta.url);
const files = readdirSync(quizDir)
  .filter((name) => name.endsWith('.json') && name !== 'quiz.schema.json')
  .sort();
const sets = files.map((name) => ({
  name,
  quiz: JSON.parse(readFileSync(new URL(name, quizDir), 'utf8')) as QuizFile,
}));
const articleSets = sets.filter(({ quiz }) => quiz.source.publisher === SOURCE.publisher);
const inventedSets = sets.filter(({ quiz }) => quiz.source.publisher !== SOURCE.publisher);
const checkUpSets = inventedSets.filter(({ quiz }) => quiz.purpose === 'check-up');
const practiceSets = inventedSets.filter(({ quiz }) => quiz.purpose !== 'check-up');
const CHECK_UP_SIZE = 12;
const article = norm(readFileSync(new URL('../../docs/source-article/al-bukamal-al-qaim.txt', import.meta.url), 'utf8'));

const explanationTexts = (explanation: Item['explanation']): string[] =>
  typeof explanation === 'string' ? [explanation] : Object.values(explanation);

/** Counts sentences in any of the three languages, ignoring the dots of abbreviations and of quoted words. */
function countSentences(text: string): number {
  const plain = norm(text)
    .replace(/«[^»]*»|“[^”]*”/g, 'QUOTE')
    .replace(/\b(?:U\.S|e\.g|i\.e|etc|vs|Lt|Gen|Dr|Dra|Mr|Mrs|Sr|Sra|St)\./g, 'ABBR');
  return plain.split(/(?<=[.!?…؟])["'’”)\]]*\s+(?=["'‘“(¿¡]?[\p{Lu}\p{Lo}0-9])/u).filter((s) => s.trim()).length;
}

/** What is left of `text` once every statement and omitted text is cut out: only punctuation may remain. */
function leftoverOf(text: string, quizzes: QuizFile[]): string {
  const texts = quizzes.flatMap((quiz) => [...quiz.items.map((i) => i.text), ...(quiz.omitted ?? []).map((o) => o.text)]);
  let rest = norm(text);
  for (const cut of texts.map(norm).sort((a, b) => b.length - a.length)) rest = rest.split(cut).join(' ');
  return rest;
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
    test('has 10–20 items (the opening at least 12)', () => {
      expect(quiz.items.length).toBeLessThanOrEqual(20);
      expect(quiz.items.length).toBeGreaterThanOrEqual(quiz.id === OPENING_SET ? 12 : 10);
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

    test('every omitted text is quoted verbatim from its source and has a reason', () => {
      const source = quiz.source.publisher === SOURCE.publisher ? article : norm(quiz.passages.map((p) => p.text).join(' '));
      for (const left of quiz.omitted ?? []) {
        expect(source).toContain(norm(left.text));
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

  describe.each(articleSets)('$name (the seed article)', ({ quiz }) => {
    test('credits the same Mehr News / CC BY 4.0 source and is the last level', () => {
      expect(quiz.source).toEqual(SOURCE);
      expect(quiz.level).toBe(ARTICLE_LEVEL);
    });

    test('every passage is quoted verbatim from the article', () => {
      for (const passage of quiz.passages) expect(article, passage.id).toContain(norm(passage.text));
    });
  });

  describe.each(inventedSets)('$name (a text we wrote)', ({ quiz }) => {
    test('says it was written for practice with invented people and places, and credits us', () => {
      expect(quiz.description).toContain(INVENTED_NOTICE[quiz.language]);
      expect(quiz.source).toMatchObject(PRACTICE_SOURCE);
    });

    test('is named after its language', () => {
      expect(quiz.id.startsWith(`${quiz.language}-`), quiz.id).toBe(true);
    });

    test('every sentence of its passages is a statement or listed as omitted, each once', () => {
      const rest = leftoverOf(quiz.passages.map((p) => p.text).join(' '), [quiz]);
      expect(rest.replace(/[\s\p{P}]+/gu, ''), `not accounted for: ${norm(rest)}`).toBe('');
      const passages = norm(quiz.passages.map((p) => p.text).join(' '));
      for (const item of quiz.items) expect(occurrences(passages, norm(item.text)).length, item.id).toBe(1);
    });
  });

  test.each(practiceSets)('$name sits on a practice level', ({ quiz }) => {
    expect(PRACTICE_LEVELS).toContain(quiz.level);
  });

  describe.each(checkUpSets)('$name (a check-up form)', ({ quiz }) => {
    test('is named after its language and form, has no level, and holds 12 statements, 4 of each label', () => {
      expect(quiz.id).toBe(`${quiz.language}-check-up-${quiz.form?.toLowerCase()}`);
      expect(quiz.level).toBeUndefined();
      expect(quiz.items.length).toBe(CHECK_UP_SIZE);
      for (const label of LABELS) expect(quiz.items.filter((item) => item.label === label).length, label).toBe(CHECK_UP_SIZE / 3);
    });

    test('gives every statement its own short excerpt', () => {
      expect(new Set(quiz.items.map((item) => item.passage)).size).toBe(quiz.items.length);
      expect(quiz.passages.length).toBe(quiz.items.length);
      for (const passage of quiz.passages) expect(passage.text.length, passage.id).toBeLessThanOrEqual(600);
    });
  });

  test('each language has check-up forms A and B, matched in pairs by label, difficulty and cue kinds', () => {
    for (const language of Object.keys(INVENTED_NOTICE)) {
      const form = (letter: 'A' | 'B') => checkUpSets.find(({ quiz }) => quiz.language === language && quiz.form === letter)?.quiz;
      const [a, b] = [form('A'), form('B')];
      expect(a, `${language} form A`).toBeDefined();
      expect(b, `${language} form B`).toBeDefined();
      const profile = (item: Item) => `${item.label} ${item.difficulty} ${[...new Set((item.cues ?? []).map((cue) => cue.kind))].sort().join('+')}`;
      expect(b!.items.map(profile).sort(), language).toEqual(a!.items.map(profile).sort());
    }
  });

  test('no check-up text is shared with a practice set', () => {
    const practiceText = norm(practiceSets.map(({ quiz }) => quiz.passages.map((p) => p.text).join(' ')).join(' ') + ' ' + article);
    for (const { quiz } of checkUpSets) {
      for (const item of quiz.items) expect(practiceText, `${quiz.id}/${item.id}`).not.toContain(norm(item.text));
    }
  });

  test('each language of the interface has a whole path: at least 6 practice sets covering levels 1 to 5', () => {
    for (const language of Object.keys(INVENTED_NOTICE)) {
      const own = practiceSets.filter(({ quiz }) => quiz.language === language);
      expect(own.length, language).toBeGreaterThanOrEqual(6);
      expect(new Set(own.map(({ quiz }) => quiz.level)), language).toEqual(new Set(PRACTICE_LEVELS));
    }
  });

  test('the balance exceptions name existing sets', () => {
    for (const id of Object.keys(BALANCE_EXCEPTIONS)) expect(sets.map((s) => s.quiz.id)).toContain(id);
  });

  test('no article statement occurs twice or overlaps another statement or an omitted text', () => {
    const spans = articleSets.flatMap(({ quiz }) => [
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
    const rest = leftoverOf(article, articleSets.map(({ quiz }) => quiz));
    expect(rest.replace(/[\s\p{P}]+/gu, ''), `not accounted for: ${norm(rest)}`).toBe('');
  });
});
