// @vitest-environment node
// The seed sets (quizzes/al-bukamal-*.json) carry every explanation in English, Arabic and
// Spanish. The English cue words an explanation quotes stay in English (inside « » in the
// translations), because the learner sees them marked in the English statement.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

interface Item {
  id: string;
  explanation: string | Record<string, string>;
  cues?: { text: string; kind: string }[];
}
interface QuizFile {
  id: string;
  items: Item[];
}

const TRANSLATIONS = ['ar', 'es'] as const;
const folder = resolve('quizzes');
const seedFiles = readdirSync(folder)
  .filter((name) => /^al-bukamal-.*\.json$/.test(name))
  .sort();
const sets = seedFiles.map((name) => ({
  name,
  quiz: JSON.parse(readFileSync(resolve(folder, name), 'utf8')) as QuizFile,
}));

const norm = (text: string): string => text.replace(/\s+/g, ' ').trim();
const folded = (text: string): string => norm(text).toLowerCase();

/**
 * Counts sentences in any of the three languages: quoted English words are set aside first
 * (their dots, question marks and ellipses belong to the quote), then a sentence ends at
 * . ! ? ؟ or … followed by a space or the end of the text.
 */
function countSentences(text: string): number {
  const plain = norm(text)
    .replace(/«[^»]*»|“[^”]*”/g, 'QUOTE')
    .replace(/\b(?:U\.S|e\.g|i\.e|etc|vs)\./g, 'ABBR');
  return plain.split(/[.!?؟…]+(?=\s|$)/).filter((part) => /[\p{L}\p{N}]/u.test(part)).length;
}

describe('explanation translations in the seed sets', () => {
  test('the seed sets are there', () => {
    expect(sets.length).toBeGreaterThan(0);
  });

  describe.each(sets)('$name', ({ quiz }) => {
    test('every explanation is an object with non-empty en, ar and es', () => {
      expect(quiz.items.length).toBeGreaterThan(0);
      for (const item of quiz.items) {
        expect(typeof item.explanation, `${item.id} explanation`).toBe('object');
        const map = item.explanation as Record<string, string>;
        for (const language of ['en', ...TRANSLATIONS]) {
          expect(typeof map[language], `${item.id}.${language}`).toBe('string');
          expect(map[language]!.trim(), `${item.id}.${language}`).not.toBe('');
        }
      }
    });

    test('every Arabic text is written in Arabic letters', () => {
      for (const item of quiz.items) {
        const { ar } = item.explanation as Record<string, string>;
        expect(ar, item.id).toMatch(/\p{Script=Arabic}/u);
      }
    });

    test('every cue the English explanation quotes appears, in English, in ar and es', () => {
      for (const item of quiz.items) {
        const map = item.explanation as Record<string, string>;
        const quoted = (item.cues ?? []).map((cue) => folded(cue.text)).filter((cue) => folded(map.en!).includes(cue));
        for (const language of TRANSLATIONS) {
          for (const cue of quoted) expect(folded(map[language]!), `${item.id}.${language} keeps “${cue}”`).toContain(cue);
        }
      }
    });

    test('every translation has at most three sentences', () => {
      for (const item of quiz.items) {
        const map = item.explanation as Record<string, string>;
        for (const language of TRANSLATIONS) {
          const text = map[language]!;
          expect(countSentences(text), `${item.id}.${language}: ${text}`).toBeLessThanOrEqual(3);
        }
      }
    });
  });

  test('the sentence counter sees sentence ends in all three scripts, not dots inside quotes', () => {
    expect(countSentences('Uno. Dos: «It’s no secret that… U.S. forces». Tres?')).toBe(3);
    expect(countSentences('جملة أولى. جملة ثانية؟ وثالثة «Damascus … says».')).toBe(3);
    expect(countSentences('One sentence about U.S. strikes.')).toBe(1);
  });
});
