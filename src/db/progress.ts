import { Dexie } from 'dexie';
import type { FcoDatabase } from './database';
import type { AttemptRecord } from './records';

export interface SetProgress {
  /** Statements answered at least once. */
  seen: number;
  /** Statements whose latest answer was right. */
  right: number;
  openAttempt: AttemptRecord | undefined;
}

/**
 * Per set: statements seen and right, from the kept review cards (one per statement), and the open attempt, if any:
 * the newest attempt started in each set (starting one abandons the others), one indexed read per set asked for.
 */
export async function progressBySet(db: FcoDatabase, profileId: string, setIds: readonly string[]): Promise<Map<string, SetProgress>> {
  return db.transaction('r', db.reviewCards, db.attempts, async () => {
    const [cards, newest] = await Promise.all([
      db.reviewCards.where('profileId').equals(profileId).toArray(),
      Promise.all(setIds.map((setId) => db.attempts.where('[profileId+setId+startedAt]').between([profileId, setId, Dexie.minKey], [profileId, setId, Dexie.maxKey]).last())),
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
    for (const attempt of newest) {
      if (attempt && attempt.finishedAt === null && attempt.abandonedAt === null) entry(attempt.setId).openAttempt = attempt;
    }
    return progress;
  });
}
