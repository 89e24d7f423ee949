import { afterEach, describe, expect, test } from 'vitest';
import { startAttempt } from '../../src/db/attempts';
import { loadCheckUps, offerSecondCheckUp, restartCheckUp, secondCheckUpOfferedAt, skipCheckUp } from '../../src/db/check-ups';
import { checkUpSkippedKey } from '../../src/db/check-up-keys';
import { progressBySet } from '../../src/db/progress';
import { loadProgressReport } from '../../src/db/progress-report';
import { aggregateTables, dueReviews, rebuildAggregates } from '../../src/db/aggregates';
import { loadScheduler } from '../../src/db/scheduler-loader';
import { createProfile } from '../../src/db/profiles';
import { deleteProfile } from '../../src/db/profile-changes';
import type { FcoDatabase } from '../../src/db/database';
import type { SessionMode } from '../../src/db/records';
import { answerAndKeep, freshDatabase } from './db-helpers';
import { PRACTICE_BEFORE_SECOND_CHECK_UP } from '../../src/domain/check-up';

let db: FcoDatabase;
const CHECK_UP_IDS = ['en-check-up-a', 'en-check-up-b'];
afterEach(() => db?.close());

const DAY = 24 * 60 * 60 * 1000;
const refs = (setId: string, count: number) => Array.from({ length: count }, (_, index) => ({ setId, itemId: `i${index + 1}` }));

/** Answers every statement of a new attempt wrongly (or rightly), one second apart from `at`, moving on with each. */
async function play(profileId: string, setId: string, mode: SessionMode, count: number, at: number, correct = false) {
  const attempt = await startAttempt(db, { profileId, setId, mode, items: refs(setId, count) }, at);
  for (let position = 0; position < count; position += 1) {
    await answerAndKeep(db, { attempt, position, chosen: 'fact', correct, advance: true }, at + (position + 1) * 1000);
  }
  return attempt;
}

describe('check-up answers stay out of practice', () => {
  test('a check-up answered all wrong makes no review card, no day tally, nothing due, no set progress', async () => {
    db = freshDatabase();
    const start = Date.UTC(2026, 11, 1, 10);
    await play('p', 'en-check-up-a', 'check-up', 12, start);
    expect(await db.answers.filter((answer) => answer.mode === 'check-up').count()).toBe(12);
    expect(await db.reviewCards.count()).toBe(0);
    expect(await db.dayStats.count()).toBe(0);
    expect(await dueReviews(db, 'p', start + 3 * DAY)).toEqual([]);
    expect((await progressBySet(db, 'p', ['en-check-up-a'])).get('en-check-up-a')?.seen ?? 0).toBe(0);
    const report = await loadProgressReport(db, 'p', () => 'claim', start + DAY);
    expect(report.answered).toBe(0);
  });

  test('rebuilding a learner’s tallies from their answers (after a merge) still leaves check-up answers out', async () => {
    db = freshDatabase();
    const start = Date.UTC(2026, 11, 1, 10);
    await play('p', 'en-check-up-a', 'check-up', 12, start);
    await play('p', 'en-1', 'practice', 3, start + 60_000);
    const schedule = await loadScheduler();
    await db.transaction('rw', [db.answers, ...aggregateTables(db)], () => rebuildAggregates(db, 'p', schedule));
    const cards = await db.reviewCards.toArray();
    expect(cards.map((card) => card.setId)).toEqual(['en-1', 'en-1', 'en-1']);
    expect((await db.dayStats.toArray()).map((day) => day.answered)).toEqual([3]);
  });
});

describe('what decides the check-up offer, as stored', () => {
  test('practice answers are counted from the end of the first check-up; test mode counts, check-up answers do not', async () => {
    db = freshDatabase();
    const start = Date.UTC(2026, 11, 1, 10);
    await play('p', 'en-1', 'practice', 5, start - 60_000);
    const checkUp = await play('p', 'en-check-up-a', 'check-up', 12, start);
    await play('p', 'en-2', 'practice', 7, start + 60_000);
    await play('p', 'en-3', 'test', 4, start + 120_000);
    await play('other', 'en-2', 'practice', 9, start + 60_000);
    const stored = await loadCheckUps(db, 'p', CHECK_UP_IDS);
    expect(stored.attempts.map((attempt) => attempt.id)).toEqual([checkUp.id]);
    expect(stored.answers).toHaveLength(12);
    expect(stored.practiceSince).toBe(11);
    expect(stored.skippedAt).toBeNull();
  });

  test('practice is counted only as far as the offer needs: 45 answers after the check-up read as 40, mixed with check-up answers or not', async () => {
    db = freshDatabase();
    const start = Date.UTC(2026, 11, 1, 10);
    await play('p', 'en-check-up-a', 'check-up', 12, start);
    await play('p', 'en-1', 'practice', 20, start + 60_000);
    // The second check-up begun and left after 3 statements: its answers are not practice, and it does not end the count.
    const open = await startAttempt(db, { profileId: 'p', setId: 'en-check-up-b', mode: 'check-up', items: refs('en-check-up-b', 12) }, start + 120_000);
    for (const position of [0, 1, 2]) await answerAndKeep(db, { attempt: open, position, chosen: 'fact', correct: false, advance: true }, start + 121_000 + position * 1000);
    await play('p', 'en-2', 'practice', 25, start + 180_000);
    expect((await loadCheckUps(db, 'p', CHECK_UP_IDS)).practiceSince).toBe(PRACTICE_BEFORE_SECOND_CHECK_UP);
  });

  test('"Not now" is remembered per learner; the teacher’s offer once for the device; deleting a learner forgets the skip', async () => {
    db = freshDatabase();
    const profile = await createProfile(db, { name: 'Ana', picture: 'owl' });
    await skipCheckUp(db, profile.id, 1234);
    await offerSecondCheckUp(db, 5678);
    expect((await loadCheckUps(db, profile.id, CHECK_UP_IDS)).skippedAt).toBe(1234);
    expect((await loadCheckUps(db, 'someone-else', CHECK_UP_IDS)).skippedAt).toBeNull();
    expect((await loadCheckUps(db, 'someone-else', CHECK_UP_IDS)).teacherOfferedAt).toBe(5678);
    expect(await secondCheckUpOfferedAt(db)).toBe(5678);
    await deleteProfile(db, profile.id);
    expect(await db.settings.get(checkUpSkippedKey(profile.id))).toBeUndefined();
  });

  test('after skipping, practice is counted from the skip', async () => {
    db = freshDatabase();
    const start = Date.UTC(2026, 11, 1, 10);
    await play('p', 'en-1', 'practice', 5, start - 60_000);
    await skipCheckUp(db, 'p', start);
    await play('p', 'en-2', 'practice', 6, start + 60_000);
    expect((await loadCheckUps(db, 'p', CHECK_UP_IDS)).practiceSince).toBe(6);
  });
});

