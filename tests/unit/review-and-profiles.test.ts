import { afterEach, describe, expect, test } from 'vitest';
import { recordAnswer, startAttempt } from '../../src/db/attempts';
import { dueReviews } from '../../src/db/aggregates';
import { aggregatesFor } from '../../src/domain/answer-aggregates';
import { scheduleAnswer } from '../../src/domain/scheduler';
import { activeProfile, createProfile, listProfiles, ProfileNameError, setActiveProfile, setActiveProfileLanguage } from '../../src/db/profiles';
import { deleteProfile, mergeProfiles, renameProfile } from '../../src/db/profile-changes';
import { loadProgressReport } from '../../src/db/progress-report';
import type { FcoDatabase } from '../../src/db/database';
import type { Label } from '../../src/domain/quiz-schema';
import { answerAndKeep, freshDatabase } from './db-helpers';

const DAY = 24 * 60 * 60 * 1000;
const monday = new Date(2026, 2, 2, 10, 0).getTime();
const KEY: Record<string, Label> = { i1: 'fact', i2: 'claim', i3: 'opinion' };
const labelOf = (setId: string, itemId: string) => (setId === 'a' ? KEY[itemId] : undefined);
const items = ['i1', 'i2', 'i3'].map((itemId) => ({ setId: 'a', itemId }));

let db: FcoDatabase;
afterEach(() => db?.close());

async function play(profileId: string, chosen: Label[], at: number) {
  const attempt = await startAttempt(db, { profileId, setId: 'a', mode: 'practice', items }, at);
  for (const [position, label] of chosen.entries()) {
    const itemId = items[position]?.itemId ?? '';
    await answerAndKeep(db, { attempt, position, chosen: label, correct: KEY[itemId] === label, advance: true }, at + position);
  }
}

describe('answers keep the review cards and tallies', () => {
  test('wrong answers come back the next day, in the learner’s own review only', async () => {
    db = freshDatabase();
    await play('ana', ['fact', 'opinion', 'claim'], monday);
    await play('ben', ['fact', 'claim', 'opinion'], monday);
    expect(await dueReviews(db, 'ana', monday + 1000)).toEqual([]);
    expect((await dueReviews(db, 'ana', monday + DAY + 1000)).map((ref) => ref.itemId).sort()).toEqual(['i2', 'i3']);
    expect(await dueReviews(db, 'ben', monday + DAY + 1000)).toEqual([]);
  });

  test('the progress report counts labels, confusions, days and mastery from the kept tallies', async () => {
    db = freshDatabase();
    await play('ana', ['fact', 'opinion', 'claim'], monday);
    await play('ana', ['fact', 'claim', 'opinion'], monday + 2 * DAY);
    const report = await loadProgressReport(db, 'ana', labelOf, monday + 2 * DAY + 10);
    expect(report.answered).toBe(6);
    expect(report.right).toBe(4);
    expect(report.byLabel.claim).toEqual({ answered: 2, right: 1 });
    expect(report.confusion.claim).toEqual({ fact: 0, claim: 1, opinion: 1 });
    expect(report.confusion.opinion).toEqual({ fact: 0, claim: 1, opinion: 1 });
    expect(report.days.map((day) => [day.answered, day.right])).toEqual([
      [3, 1],
      [3, 3],
    ]);
    // i1 right on two separate days: mastered. i2 and i3 were wrong, then right once: still in review.
    expect(report.bySet.get('a')).toEqual({ seen: 3, mastered: 1, due: 0, lastAnsweredAt: monday + 2 * DAY + 2 });
    expect(await loadProgressReport(db, 'ben', labelOf)).toMatchObject({ answered: 0, right: 0 });
  });

  test('an answer that is refused leaves no trace in the tallies', async () => {
    db = freshDatabase();
    const attempt = await startAttempt(db, { profileId: 'ana', setId: 'a', mode: 'practice', items }, monday);
    await answerAndKeep(db, { attempt, position: 0, chosen: 'claim', correct: false, advance: false }, monday);
    await expect(recordAnswer(db, { attempt, position: 0, chosen: 'fact', correct: true, advance: false }, monday)).rejects.toThrow();
    const [card] = await db.reviewCards.toArray();
    expect(card?.answered).toBe(1);
    expect((await db.dayStats.toArray()).map((day) => day.answered)).toEqual([1]);
  });
});

