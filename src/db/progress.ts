import type { FcoDatabase } from './database';
import type { AttemptRecord } from './records';

export interface SetProgress {
  /** Statements answered at least once. */
  seen: number;
  /** Statements whose latest answer was right. */
  right: number;
  openAttempt: AttemptRecord | undefined;
}

/** Per set: statements seen and right, from the kept review cards (one per statement), not from every answer. */
export async function progressBySet(db: FcoDatabase, profileId: string): Promise<Map<string, SetProgress>> {
  return db.transaction('r', db.reviewCards, db.attempts, async () => {
    const [cards, attempts] = await Promise.all([
      db.reviewCards.where('profileId').equals(profileId).toArray(),
      db.attempts.where('profileId').equals(profileId).toArray(),
    ]);
    const progress = new Map<string, SetProgress>();
    const entry = (setId: string) => {
      let found = progress.get(setId);
      if (!found) {
        found = { seen: 0, right: 0, openAttempt: undefined };
        progress.set(setId, found);
      }
      return found;
    };
    for (const card of cards) {
      const set = entry(card.setId);
      set.seen += 1;
      if (card.lastCorrect) set.right += 1;
    }
    for (const attempt of attempts) {
      if (attempt.finishedAt !== null || attempt.abandonedAt !== null) continue;
      const set = entry(attempt.setId);
      if (!set.openAttempt || set.openAttempt.updatedAt < attempt.updatedAt) set.openAttempt = attempt;
    }
    return progress;
  });
}
