import { Dexie } from 'dexie';
import type { FcoDatabase } from './database';
import type { AnswerRecord, AttemptRecord, ItemRef } from './records';
import { startAttempt } from './attempts';
import { checkUpSkippedKey, SECOND_CHECK_UP_OFFERED_KEY } from './check-up-keys';
import { countsAsPractice, PRACTICE_BEFORE_SECOND_CHECK_UP } from '../domain/check-up';

export interface StoredCheckUps {
  /** The learner's check-up attempts, oldest first. */
  attempts: AttemptRecord[];
  /** Every check-up answer of the learner. */
  answers: AnswerRecord[];
  skippedAt: number | null;
  teacherOfferedAt: number | null;
  /**
   * Practice answers since the first finished check-up (up to the start of the next finished one), or since the skip when
   * none was finished; counted up to what the offer needs, so Home never reads a long history.
   */
  practiceSince: number;
  /** Practice answered before the first finished check-up began (before now, when none was finished). */
  practisedBefore: boolean;
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
    const firstFinished = attempts.find((attempt) => attempt.finishedAt !== null);
    const since = firstFinished?.finishedAt ?? skippedAt;
    const next = firstFinished ? attempts.find((attempt) => attempt.finishedAt !== null && attempt.startedAt > firstFinished.finishedAt!) : undefined;
    const practice = (from: unknown, to: unknown, limit: number) =>
      db.answers.where('[profileId+answeredAt]').between([profileId, from], [profileId, to], false, false).filter(countsAsPractice).limit(limit).count();
    const [practiceSince, practisedBefore] = await Promise.all([
      since === null ? 0 : practice(since, next?.startedAt ?? Dexie.maxKey, PRACTICE_BEFORE_SECOND_CHECK_UP),
      practice(Dexie.minKey, firstFinished?.startedAt ?? Dexie.maxKey, 1).then((count) => count > 0),
    ]);
    return { attempts, answers, skippedAt, teacherOfferedAt: timeOf(offered?.value), practiceSince, practisedBefore };
  });
}

/**
 * A check-up begun whose statements changed in an app update, started again on the statements the form has now: the
 * unfinished attempt and its answers are thrown away and the new attempt stored, together or not at all.
 */
export async function restartCheckUp(db: FcoDatabase, attemptId: string, items: ItemRef[], now = Date.now()): Promise<AttemptRecord> {
  return db.transaction('rw', db.attempts, db.answers, async () => {
    const old = await db.attempts.get(attemptId);
    if (!old || old.mode !== 'check-up' || old.finishedAt !== null) throw new Error(`The check-up ${attemptId} is not an unfinished check-up on this device.`);
    await db.answers.where('[attemptId+position]').between([attemptId, Dexie.minKey], [attemptId, Dexie.maxKey]).delete();
    await db.attempts.delete(attemptId);
    return startAttempt(db, { profileId: old.profileId, setId: old.setId, mode: 'check-up', items }, now);
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