describe('profiles', () => {
  test('a language chosen is kept with the learner active in the database, and with nobody when none is', async () => {
    db = freshDatabase();
    await setActiveProfileLanguage(db, 'es');
    const ana = await createProfile(db, { name: 'Ana', picture: 'owl' });
    const ben = await createProfile(db, { name: 'Ben', picture: 'owl' });
    expect((await listProfiles(db)).map((profile) => profile.language)).toEqual([undefined, undefined]);
    await setActiveProfile(db, ben.id);
    await setActiveProfileLanguage(db, 'ar');
    expect((await db.profiles.get(ben.id))?.language).toBe('ar');
    expect((await db.profiles.get(ana.id))?.language).toBeUndefined();
  });

  test('a new learner becomes the active one, and the device remembers the choice', async () => {
    db = freshDatabase();
    expect(await activeProfile(db)).toBeNull();
    const ana = await createProfile(db, { name: ' Ana María ', picture: 'owl' });
    expect((await activeProfile(db))?.name).toBe('Ana María');
    const ben = await createProfile(db, { name: 'بن', picture: 'fox' });
    expect((await activeProfile(db))?.id).toBe(ben.id);
    await setActiveProfile(db, ana.id);
    expect((await activeProfile(db))?.id).toBe(ana.id);
  });

  test('names must be present, short enough and not taken', async () => {
    db = freshDatabase();
    const ana = await createProfile(db, { name: 'Ana', picture: 'owl' });
    await expect(createProfile(db, { name: '  ', picture: 'owl' })).rejects.toMatchObject({ problem: 'empty' });
    await expect(createProfile(db, { name: 'ana', picture: 'fox' })).rejects.toBeInstanceOf(ProfileNameError);
    await expect(createProfile(db, { name: 'x'.repeat(41), picture: 'fox' })).rejects.toMatchObject({ problem: 'tooLong' });
    await renameProfile(db, ana.id, 'Anita');
    expect((await listProfiles(db)).map((profile) => profile.name)).toEqual(['Anita']);
  });

  test('deleting a learner removes their answers, attempts and tallies, and nobody else’s', async () => {
    db = freshDatabase();
    const ana = await createProfile(db, { name: 'Ana', picture: 'owl' });
    const ben = await createProfile(db, { name: 'Ben', picture: 'fox' });
    await play(ana.id, ['fact', 'opinion', 'claim'], monday);
    await play(ben.id, ['fact', 'claim', 'opinion'], monday);
    await deleteProfile(db, ben.id);
    expect(await activeProfile(db)).toBeNull();
    expect(await db.answers.count()).toBe(3);
    expect((await db.answers.toArray()).every((answer) => answer.profileId === ana.id)).toBe(true);
    expect(await db.reviewCards.where('profileId').equals(ben.id).count()).toBe(0);
    expect(await db.dayStats.where('profileId').equals(ben.id).count()).toBe(0);
    expect(await db.attempts.where('profileId').equals(ben.id).count()).toBe(0);
  });

  test('merging moves every answer into the other learner and rebuilds the tallies', async () => {
    db = freshDatabase();
    const ana = await createProfile(db, { name: 'Ana', picture: 'owl' });
    const anaAgain = await createProfile(db, { name: 'Ana 2', picture: 'owl' });
    await play(ana.id, ['fact', 'opinion', 'claim'], monday);
    await play(anaAgain.id, ['fact', 'claim', 'opinion'], monday + 2 * DAY);
    await mergeProfiles(db, anaAgain.id, ana.id);
    expect((await listProfiles(db)).map((profile) => profile.name)).toEqual(['Ana']);
    expect((await activeProfile(db))?.id).toBe(ana.id);
    const report = await loadProgressReport(db, ana.id, labelOf, monday + 2 * DAY + 10);
    expect(report.answered).toBe(6);
    expect(report.bySet.get('a')).toMatchObject({ seen: 3, mastered: 1, due: 0 });
    expect(await db.reviewCards.where('profileId').equals(anaAgain.id).count()).toBe(0);
  });
});

describe('aggregates for answers written directly', () => {
  test('aggregatesFor builds the same rows as answering through recordAnswer', async () => {
    db = freshDatabase();
    await play('ana', ['fact', 'opinion', 'claim'], monday);
    await play('ana', ['fact', 'claim', 'opinion'], monday + 2 * DAY);
    const built = aggregatesFor(await db.answers.toArray(), scheduleAnswer);
    const byKey = <T extends { setId?: string; itemId?: string; day?: string }>(rows: T[]) =>
      [...rows].sort((a, b) => `${a.setId}${a.itemId}${a.day}`.localeCompare(`${b.setId}${b.itemId}${b.day}`));
    expect(byKey(built.reviewCards)).toEqual(byKey(await db.reviewCards.toArray()));
    expect(byKey(built.dayStats)).toEqual(byKey(await db.dayStats.toArray()));
  });
});
