import { createEmptyCard, fsrs, Rating, State, type Card } from 'ts-fsrs';
import { dayKey, dayStart, dayStartAfter } from './day-key';

export { dayKey };

/**
 * FSRS with its short-term steps, as Anki runs it: a miss and a right answer in the same session count as
 * relearning, so the statement comes back the next day. Due times are then rounded to whole learning days.
 */
const scheduler = fsrs({ enable_short_term: true, enable_fuzz: false });

/** The review state of one statement for one learner, kept as plain numbers so it stores and exports cleanly. */
export interface ReviewState {
  due: number;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  reps: number;
  lapses: number;
  state: number;
  /** FSRS's short-term step within learning or relearning. */
  learningSteps?: number;
  lastReview: number | null;
  /** Separate days with a right answer since the last wrong one. */
  rightDays: number;
  lastRightDay: string | null;
  /** Set once the statement was answered wrongly; cleared when it is mastered. */
  needsReview: boolean;
  mastered: boolean;
}


export const MASTERY_DAYS = 2;

function toCard(state: ReviewState | undefined, now: number): Card {
  if (!state) return createEmptyCard(new Date(now));
  return {
    due: new Date(state.due),
    stability: state.stability,
    difficulty: state.difficulty,
    elapsed_days: state.elapsedDays,
    scheduled_days: state.scheduledDays,
    reps: state.reps,
    lapses: state.lapses,
    learning_steps: state.learningSteps ?? 0,
    state: state.state as State,
    last_review: state.lastReview === null ? undefined : new Date(state.lastReview),
  };
}

/**
 * Due from the start of a learning day, never earlier than the next one: FSRS's minutes-long steps and its
 * "in 3 days at 14:31" both become "from 04:00 on that day".
 */
export function dueDay(fsrsDue: number, now: number): number {
  const days = Math.round((dayStart(fsrsDue) - dayStart(now)) / (24 * 60 * 60 * 1000));
  return dayStartAfter(now, Math.max(1, days));
}

/** The next review state after one answer. Mastered: answered right on MASTERY_DAYS separate days, with the latest answer right. */
export function scheduleAnswer(before: ReviewState | undefined, correct: boolean, now: number): ReviewState {
  const { card } = scheduler.next(toCard(before, now), new Date(now), correct ? Rating.Good : Rating.Again);
  const today = dayKey(now);
  let rightDays = before?.rightDays ?? 0;
  let lastRightDay = before?.lastRightDay ?? null;
  if (!correct) {
    rightDays = 0;
    lastRightDay = null;
  } else if (lastRightDay !== today) {
    rightDays += 1;
    lastRightDay = today;
  }
  const mastered = correct && rightDays >= MASTERY_DAYS && card.state === State.Review;
  return {
    due: dueDay(card.due.getTime(), now),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    learningSteps: card.learning_steps,
    lastReview: card.last_review ? card.last_review.getTime() : now,
    rightDays,
    lastRightDay,
    needsReview: !mastered && (!correct || (before?.needsReview ?? false)),
    mastered,
  };
}

export function isDue(state: ReviewState, now: number): boolean {
  return state.needsReview && state.due <= now;
}
