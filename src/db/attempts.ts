import type { FcoDatabase } from './database';
import type { AnswerRecord, AttemptRecord, ItemRef, SessionMode } from './records';
import type { Label } from '../domain/quiz-schema';
import { newId } from './ids';
import { keepAggregates } from './aggregates';
import { countsAsPractice } from '../domain/check-up';

export interface AttemptState {
  attempt: AttemptRecord;
  /** Chosen labels by position. */
  answers: AnswerRecord[];
}

/** Another tab moved this attempt on; the caller should follow the stored state. */
export class StaleAttemptError extends Error {
  constructor() {
    super('This set moved on in another tab.');
    this.name = 'StaleAttemptError';
  }
}

export async function startAttempt(
  db: FcoDatabase,
  start: { profileId: string; setId: string; mode: SessionMode; items: ItemRef[] },
  now = Date.now(),
): Promise<AttemptRecord> {
  return db.transaction('rw', db.attempts, async () => {
    const open = await openAttempts(db, start.profileId, start.setId);
    for (const old of open) await db.attempts.update(old.id, { abandonedAt: now, updatedAt: now });
    // Started after every attempt it replaces, so the newest by startedAt is the open one (see progressBySet).
    const startedAt = Math.max(now, ...open.map((old) => old.startedAt + 1));
    const attempt: AttemptRecord = { id: newId(), ...start, position: 0, startedAt, updatedAt: now, finishedAt: null, abandonedAt: null };
    await db.attempts.add(attempt);
    return attempt;
  });
}

async function openAttempts(db: FcoDatabase, profileId: string, setId: string): Promise<AttemptRecord[]> {
  const attempts = await db.attempts.where('[profileId+setId]').equals([profileId, setId]).toArray();
  return attempts.filter((attempt) => attempt.finishedAt === null && attempt.abandonedAt === null);
}

export async function loadAttempt(db: FcoDatabase, attemptId: string): Promise<AttemptState | undefined> {
  return db.transaction('r', db.attempts, db.answers, async () => {
    const attempt = await db.attempts.get(attemptId);
    if (!attempt) return undefined;
    const answers = await db.answers.where('[attemptId+position]').between([attemptId, -Infinity], [attemptId, Infinity]).toArray();
    return { attempt, answers };
  });
}

export interface AnswerInput {
  /** The attempt as the screen holds it: its statements and mode are read from it, and its learner unless merged since. */
  attempt: AttemptRecord;
  position: number;
  chosen: Label;
  correct: boolean;
  /** Move to the next statement in the same transaction (test mode: no feedback to wait for). */
  advance: boolean;
}

/** An answer as stored, and the follow-up that folds it into the learner's review card and day tally. */
export interface RecordedAnswer {
  answer: AnswerRecord;
  /**
   * Settles once the follow-up transaction has landed or failed (never rejects): a follow-up lost to a crash or a
   * failure leaves the answer waiting in unfoldedAnswers, and the next follow-up or the start-up repair folds it.
   */
  aggregatesKept: Promise<void>;
}

/**
 * Stores one answer, then folds it into the kept aggregates in a follow-up transaction (see storeAnswer), so the
 * feedback waits for the answer alone: resolves once the answer has landed. `later` starts the follow-up (the play
 * screen: once the feedback is painted, so the two do not compete).
 */
export async function recordAnswer(db: FcoDatabase, input: AnswerInput, now = Date.now(), later = (followUp: () => void) => followUp()): Promise<RecordedAnswer> {
  const answer = await storeAnswer(db, input, now);
  const aggregatesKept = new Promise<void>((resolve) => {
    const followUp = () => {
      keepAggregates(db).then(
        () => resolve(),
        () => resolve(),
      );
    };
    try {
      later(followUp);
    } catch {
      followUp();
    }
  });
  return { answer, aggregatesKept };
}

/**
 * The answer's own transaction, over the attempt and its answers, in one round trip: the read of the attempt and
 * the writes (the answer and, for a practice answer, the note that it waits to be folded into its review card and
 * day tally) are issued at once, and the transaction is aborted if the attempt has moved on. The unique
 * [attemptId+position] index refuses a second answer at the same place (another tab answered first). Moving past
 * the statement (test mode) needs the attempt as stored, so it follows the read.
 */
export async function storeAnswer(db: FcoDatabase, input: AnswerInput, now = Date.now()): Promise<AnswerRecord> {
  const held = input.attempt;
  const ref = held.items[input.position];
  if (!ref) throw new StaleAttemptError();
  const answer: AnswerRecord = {
    id: newId(),
    profileId: held.profileId,
    setId: ref.setId,
    itemId: ref.itemId,
    attemptId: held.id,
    position: input.position,
    chosen: input.chosen,
    correct: input.correct,
    mode: held.mode,
    answeredAt: now,
  };
  try {
    return await db.transaction('rw', [db.attempts, db.answers, db.unfoldedAnswers], async () => {
      const writes = [db.answers.add(answer), ...(countsAsPractice(answer) ? [db.unfoldedAnswers.add({ id: answer.id })] : [])];
      const [attempt] = await Promise.all([db.attempts.get(held.id), ...writes]);
      if (!attempt || attempt.position !== input.position || attempt.finishedAt !== null) throw new StaleAttemptError();
      // The learner was merged into another since the screen read the attempt (another tab): the answer is theirs.
      if (attempt.profileId !== answer.profileId) {
        answer.profileId = attempt.profileId;
        await db.answers.put(answer);
      }
      if (input.advance) await db.attempts.put({ ...attempt, ...advanced(attempt, now) });
      return answer;
    });
  } catch (error) {
    if ((error as { name?: unknown }).name === 'ConstraintError') throw new StaleAttemptError();
    throw error;
  }
}

/** Moves past an answered statement; a no-op when another tab already did. */
export async function advanceAttempt(db: FcoDatabase, attemptId: string, fromPosition: number, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.attempts, db.answers, async () => {
    const attempt = await db.attempts.get(attemptId);
    if (!attempt || attempt.position !== fromPosition) return;
    const answered = await db.answers.where('[attemptId+position]').equals([attemptId, fromPosition]).count();
    if (!answered) throw new StaleAttemptError();
    await db.attempts.update(attemptId, advanced(attempt, now));
  });
}

function advanced(attempt: AttemptRecord, now: number): Partial<AttemptRecord> {
  const position = attempt.position + 1;
  return { position, updatedAt: now, finishedAt: position >= attempt.items.length ? now : null };
}
