import { afterEach, describe, expect, test } from 'vitest';
import { createDraft, deleteSet, duplicateSet, loadDraft, renameSet, restoreSet, saveDraft } from '../../src/db/quiz-sets';
import { draftFromQuiz, emptyDraft } from '../../src/domain/quiz-draft';
import type { FcoDatabase } from '../../src/db/database';
import { smallQuiz } from '../fixtures/small-quiz';
import { freshDatabase } from './db-helpers';

let db: FcoDatabase;
afterEach(() => db?.close());

describe('own sets', () => {
  test('a draft is saved as typed, but reaches the students only once it passes every check', async () => {
    db = freshDatabase();
    const draft = { ...draftFromQuiz(smallQuiz()), id: 'my-set' };
    await createDraft(db, emptyDraft('my-set'));
    const unlabelled = { ...draft, items: draft.items.map((item, index) => (index === 1 ? { ...item, label: null } : item)) };
    const first = await saveDraft(db, unlabelled, 1);
    expect(first).toMatchObject({ published: false, problems: [{ path: 'items[1].label', message: 'expected "fact", "claim" or "opinion", got null' }] });
    expect(await db.quizSets.get('my-set')).toBeUndefined();
    expect(await loadDraft(db, 'my-set')).toEqual(unlabelled);

    expect(await saveDraft(db, draft, 2)).toMatchObject({ published: true });
    expect((await db.quizSets.get('my-set'))?.quiz.items.map((item) => item.label)).toEqual(['fact', 'claim', 'opinion']);

    await saveDraft(db, { ...draft, title: '' }, 3);
    expect((await db.quizSets.get('my-set'))?.quiz.title).toBe('Small set');
    expect((await loadDraft(db, 'my-set'))?.title).toBe('');
  });

  test('a set without a draft opens in the editor as a draft made from it', async () => {
    db = freshDatabase();
    const now = 1;
    await db.quizSets.add({ id: 'small-set', quiz: smallQuiz(), createdAt: now, updatedAt: now });
    const draft = await loadDraft(db, 'small-set');
    expect(draft?.items.map((item) => item.text)).toEqual(smallQuiz().items.map((item) => item.text));
    expect(await loadDraft(db, 'nothing-here')).toBeUndefined();
  });

  test('duplicate makes an editable copy under a free id; rename changes set and draft together', async () => {
    db = freshDatabase();
    const copy = await duplicateSet(db, smallQuiz(), 'Small set (copy)', new Set(['small-set']));
    expect(copy.id).toBe('small-set-copy');
    await saveDraft(db, draftFromQuiz(copy));
    await renameSet(db, 'small-set-copy', 'Bridges');
    expect((await db.quizSets.get('small-set-copy'))?.quiz.title).toBe('Bridges');
    expect((await loadDraft(db, 'small-set-copy'))?.title).toBe('Bridges');
    expect(await duplicateSet(db, smallQuiz(), 'Again', new Set(['small-set']))).toMatchObject({ id: 'small-set-copy-2' });
  });

  test('delete removes set and draft at once; undo puts both back as they were', async () => {
    db = freshDatabase();
    await saveDraft(db, { ...draftFromQuiz(smallQuiz()) }, 7);
    const before = { sets: await db.quizSets.toArray(), drafts: await db.teacherDrafts.toArray() };
    const deleted = await deleteSet(db, 'small-set');
    expect(await db.quizSets.count()).toBe(0);
    expect(await db.teacherDrafts.count()).toBe(0);
    expect(await restoreSet(db, deleted)).toBe(true);
    expect({ sets: await db.quizSets.toArray(), drafts: await db.teacherDrafts.toArray() }).toEqual(before);
  });

  test('undo does not overwrite a set that took the id since', async () => {
    db = freshDatabase();
    await saveDraft(db, draftFromQuiz(smallQuiz()));
    const deleted = await deleteSet(db, 'small-set');
    await saveDraft(db, { ...draftFromQuiz(smallQuiz()), title: 'Newer' });
    expect(await restoreSet(db, deleted)).toBe(false);
    expect((await db.quizSets.get('small-set'))?.quiz.title).toBe('Newer');
  });

  test('a failing write inside the transaction leaves nothing half-written', async () => {
    db = freshDatabase();
    await db.quizSets.add({ id: 'my-set', quiz: smallQuiz(), createdAt: 1, updatedAt: 1 });
    db.quizSets.hook('updating', () => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await expect(saveDraft(db, { ...draftFromQuiz(smallQuiz()), id: 'my-set', title: 'Changed' })).rejects.toThrow();
    expect(await db.teacherDrafts.count()).toBe(0);
    expect((await db.quizSets.get('my-set'))?.quiz.title).toBe('Small set');
  });
});
