import { Dexie } from 'dexie';
import type { FcoDatabase } from './database';
import type { AnswerRecord, ItemRef } from './records';
import { aggregatesFor, cardKeyOf, dayStatKeyOf, foldAnswers, type Schedule } from '../domain/answer-aggregates';
import { loadScheduler } from './scheduler-loader';

/** The tables of the kept aggregates: review cards, day tallies and the answers not yet folded into them. */
export const aggregateTables = (db: FcoDatabase) => [db.reviewCards, db.dayStats, db.unfoldedAnswers];

/**
 * Folds every stored answer not yet in the kept aggregates into its review card and day tally, in one transaction
 * that also forgets that it waited: an answer is folded exactly once, whoever folds it first (the answer's follow-up,
 * another tab's, or the start-up repair after a crash). Returns how many answers it folded.
 */
export async function keepAggregates(db: FcoDatabase): Promise<number> {
  if ((await db.unfoldedAnswers.count()) === 0) return 0;
  const schedule = await loadScheduler();
  return db.transaction('rw', [db.answers, ...aggregateTables(db)], async () => {
    const waiting = await db.unfoldedAnswers.toCollection().primaryKeys();
    // An answer deleted with its learner leaves nothing to fold.
    const answers = (await db.answers.bulkGet(waiting)).filter((answer): answer is AnswerRecord => answer !== undefined);
    const [reviewCards, dayStats] = await Promise.all([db.reviewCards.bulkGet(answers.map(cardKeyOf)), db.dayStats.bulkGet(answers.map(dayStatKeyOf))]);
    const kept = { reviewCards: reviewCards.filter((card) => card !== undefined), dayStats: dayStats.filter((day) => day !== undefined) };
    const folded = foldAnswers(kept, answers, schedule);
    await Promise.all([db.reviewCards.bulkPut(folded.reviewCards), db.dayStats.bulkPut(folded.dayStats), db.unfoldedAnswers.bulkDelete(waiting)]);
    return answers.length;
  });
}

/** Rebuilds a learner's kept aggregates from all their stored answers, oldest first (after a merge). Call inside a transaction over aggregateTables and answers. */
export async function rebuildAggregates(db: FcoDatabase, profileId: string, schedule: Schedule): Promise<void> {
  await db.reviewCards.where('profileId').equals(profileId).delete();
  await db.dayStats.where('profileId').equals(profileId).delete();
  const answers = await db.answers.where('[profileId+answeredAt]').between([profileId, Dexie.minKey], [profileId, Dexie.maxKey]).toArray();
  const rows = aggregatesFor(answers, schedule);
  await db.reviewCards.bulkPut(rows.reviewCards);
  await db.dayStats.bulkPut(rows.dayStats);
  // Every answer of the learner is in the rebuilt rows now, the ones still waiting too: folding them again would count them twice.
  const ids = new Set(answers.map((answer) => answer.id));
  await db.unfoldedAnswers.bulkDelete((await db.unfoldedAnswers.toCollection().primaryKeys()).filter((id) => ids.has(id)));
}

/** Statements waiting for review and due now, most overdue first. */
export async function dueReviews(db: FcoDatabase, profileId: string, now = Date.now()): Promise<ItemRef[]> {
  const cards = await db.reviewCards.where('[profileId+reviewDue]').between([profileId, Dexie.minKey], [profileId, now], true, true).toArray();
  return cards.map(({ setId, itemId }) => ({ setId, itemId }));
}
