import { Dexie } from 'dexie';
import type { FcoDatabase } from './database';
import type { AnswerRecord, ItemRef } from './records';
import type { DayStatRecord, ReviewCardRecord } from './aggregate-records';
import { dayKey, scheduleAnswer } from '../domain/scheduler';

/** The set id of a review session; its answers count toward each statement's own set. */
export const REVIEW_SET_ID = 'review';

/** The tables an answer touches besides answers and attempts; callers open them in the answer's transaction. */
export const aggregateTables = (db: FcoDatabase) => [db.reviewCards, db.dayStats];

/** Keeps the review card and the day tally of one new answer. Call inside the transaction that stores the answer. */
export async function keepAggregates(db: FcoDatabase, answer: AnswerRecord): Promise<void> {
  const key: [string, string, string] = [answer.profileId, answer.setId, answer.itemId];
  const before = await db.reviewCards.get(key);
  const review = scheduleAnswer(before?.review, answer.correct, answer.answeredAt);
  const chosen = { fact: 0, claim: 0, opinion: 0, ...before?.chosen };
  chosen[answer.chosen] += 1;
  const card: ReviewCardRecord = {
    profileId: answer.profileId,
    setId: answer.setId,
    itemId: answer.itemId,
    review,
    answered: (before?.answered ?? 0) + 1,
    right: (before?.right ?? 0) + (answer.correct ? 1 : 0),
    chosen,
    lastAnsweredAt: Math.max(before?.lastAnsweredAt ?? 0, answer.answeredAt),
  };
  if (review.needsReview) card.reviewDue = review.due;
  await db.reviewCards.put(card);

  const day = dayKey(answer.answeredAt);
  const stat: DayStatRecord = (await db.dayStats.get([answer.profileId, day])) ?? { profileId: answer.profileId, day, answered: 0, right: 0 };
  await db.dayStats.put({ ...stat, answered: stat.answered + 1, right: stat.right + (answer.correct ? 1 : 0) });
}

/** Rebuilds a learner's kept aggregates from their stored answers, oldest first (after a merge). Call inside a transaction. */
export async function rebuildAggregates(db: FcoDatabase, profileId: string): Promise<void> {
  await db.reviewCards.where('profileId').equals(profileId).delete();
  await db.dayStats.where('profileId').equals(profileId).delete();
  const answers = await db.answers.where('[profileId+answeredAt]').between([profileId, Dexie.minKey], [profileId, Dexie.maxKey]).toArray();
  for (const answer of answers) await keepAggregates(db, answer);
}

/** Statements waiting for review and due now, most overdue first. */
export async function dueReviews(db: FcoDatabase, profileId: string, now = Date.now()): Promise<ItemRef[]> {
  const cards = await db.reviewCards.where('[profileId+reviewDue]').between([profileId, Dexie.minKey], [profileId, now], true, true).toArray();
  return cards.map(({ setId, itemId }) => ({ setId, itemId }));
}

export async function countDueReviews(db: FcoDatabase, profileId: string, now = Date.now()): Promise<number> {
  return db.reviewCards.where('[profileId+reviewDue]').between([profileId, Dexie.minKey], [profileId, now], true, true).count();
}