describe('practice around the check-ups, as stored', () => {
  test('a learner with practice from before the update has practised before; one with none has not', async () => {
    db = freshDatabase();
    const start = Date.UTC(2026, 11, 1, 10);
    await play('p', 'en-1', 'practice', 100, start - DAY);
    await play('q', 'en-check-up-a', 'check-up', 12, start);
    expect((await loadCheckUps(db, 'p', CHECK_UP_IDS)).practisedBefore).toBe(true);
    expect((await loadCheckUps(db, 'q', CHECK_UP_IDS)).practisedBefore, 'check-up answers are not practice').toBe(false);
  });

  test('only practice answered before the first check-up began counts as before; practice between stops at the second', async () => {
    db = freshDatabase();
    const start = Date.UTC(2026, 11, 1, 10);
    await play('p', 'en-check-up-a', 'check-up', 12, start);
    await play('p', 'en-1', 'practice', 30, start + 60_000);
    await play('p', 'en-check-up-b', 'check-up', 12, start + 120_000);
    await play('p', 'en-2', 'practice', 30, start + 180_000);
    expect(await loadCheckUps(db, 'p', CHECK_UP_IDS)).toMatchObject({ practisedBefore: false, practiceSince: 30 });
  });

  test('starting again a check-up whose form changed throws away the unfinished attempt and its answers, and opens a new one, in one go', async () => {
    db = freshDatabase();
    const start = Date.UTC(2026, 11, 1, 10);
    const old = await startAttempt(db, { profileId: 'p', setId: 'en-check-up-a', mode: 'check-up', items: refs('en-check-up-a', 12) }, start);
    for (const position of [0, 1, 2]) await answerAndKeep(db, { attempt: old, position, chosen: 'fact', correct: false, advance: true }, start + position * 1000 + 1000);
    const items = [{ setId: 'en-check-up-a', itemId: 'new-1' }, { setId: 'en-check-up-a', itemId: 'new-2' }];
    const fresh = await restartCheckUp(db, old.id, items, start + 60_000);
    expect(await db.attempts.get(old.id)).toBeUndefined();
    expect(await db.answers.where('attemptId').equals(old.id).count()).toBe(0);
    expect(await db.attempts.get(fresh.id)).toMatchObject({ profileId: 'p', setId: 'en-check-up-a', mode: 'check-up', items, position: 0, finishedAt: null, abandonedAt: null });
  });

  test('a failed restart changes nothing: the unfinished attempt and its answers stay', async () => {
    db = freshDatabase();
    const start = Date.UTC(2026, 11, 1, 10);
    const old = await startAttempt(db, { profileId: 'p', setId: 'en-check-up-a', mode: 'check-up', items: refs('en-check-up-a', 12) }, start);
    await answerAndKeep(db, { attempt: old, position: 0, chosen: 'fact', correct: false, advance: true }, start + 1000);
    const add = db.attempts.add.bind(db.attempts);
    db.attempts.add = (() => Promise.reject(new Error('QuotaExceededError'))) as unknown as typeof db.attempts.add;
    await expect(restartCheckUp(db, old.id, [{ setId: 'en-check-up-a', itemId: 'new-1' }], start + 60_000)).rejects.toThrow('QuotaExceededError');
    db.attempts.add = add;
    expect(await db.attempts.get(old.id)).toMatchObject({ position: 1, abandonedAt: null });
    expect(await db.answers.where('attemptId').equals(old.id).count()).toBe(1);
    expect(await db.attempts.count()).toBe(1);
  });

  test('a finished check-up, or a practice attempt, is never thrown away as "changed"', async () => {
    db = freshDatabase();
    const done = await play('p', 'en-check-up-a', 'check-up', 12, Date.UTC(2026, 11, 1, 10));
    await expect(restartCheckUp(db, done.id, [])).rejects.toThrow(/not an unfinished check-up/);
    expect(await db.answers.where('attemptId').equals(done.id).count()).toBe(12);
  });
});
