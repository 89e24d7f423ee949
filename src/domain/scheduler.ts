import { createEmptyCard, fsrs, Rating, State, type Card } from 'ts-fsrs';
import { dayKey } from './day-key';

export { dayKey };

/** Day-level intervals without fuzz: a statement answered wrongly comes back the next day, then at growing intervals. */
const scheduler = fsrs({ enable_short_term: false, enable_fuzz: false });

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
    learning_steps: 0,
    state: state.state as State,
    last_review: state.lastReview === null ? undefined : new Date(state.lastReview),
  };
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
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
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
