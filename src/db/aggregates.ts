import { Dexie } from 'dexie';
import type { FcoDatabase } from './database';
import type { AnswerRecord, ItemRef } from './records';
import { dayKey } from '../domain/day-key';
import { aggregatesFor, cardAfter, dayAfter, type Schedule } from '../domain/answer-aggregates';
import { countsAsPractice } from '../domain/check-up';

/** The tables an answer touches besides answers and attempts; callers open them in the answer's transaction. */
export const aggregateTables = (db: FcoDatabase) => [db.reviewCards, db.dayStats];

/** Keeps the review card and the day tally of one new answer (none for a check-up answer). Call inside the transaction that stores the answer. */
export async function keepAggregates(db: FcoDatabase, answer: AnswerRecord, schedule: Schedule): Promise<void> {
  if (!countsAsPractice(answer)) return;
  const [card, day] = await Promise.all([db.reviewCards.get([answer.profileId, answer.setId, answer.itemId]), db.dayStats.get([answer.profileId, dayKey(answer.answeredAt)])]);
  await Promise.all([db.reviewCards.put(cardAfter(card, answer, schedule)), db.dayStats.put(dayAfter(day, answer))]);
}

/** Rebuilds a learner's kept aggregates from their stored answers, oldest first (after a merge). Call inside a transaction. */
export async function rebuildAggregates(db: FcoDatabase, profileId: string, schedule: Schedule): Promise<void> {
  await db.reviewCards.where('profileId').equals(profileId).delete();
  await db.dayStats.where('profileId').equals(profileId).delete();
  const answers = await db.answers.where('[profileId+answeredAt]').between([profileId, Dexie.minKey], [profileId, Dexie.maxKey]).toArray();
  const rows = aggregatesFor(answers, schedule);
  await db.reviewCards.bulkPut(rows.reviewCards);
  await db.dayStats.bulkPut(rows.dayStats);
}

/** Statements waiting for review and due now, most overdue first. */
export async function dueReviews(db: FcoDatabase, profileId: string, now = Date.now()): Promise<ItemRef[]> {
  const cards = await db.reviewCards.where('[profileId+reviewDue]').between([profileId, Dexie.minKey], [profileId, now], true, true).toArray();
  return cards.map(({ setId, itemId }) => ({ setId, itemId }));
}
