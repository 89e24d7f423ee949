import type { FcoDatabase } from './database';
import type { Label } from '../domain/quiz-schema';
import { buildProgress, type CardTally, type DayTally, type ProgressReport } from '../domain/aggregates';

export interface ProgressTallies {
  cards: CardTally[];
  days: DayTally[];
}

/**
 * One learner's kept aggregates: one review card per statement seen and one tally per day,
 * so the cost follows the statements and days, not the number of stored answers.
 */
export async function loadProgressTallies(db: FcoDatabase, profileId: string): Promise<ProgressTallies> {
  const [cards, days] = await db.transaction('r', db.reviewCards, db.dayStats, () =>
    Promise.all([db.reviewCards.where('profileId').equals(profileId).toArray(), db.dayStats.where('profileId').equals(profileId).toArray()]),
  );
  return { cards, days };
}

/** Everything the progress screen shows, from the kept aggregates (one card per statement, one tally per day). */
export async function loadProgressReport(
  db: FcoDatabase,
  profileId: string,
  labelOf: (setId: string, itemId: string) => Label | undefined,
  now = Date.now(),
): Promise<ProgressReport> {
  const { cards, days } = await loadProgressTallies(db, profileId);
  return buildProgress(cards, days, labelOf, now);
}
