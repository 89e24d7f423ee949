import { afterEach, describe, expect, test } from 'vitest';
import { advanceAttempt, loadAttempt, recordAnswer, startAttempt, StaleAttemptError } from '../../src/db/attempts';
import { progressBySet } from '../../src/db/progress';
import type { FcoDatabase } from '../../src/db/database';
import { answerAndKeep, freshDatabase } from './db-helpers';

const items = [
  { setId: 'a', itemId: 'i1' },
  { setId: 'a', itemId: 'i2' },
];
let db: FcoDatabase;
afterEach(() => db?.close());

const start = (mode: 'practice' | 'test' = 'practice') => startAttempt(db, { profileId: 'p', setId: 'a', mode, items });

describe('attempts', () => {
  test('an answer is stored with its attempt; Next moves the attempt on; the end finishes it', async () => {
    db = freshDatabase();
    const attempt = await start();
    await recordAnswer(db, { attempt, position: 0, chosen: 'fact', correct: true, advance: false });
    let state = await loadAttempt(db, attempt.id);
    expect(state?.attempt.position).toBe(0);
    expect(state?.answers.map((answer) => [answer.itemId, answer.chosen, answer.correct, answer.mode])).toEqual([['i1', 'fact', true, 'practice']]);

    await advanceAttempt(db, attempt.id, 0);
    await recordAnswer(db, { attempt, position: 1, chosen: 'opinion', correct: false, advance: false });
    await advanceAttempt(db, attempt.id, 1);
    state = await loadAttempt(db, attempt.id);
    expect(state?.attempt.position).toBe(2);
    expect(state?.attempt.finishedAt).not.toBeNull();
    expect((await progressBySet(db, 'p', ['a'])).get('a')?.openAttempt).toBeUndefined();
  });

  test('test mode stores the answer and the move in one step', async () => {
    db = freshDatabase();
    const attempt = await start('test');
    await recordAnswer(db, { attempt, position: 0, chosen: 'claim', correct: false, advance: true });
    expect((await loadAttempt(db, attempt.id))?.attempt.position).toBe(1);
  });

  test('the same position cannot be answered twice, nor a position the attempt is not at', async () => {
    db = freshDatabase();
    const attempt = await start();
    // The first answer's follow-up is awaited: the tallies below are its.
    await answerAndKeep(db, { attempt, position: 0, chosen: 'fact', correct: true, advance: false });
    await expect(recordAnswer(db, { attempt, position: 0, chosen: 'claim', correct: false, advance: false })).rejects.toBeInstanceOf(StaleAttemptError);
    await expect(recordAnswer(db, { attempt, position: 1, chosen: 'claim', correct: false, advance: false })).rejects.toBeInstanceOf(StaleAttemptError);
    expect((await loadAttempt(db, attempt.id))?.answers).toHaveLength(1);
    expect((await db.reviewCards.toArray()).map((card) => card.answered), 'the refused answer left no tally behind').toEqual([1]);
    expect((await db.dayStats.toArray()).map((day) => day.answered)).toEqual([1]);
    expect(await db.unfoldedAnswers.count(), 'no refused answer waits to be folded').toBe(0);
  });

  test('Next from a tab that is behind changes nothing', async () => {
    db = freshDatabase();
    const attempt = await start();
    await recordAnswer(db, { attempt, position: 0, chosen: 'fact', correct: true, advance: false });
    await advanceAttempt(db, attempt.id, 0);
    await advanceAttempt(db, attempt.id, 0);
    expect((await loadAttempt(db, attempt.id))?.attempt.position).toBe(1);
    await expect(advanceAttempt(db, attempt.id, 1)).rejects.toBeInstanceOf(StaleAttemptError);
  });

  test('a failed write leaves nothing behind', async () => {
    db = freshDatabase();
    const attempt = await start('test');
    db.attempts.hook('updating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(recordAnswer(db, { attempt, position: 0, chosen: 'fact', correct: true, advance: true })).rejects.toThrow();
    const state = await loadAttempt(db, attempt.id);
    expect(state?.answers).toHaveLength(0);
    expect(state?.attempt.position).toBe(0);
  });

  test('starting over abandons the open attempt; progress counts the latest answer per statement', async () => {
    db = freshDatabase();
    const first = await start();
    await answerAndKeep(db, { attempt: first, position: 0, chosen: 'opinion', correct: false, advance: false });
    expect((await progressBySet(db, 'p', ['a'])).get('a')?.openAttempt?.id).toBe(first.id);
    const second = await start();
    expect((await progressBySet(db, 'p', ['a'])).get('a')?.openAttempt?.id).toBe(second.id);
    await answerAndKeep(db, { attempt: second, position: 0, chosen: 'fact', correct: true, advance: false }, Date.now() + 1000);
    const progress = (await progressBySet(db, 'p', ['a'])).get('a');
    expect(progress).toMatchObject({ seen: 1, right: 1 });
    expect(progress?.openAttempt?.id).toBe(second.id);
    expect((await progressBySet(db, 'someone-else', ['a'])).size).toBe(0);
  });

  test("each set's open attempt is found among many finished ones, also when two start in the same millisecond", async () => {
    db = freshDatabase();
    const now = Date.now();
    const finished = Array.from({ length: 300 }, (_, index) => ({
      id: `done-${index}`, profileId: 'p', setId: 'mixed', mode: 'practice' as const, items, position: 2,
      startedAt: now - 10_000 + index, updatedAt: now, finishedAt: now, abandonedAt: null,
    }));
    await db.attempts.bulkAdd(finished);
    const open = await startAttempt(db, { profileId: 'p', setId: 'a', mode: 'practice', items }, now);
    const again = await startAttempt(db, { profileId: 'p', setId: 'a', mode: 'test', items }, now);
    const progress = await progressBySet(db, 'p', ['a', 'mixed', 'never-played']);
    expect(progress.get('a')?.openAttempt?.id).toBe(again.id);
    expect(progress.get('a')?.openAttempt?.id).not.toBe(open.id);
    expect(progress.get('mixed')?.openAttempt).toBeUndefined();
    expect(progress.get('never-played')).toBeUndefined();
  });
});
