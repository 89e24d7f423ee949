import { afterEach, describe, expect, test } from 'vitest';
import { importQuizText } from '../../src/db/quiz-sets';
import { formatProblem } from '../../src/domain/validate-quiz';
import type { FcoDatabase } from '../../src/db/database';
import { smallQuiz } from '../fixtures/small-quiz';
import { freshDatabase } from './db-helpers';

let db: FcoDatabase;
afterEach(() => db?.close());

const fileText = (change: (quiz: Record<string, unknown>) => void = () => {}) => {
  const quiz = smallQuiz() as unknown as Record<string, unknown>;
  change(quiz);
  return JSON.stringify(quiz);
};

async function everything(database: FcoDatabase) {
  return { sets: await database.quizSets.toArray(), drafts: await database.teacherDrafts.toArray() };
}

describe('importQuizText', () => {
  test('a valid file is stored whole and can be read back', async () => {
    db = freshDatabase();
    const result = await importQuizText(db, fileText(), { onConflict: 'ask', now: 5 });
    expect(result).toMatchObject({ kind: 'imported', replaced: false, renamedFrom: null });
    const stored = await db.quizSets.get('small-set');
    expect(stored?.quiz).toEqual(smallQuiz());
    expect(stored?.createdAt).toBe(5);
  });

  test('a file with a bad label and a missing passage is refused with both problems at once, and not one item is stored', async () => {
    db = freshDatabase();
    await importQuizText(db, fileText((quiz) => Object.assign(quiz, { id: 'other-set' })), { onConflict: 'ask' });
    const before = await everything(db);
    const text = fileText((quiz) => {
      const items = quiz.items as Record<string, unknown>[];
      (items[2] as Record<string, unknown>).label = 'fakt';
      (items[1] as Record<string, unknown>).passage = 'p9';
    });
    const result = await importQuizText(db, text, { onConflict: 'replace' });
    expect(result.kind).toBe('refused');
    if (result.kind !== 'refused') return;
    expect(result.problems.map(formatProblem)).toEqual([
      'items[2].label: expected "fact", "claim" or "opinion", got "fakt"',
      'items[1].passage: no passage has the id "p9"',
    ]);
    expect(await everything(db)).toEqual(before);
    expect(await db.quizSets.get('small-set')).toBeUndefined();
  });

  test.each([
    ['broken JSON', '{"schemaVersion": 1,', /^not valid JSON/],
    ['a JSON list', '[1, 2]', /^expected a quiz set \(a JSON object\), got a list$/],
    ['the bytes of a picture', '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR', /^not valid JSON/],
  ])('%s is refused with a message and stores nothing', async (_name, text, message) => {
    db = freshDatabase();
    const result = await importQuizText(db, text, { onConflict: 'ask' });
    expect(result.kind).toBe('refused');
    if (result.kind === 'refused') expect(result.problems[0]?.message).toMatch(message);
    expect(await everything(db)).toEqual({ sets: [], drafts: [] });
  });

  test('a file over the size limit is refused before it is parsed', async () => {
    db = freshDatabase();
    const result = await importQuizText(db, ' '.repeat(20_000_001), { onConflict: 'ask' });
    expect(result).toMatchObject({ kind: 'refused', problems: [{ path: '', code: 'fileTooLarge', message: 'the file is too large: 20000001 characters, at most 20000000' }] });
  });
});

describe('a file whose set id already exists', () => {
  const renamed = fileText((quiz) => Object.assign(quiz, { title: 'Small set, second edition' }));

  test('"ask" stores nothing and reports the conflict with both titles', async () => {
    db = freshDatabase();
    await importQuizText(db, fileText(), { onConflict: 'ask' });
    const before = await everything(db);
    const result = await importQuizText(db, renamed, { onConflict: 'ask' });
    expect(result).toMatchObject({ kind: 'conflict', existingTitle: 'Small set', canReplace: true, quiz: { title: 'Small set, second edition' } });
    expect(await everything(db)).toEqual(before);
  });

  test('"replace" overwrites the stored set and keeps its creation time', async () => {
    db = freshDatabase();
    await importQuizText(db, fileText(), { onConflict: 'ask', now: 1 });
    const result = await importQuizText(db, renamed, { onConflict: 'replace', now: 2 });
    expect(result).toMatchObject({ kind: 'imported', replaced: true });
    const sets = await db.quizSets.toArray();
    expect(sets.map((record) => [record.id, record.quiz.title, record.createdAt, record.updatedAt])).toEqual([['small-set', 'Small set, second edition', 1, 2]]);
  });

  test('"copy" keeps both, the copy under a free id and the given title', async () => {
    db = freshDatabase();
    await importQuizText(db, fileText(), { onConflict: 'ask' });
    await importQuizText(db, renamed, { onConflict: 'copy', copyTitle: (title) => `${title} (copy)` });
    const third = await importQuizText(db, renamed, { onConflict: 'copy', copyTitle: (title) => `${title} (copy)` });
    expect(third).toMatchObject({ kind: 'imported', renamedFrom: 'small-set', quiz: { id: 'small-set-copy-2' } });
    const sets = await db.quizSets.orderBy('id').toArray();
    expect(sets.map((record) => [record.id, record.quiz.title])).toEqual([
      ['small-set', 'Small set'],
      ['small-set-copy', 'Small set, second edition (copy)'],
      ['small-set-copy-2', 'Small set, second edition (copy)'],
    ]);
  });

  test('a bundled set cannot be replaced: "replace" asks again, offering only a copy', async () => {
    db = freshDatabase();
    const reservedIds = new Set(['small-set']);
    const result = await importQuizText(db, fileText(), { onConflict: 'replace', reservedIds });
    expect(result).toMatchObject({ kind: 'conflict', canReplace: false });
    expect(await db.quizSets.count()).toBe(0);
    const copy = await importQuizText(db, fileText(), { onConflict: 'copy', reservedIds });
    expect(copy).toMatchObject({ kind: 'imported', quiz: { id: 'small-set-copy' } });
  });
});
