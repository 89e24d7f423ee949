import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { BUNDLED_SETS, isBundled, loadBundledSet, loadBundledSets } from '../../src/content/bundled-sets';
import { bundledDescription } from '../../src/content/bundled-descriptions';
import { summarizeSet } from '../../src/content/set-summary';
import type { Quiz } from '../../src/domain/quiz-schema';
import { smallQuiz } from '../fixtures/small-quiz';

const files = readdirSync('quizzes')
  .filter((name) => name.endsWith('.json') && name !== 'quiz.schema.json')
  .sort();
const fileQuiz = (name: string) => JSON.parse(readFileSync(`quizzes/${name}`, 'utf8')) as Quiz & Record<string, unknown>;

test('the manifest lists every file in quizzes/, in file-name order, with every top-level field but the statements and what only its page shows, and its count; the description comes apart', () => {
  expect(files.length).toBeGreaterThan(20);
  expect(BUNDLED_SETS.map((set) => set.id)).toEqual(files.map((name) => fileQuiz(name).id));
  for (const [index, name] of files.entries()) {
    const { passages, items, omitted: _omitted, description, $schema: _schema, schemaVersion: _version, ...fields } = fileQuiz(name);
    const entry = BUNDLED_SETS[index]!;
    expect(entry, name).toEqual({ ...fields, itemCount: items.length });
    expect(bundledDescription(entry.id), name).toBe(description);
    expect(passages.length, name).toBeGreaterThan(0);
    expect(Object.keys(entry)).not.toContain('items');
    expect(Object.keys(entry)).not.toContain('passages');
    expect(Object.keys(entry)).not.toContain('omitted');
    expect(Object.keys(entry)).not.toContain('description');
  }
});

test('a top-level field the code does not know yet (a check-up form) reaches the summary unchanged', () => {
  const quiz = { ...smallQuiz(), purpose: 'check-up', form: 'B' } as Quiz;
  const summary = summarizeSet(quiz) as unknown as Record<string, unknown>;
  expect(summary.purpose).toBe('check-up');
  expect(summary.form).toBe('B');
  expect(summary.itemCount).toBe(quiz.items.length);
});

test('a set opened gets its passages and statements exactly as in its file; other ids are no bundled set', async () => {
  const name = files[0]!;
  const quiz = fileQuiz(name);
  expect(isBundled(quiz.id)).toBe(true);
  expect(await loadBundledSet(quiz.id)).toEqual(quiz);
  expect(isBundled('not-a-bundled-set')).toBe(false);
  await expect(loadBundledSet('not-a-bundled-set')).rejects.toThrow('not-a-bundled-set');
  const two = files.slice(-2).map((file) => fileQuiz(file));
  expect((await loadBundledSets([two[1]!.id, 'not-a-bundled-set', two[0]!.id])).map((set) => set.id)).toEqual(two.map((set) => set.id));
});
