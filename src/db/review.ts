import { Dexie } from 'dexie';
import type { FcoDatabase } from './database';
import type { AnswerRecord, ItemRef } from './records';
import type { DayStatRecord, ReviewCardRecord } from './aggregate-records';
import { dayKey } from '../domain/day-key';
import { countsAsPractice } from '../domain/check-up';
import { loadScheduler, type Schedule } from './scheduler-loader';

/** The set id of a review session; its answers count toward each statement's own set. */
export const REVIEW_SET_ID = 'review';

/** The tables an answer touches besides answers and attempts; callers open them in the answer's transaction. */
export const aggregateTables = (db: FcoDatabase) => [db.reviewCards, db.dayStats];

/** The review card after one more answer to its statement. */
export function cardAfter(before: ReviewCardRecord | undefined, answer: AnswerRecord, schedule: Schedule): ReviewCardRecord {
  const review = schedule(before?.review, answer.correct, answer.answeredAt);
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
    lastCorrect: before && before.lastAnsweredAt > answer.answeredAt ? before.lastCorrect : answer.correct,
  };
  if (review.needsReview) card.reviewDue = review.due;
  return card;
}

/** The day tally after one more answer on that day. */
export function dayAfter(before: DayStatRecord | undefined, answer: AnswerRecord): DayStatRecord {
  const stat = before ?? { profileId: answer.profileId, day: dayKey(answer.answeredAt), answered: 0, right: 0 };
  return { ...stat, answered: stat.answered + 1, right: stat.right + (answer.correct ? 1 : 0) };
}

/** Keeps the review card and the day tally of one new answer (none for a check-up answer). Call inside the transaction that stores the answer. */
export async function keepAggregates(db: FcoDatabase, answer: AnswerRecord, schedule: Schedule): Promise<void> {
  if (!countsAsPractice(answer)) return;
  const [card, day] = await Promise.all([db.reviewCards.get([answer.profileId, answer.setId, answer.itemId]), db.dayStats.get([answer.profileId, dayKey(answer.answeredAt)])]);
  await Promise.all([db.reviewCards.put(cardAfter(card, answer, schedule)), db.dayStats.put(dayAfter(day, answer))]);
}

/**
 * The kept aggregates that recordAnswer would have built for these answers (taken oldest first), as rows:
 * for tools that write answers straight into IndexedDB, such as the benchmark's seeding.
 */
export function aggregatesFor(answers: readonly AnswerRecord[], schedule: Schedule): { reviewCards: ReviewCardRecord[]; dayStats: DayStatRecord[] } {
  const cards = new Map<string, ReviewCardRecord>();
  const days = new Map<string, DayStatRecord>();
  for (const answer of answers.filter(countsAsPractice).sort((a, b) => a.answeredAt - b.answeredAt)) {
    const cardKey = `${answer.profileId}\u0000${answer.setId}\u0000${answer.itemId}`;
    cards.set(cardKey, cardAfter(cards.get(cardKey), answer, schedule));
    const dayId = `${answer.profileId}\u0000${dayKey(answer.answeredAt)}`;
    days.set(dayId, dayAfter(days.get(dayId), answer));
  }
  return { reviewCards: [...cards.values()], dayStats: [...days.values()] };
}

/** Rebuilds one learner's kept aggregates from their stored answers, in one transaction (for data written around recordAnswer). */
export async function rebuildLearnerAggregates(db: FcoDatabase, profileId: string): Promise<void> {
  const schedule = await loadScheduler();
  await db.transaction('rw', [db.answers, ...aggregateTables(db)], () => rebuildAggregates(db, profileId, schedule));
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

export async function countDueReviews(db: FcoDatabase, profileId: string, now = Date.now()): Promise<number> {
  return db.reviewCards.where('[profileId+reviewDue]').between([profileId, Dexie.minKey], [profileId, now], true, true).count();
}
