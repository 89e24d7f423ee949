import { expect, test } from 'vitest';
import { idForTitle, slugFromTitle } from '../../src/domain/set-id';
import { saveDraft, discardBlankDraft } from '../../src/db/quiz-sets';
import { draftFromQuiz, emptyDraft } from '../../src/domain/quiz-draft';
import { smallQuiz } from '../fixtures/small-quiz';
import { freshDatabase } from './db-helpers';

test('a readable id from a title', () => {
  expect(slugFromTitle('The River Bridge (1932)')).toBe('the-river-bridge-1932');
  expect(slugFromTitle('  Año de la crónica: ¿qué pasó?  ')).toBe('ano-de-la-cronica-que-paso');
  expect(slugFromTitle('معبر البوكمال')).toBe('');
  expect(slugFromTitle('x'.repeat(100))).toHaveLength(80);
});

test('the id follows the title until the teacher types one', () => {
  expect(idForTitle('set-0a1b2c3d', '', 'Bridges')).toBe('bridges');
  expect(idForTitle('bridges', 'Bridges', 'Bridges of Paris')).toBe('bridges-of-paris');
  expect(idForTitle('my-own-id', 'Bridges', 'Bridges of Paris')).toBe('my-own-id');
  expect(idForTitle('set-0a1b2c3d', '', 'معبر')).toBe('set-0a1b2c3d');
});

test('a draft moves to the id the teacher chose, in one transaction, only when that id is free and it was never published', async () => {
  const db = freshDatabase();
  const draft = { ...draftFromQuiz(smallQuiz()), id: 'set-0a1b2c3d', title: '' };
  await saveDraft(db, draft, 1);
  const moved = await saveDraft(db, { ...draft, id: 'bridges' }, 2, { key: 'set-0a1b2c3d' });
  expect(moved.key).toBe('bridges');
  expect((await db.teacherDrafts.toArray()).map((record) => record.id)).toEqual(['bridges']);

  await db.quizSets.add({ id: 'taken', quiz: { ...smallQuiz(), id: 'taken' }, createdAt: 1, updatedAt: 1 });
  const refused = await saveDraft(db, { ...draft, id: 'taken', title: 'Complete now' }, 3, { key: 'bridges' });
  expect(refused).toMatchObject({ key: 'bridges', published: false, problems: [{ path: 'id', code: 'idTaken' }] });
  expect((await db.quizSets.get('taken'))?.quiz.title).toBe('Small set');
  const reserved = await saveDraft(db, { ...draft, id: 'al-bukamal-1-opening' }, 4, { key: 'bridges', reservedIds: new Set(['al-bukamal-1-opening']) });
  expect(reserved.key).toBe('bridges');
  db.close();
});

test('a blank draft that was never published is discarded; anything written in it keeps it', async () => {
  const db = freshDatabase();
  await saveDraft(db, emptyDraft('set-00000001'), 1);
  await saveDraft(db, { ...emptyDraft('set-00000002'), title: 'Started' }, 1);
  expect(await discardBlankDraft(db, 'set-00000001')).toBe(true);
  expect(await discardBlankDraft(db, 'set-00000002')).toBe(false);
  expect((await db.teacherDrafts.toArray()).map((record) => record.id)).toEqual(['set-00000002']);
  db.close();
});
