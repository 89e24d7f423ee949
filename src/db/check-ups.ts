import { Dexie } from 'dexie';
import type { FcoDatabase } from './database';
import type { AnswerRecord, AttemptRecord } from './records';
import { countsAsPractice, PRACTICE_BEFORE_SECOND_CHECK_UP } from '../domain/check-up';

/** Device-wide: when the teacher last offered the second check-up to every learner who took the first. */
export const SECOND_CHECK_UP_OFFERED_KEY = 'checkUpSecondOfferedAt';
/** Per learner: when they last said "Not now" to the first check-up. */
export const checkUpSkippedKey = (profileId: string) => `checkUpSkipped:${profileId}`;

export interface StoredCheckUps {
  /** The learner's check-up attempts, oldest first. */
  attempts: AttemptRecord[];
  /** Every check-up answer of the learner. */
  answers: AnswerRecord[];
  skippedAt: number | null;
  teacherOfferedAt: number | null;
  /** Practice answers since the first finished check-up, or since the skip when none was finished; counted up to what the offer needs, so Home never reads a long history. */
  practiceSince: number;
}

const timeOf = (value: string | undefined): number | null => {
  const number = value === undefined ? NaN : Number(value);
  return Number.isFinite(number) ? number : null;
};

/** One learner's check-ups (attempts in the given check-up sets) and what decides the next offer, read together. */
export async function loadCheckUps(db: FcoDatabase, profileId: string, checkUpSetIds: readonly string[]): Promise<StoredCheckUps> {
  return db.transaction('r', db.attempts, db.answers, db.settings, async () => {
    const [learnerAttempts, skipped, offered] = await Promise.all([
      db.attempts.where('[profileId+setId]').anyOf(checkUpSetIds.map((setId) => [profileId, setId])).toArray(),
      db.settings.get(checkUpSkippedKey(profileId)),
      db.settings.get(SECOND_CHECK_UP_OFFERED_KEY),
    ]);
    const attempts = learnerAttempts.filter((attempt) => attempt.mode === 'check-up').sort((a, b) => a.startedAt - b.startedAt);
    const answers = (await Promise.all(attempts.map((attempt) => db.answers.where('[attemptId+position]').between([attempt.id, Dexie.minKey], [attempt.id, Dexie.maxKey]).toArray()))).flat();
    const skippedAt = timeOf(skipped?.value);
    const firstFinished = attempts.map((attempt) => attempt.finishedAt).find((finishedAt) => finishedAt !== null) ?? null;
    const since = firstFinished ?? skippedAt;
    const practiceSince =
      since === null
        ? 0
        : await db.answers
            .where('[profileId+answeredAt]')
            .between([profileId, since], [profileId, Dexie.maxKey], false, true)
            .filter(countsAsPractice)
            .limit(PRACTICE_BEFORE_SECOND_CHECK_UP)
            .count();
    return { attempts, answers, skippedAt, teacherOfferedAt: timeOf(offered?.value), practiceSince };
  });
}

/** "Not now": the learner is not offered the first check-up again until they have practised (remembered per learner). */
export async function skipCheckUp(db: FcoDatabase, profileId: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.settings, () => db.settings.put({ key: checkUpSkippedKey(profileId), value: String(now) }));
}

/** The teacher's "Offer the second check-up now", for every learner on the device who has taken the first. */
export async function offerSecondCheckUp(db: FcoDatabase, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.settings, () => db.settings.put({ key: SECOND_CHECK_UP_OFFERED_KEY, value: String(now) }));
}

export async function secondCheckUpOfferedAt(db: FcoDatabase): Promise<number | null> {
  return timeOf((await db.settings.get(SECOND_CHECK_UP_OFFERED_KEY))?.value);
}
