import { Dexie } from 'dexie';
import type { FcoDatabase } from './database';
import type { AnswerRecord, AttemptRecord } from './records';

export interface SetProgress {
  /** Statements answered at least once. */
  seen: number;
  /** Statements whose latest answer was right. */
  right: number;
  openAttempt: AttemptRecord | undefined;
}

export async function progressBySet(db: FcoDatabase, profileId: string): Promise<Map<string, SetProgress>> {
  return db.transaction('r', db.answers, db.attempts, async () => {
    const [answers, attempts] = await Promise.all([
      db.answers.where('[profileId+setId]').between([profileId, Dexie.minKey], [profileId, Dexie.maxKey]).toArray(),
      db.attempts.where('profileId').equals(profileId).toArray(),
    ]);
    const latest = new Map<string, AnswerRecord>();
    for (const answer of answers) {
      const key = `${answer.setId}\u0000${answer.itemId}`;
      const before = latest.get(key);
      if (!before || before.answeredAt <= answer.answeredAt) latest.set(key, answer);
    }
    const progress = new Map<string, SetProgress>();
    const entry = (setId: string) => {
      let found = progress.get(setId);
      if (!found) {
        found = { seen: 0, right: 0, openAttempt: undefined };
        progress.set(setId, found);
      }
      return found;
    };
    for (const answer of latest.values()) {
      const set = entry(answer.setId);
      set.seen += 1;
      if (answer.correct) set.right += 1;
    }
    for (const attempt of attempts) {
      if (attempt.finishedAt !== null || attempt.abandonedAt !== null) continue;
      const set = entry(attempt.setId);
      if (!set.openAttempt || set.openAttempt.updatedAt < attempt.updatedAt) set.openAttempt = attempt;
    }
    return progress;
  });
}
