import { afterEach, describe, expect, test } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { recordAnswer, startAttempt, storeAnswer, type AnswerInput } from '../../src/db/attempts';
import { keepAggregates } from '../../src/db/aggregates';
import { FcoDatabase } from '../../src/db/database';
import { createProfile } from '../../src/db/profiles';
import { deleteProfile, mergeProfiles } from '../../src/db/profile-changes';
import { loadProgressReport } from '../../src/db/progress-report';
import { aggregatesFor } from '../../src/domain/answer-aggregates';
import { scheduleAnswer } from '../../src/domain/scheduler';
import type { Label } from '../../src/domain/quiz-schema';
import type { AttemptRecord } from '../../src/db/records';
import { answerAndKeep } from './db-helpers';

const monday = new Date(2026, 2, 2, 10, 0).getTime();
const KEY: Record<string, Label> = { i1: 'fact', i2: 'claim', i3: 'opinion' };
const itemsOf = (setId: string) => ['i1', 'i2', 'i3'].map((itemId) => ({ setId, itemId }));
const items = itemsOf('a');
const labelOf = (setId: string, itemId: string) => (setId === 'a' ? KEY[itemId] : undefined);

const open: FcoDatabase[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

/** One tab's connection to a device's IndexedDB; a second call with the same factory is another tab, or the app started again. */
function tab(device: IDBFactory): FcoDatabase {
  const db = new FcoDatabase('follow-up-test', { indexedDB: device, IDBKeyRange });
  open.push(db);
  return db;
}

const input = (attempt: AttemptRecord, position: number, chosen: Label): AnswerInput => ({
  attempt,
  position,
  chosen,
  correct: KEY[items[position]!.itemId] === chosen,
  advance: true,
});

const byKey = <T extends { profileId: string; setId?: string; itemId?: string; day?: string }>(rows: readonly T[]) =>
  [...rows].sort((a, b) => `${a.profileId}${a.setId}${a.itemId}${a.day}`.localeCompare(`${b.profileId}${b.setId}${b.itemId}${b.day}`));

/** The kept aggregates as stored, and as a rebuild from every stored answer would make them. */
async function keptAndRebuilt(db: FcoDatabase) {
  const rebuilt = aggregatesFor(await db.answers.toArray(), scheduleAnswer);
  return {
    kept: { reviewCards: byKey(await db.reviewCards.toArray()), dayStats: byKey(await db.dayStats.toArray()) },
    rebuilt: { reviewCards: byKey(rebuilt.reviewCards), dayStats: byKey(rebuilt.dayStats) },
  };
}

describe("an answer's follow-up", () => {
  test('the answer lands alone, waiting to be folded; the follow-up folds it into its review card and day tally', async () => {
    const db = tab(new IDBFactory());
    const attempt = await startAttempt(db, { profileId: 'ana', setId: 'a', mode: 'practice', items }, monday);
    const answer = await storeAnswer(db, input(attempt, 0, 'fact'), monday + 1);
    expect(await db.answers.count()).toBe(1);
    expect((await db.attempts.get(attempt.id))?.position).toBe(1);
    expect(await db.unfoldedAnswers.toArray()).toEqual([{ id: answer.id }]);
    expect(await db.reviewCards.count()).toBe(0);
    expect(await db.dayStats.count()).toBe(0);

    expect(await keepAggregates(db)).toBe(1);
    expect(await db.unfoldedAnswers.count()).toBe(0);
    expect(await db.reviewCards.toArray()).toMatchObject([{ profileId: 'ana', setId: 'a', itemId: 'i1', answered: 1, right: 1 }]);
    expect(await db.dayStats.toArray()).toMatchObject([{ profileId: 'ana', answered: 1, right: 1 }]);
  });

  test('recordAnswer resolves with the answer stored and its follow-up under way; once it has landed, the figures count it', async () => {
    const db = tab(new IDBFactory());
    const attempt = await startAttempt(db, { profileId: 'ana', setId: 'a', mode: 'practice', items }, monday);
    const { answer, aggregatesKept } = await recordAnswer(db, input(attempt, 0, 'claim'), monday + 1);
    expect(await db.answers.get(answer.id)).toEqual(answer);
    await aggregatesKept;
    expect(await db.unfoldedAnswers.count()).toBe(0);
    expect(await loadProgressReport(db, 'ana', labelOf, monday + 10)).toMatchObject({ answered: 1, right: 0 });
  });

  test('a check-up answer leaves nothing to fold', async () => {
    const db = tab(new IDBFactory());
    const attempt = await startAttempt(db, { profileId: 'ana', setId: 'a', mode: 'check-up', items }, monday);
    await storeAnswer(db, input(attempt, 0, 'fact'), monday + 1);
    expect(await db.unfoldedAnswers.count()).toBe(0);
    expect(await keepAggregates(db)).toBe(0);
    expect(await db.reviewCards.count()).toBe(0);
  });
});

describe('the start-up repair', () => {
  test('a follow-up lost to a crash is repaired once, exactly, when the app starts again', async () => {
    const device = new IDBFactory();
    const before = tab(device);
    const first = await startAttempt(before, { profileId: 'ana', setId: 'a', mode: 'practice', items }, monday);
    await answerAndKeep(before, input(first, 0, 'fact'), monday + 1);
    await answerAndKeep(before, input(first, 1, 'fact'), monday + 2);
    // The tab dies between the answer's transaction and its follow-up: the answer is stored, its figures are not.
    await storeAnswer(before, input(first, 2, 'opinion'), monday + 3);
    before.close();

    const after = tab(device);
    expect(await loadProgressReport(after, 'ana', labelOf, monday + 10)).toMatchObject({ answered: 2, right: 1 });
    expect(await keepAggregates(after)).toBe(1);
    expect(await loadProgressReport(after, 'ana', labelOf, monday + 10)).toMatchObject({ answered: 3, right: 2 });
    const { kept, rebuilt } = await keptAndRebuilt(after);
    expect(kept).toEqual(rebuilt);

    expect(await keepAggregates(after), 'a second start finds nothing left').toBe(0);
    expect((await keptAndRebuilt(after)).kept).toEqual(kept);
  });

  test('over a history with nothing lost, the repair changes nothing', async () => {
    const db = tab(new IDBFactory());
    for (const [day, labels] of [['fact', 'claim', 'fact'], ['fact', 'claim', 'opinion']].entries()) {
      const attempt = await startAttempt(db, { profileId: 'ana', setId: 'a', mode: 'practice', items }, monday + day * 86_400_000);
      for (const [position, label] of (labels as Label[]).entries()) await answerAndKeep(db, input(attempt, position, label), monday + day * 86_400_000 + position + 1);
    }
    const { kept, rebuilt } = await keptAndRebuilt(db);
    expect(kept).toEqual(rebuilt);
    expect(await keepAggregates(db)).toBe(0);
    expect((await keptAndRebuilt(db)).kept).toEqual(kept);
  });

  test('a learner merged while an answer waited counts it once: the rebuild folds it, the repair finds nothing', async () => {
    const db = tab(new IDBFactory());
    const ana = await createProfile(db, { name: 'Ana', picture: 'owl' });
    const anaAgain = await createProfile(db, { name: 'Ana 2', picture: 'fox' });
    const attempt = await startAttempt(db, { profileId: anaAgain.id, setId: 'a', mode: 'practice', items }, monday);
    await storeAnswer(db, input(attempt, 0, 'fact'), monday + 1);
    await mergeProfiles(db, anaAgain.id, ana.id);
    expect(await keepAggregates(db)).toBe(0);
    expect(await db.reviewCards.toArray()).toMatchObject([{ profileId: ana.id, answered: 1 }]);
  });

  test('a learner deleted while an answer waited leaves no figures behind', async () => {
    const db = tab(new IDBFactory());
    const ana = await createProfile(db, { name: 'Ana', picture: 'owl' });
    const attempt = await startAttempt(db, { profileId: ana.id, setId: 'a', mode: 'practice', items }, monday);
    await storeAnswer(db, input(attempt, 0, 'fact'), monday + 1);
    await deleteProfile(db, ana.id);
    expect(await keepAggregates(db)).toBe(0);
    expect(await db.unfoldedAnswers.count()).toBe(0);
    expect(await db.reviewCards.count()).toBe(0);
  });
});

describe('answers in two tabs', () => {
  test('answers given in two tabs at once are each counted once, whichever follow-up folds them', async () => {
    const device = new IDBFactory();
    const [tabA, tabB] = [tab(device), tab(device)];
    const inA = await startAttempt(tabA, { profileId: 'ana', setId: 'a', mode: 'practice', items }, monday);
    const inB = await startAttempt(tabB, { profileId: 'ana', setId: 'b', mode: 'practice', items: itemsOf('b') }, monday);
    for (const position of [0, 1, 2]) {
      const label = KEY[items[position]!.itemId]!;
      const [a, b] = await Promise.all([recordAnswer(tabA, input(inA, position, label), monday + position + 1), recordAnswer(tabB, input(inB, position, 'fact'), monday + position + 1)]);
      await Promise.all([a.aggregatesKept, b.aggregatesKept]);
    }
    expect(await tabA.unfoldedAnswers.count()).toBe(0);
    expect((await tabB.dayStats.toArray()).map((day) => day.answered), "the day's tally, read in the other tab").toEqual([6]);
    const { kept, rebuilt } = await keptAndRebuilt(tabA);
    expect(kept).toEqual(rebuilt);
    expect(kept.reviewCards.map((card) => card.answered)).toEqual([1, 1, 1, 1, 1, 1]);
  });

  test('two tabs answering the same statement of one attempt at once: one answer lands, the other is refused and leaves nothing', async () => {
    const device = new IDBFactory();
    const [tabA, tabB] = [tab(device), tab(device)];
    const attempt = await startAttempt(tabA, { profileId: 'ana', setId: 'a', mode: 'practice', items }, monday);
    const outcomes = await Promise.allSettled([storeAnswer(tabA, input(attempt, 0, 'fact'), monday + 1), storeAnswer(tabB, input(attempt, 0, 'claim'), monday + 1)]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [(outcome.reason as Error).name] : []))).toEqual(['StaleAttemptError']);
    expect(await tabB.answers.count()).toBe(1);
    expect(await tabB.unfoldedAnswers.count()).toBe(1);
  });

  test('an answer from a tab opened before its learner was merged into another in a second tab counts for the learner merged into', async () => {
    const device = new IDBFactory();
    const [tabA, tabB] = [tab(device), tab(device)];
    const ana = await createProfile(tabA, { name: 'Ana', picture: 'owl' });
    const anaAgain = await createProfile(tabA, { name: 'Ana 2', picture: 'fox' });
    const held = await startAttempt(tabA, { profileId: anaAgain.id, setId: 'a', mode: 'practice', items }, monday);
    await mergeProfiles(tabB, anaAgain.id, ana.id);
    const { answer, aggregatesKept } = await recordAnswer(tabA, input(held, 0, 'fact'), monday + 1);
    await aggregatesKept;
    expect(answer.profileId).toBe(ana.id);
    expect((await tabB.answers.toArray()).map((row) => row.profileId)).toEqual([ana.id]);
    expect((await loadProgressReport(tabB, ana.id, labelOf)).answered).toBe(1);
  });

  test("one tab's start-up repair and another's follow-up racing for the same waiting answer fold it once", async () => {
    const device = new IDBFactory();
    const [tabA, tabB] = [tab(device), tab(device)];
    const attempt = await startAttempt(tabA, { profileId: 'ana', setId: 'a', mode: 'practice', items }, monday);
    await storeAnswer(tabA, input(attempt, 0, 'fact'), monday + 1);
    const folded = await Promise.all([keepAggregates(tabA), keepAggregates(tabB)]);
    expect(folded.sort()).toEqual([0, 1]);
    expect(await tabB.reviewCards.toArray()).toMatchObject([{ itemId: 'i1', answered: 1, right: 1 }]);
    expect(await tabB.dayStats.toArray()).toMatchObject([{ answered: 1, right: 1 }]);
  });
});
