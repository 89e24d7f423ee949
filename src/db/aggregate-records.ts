import type { ClassAnswer } from '../domain/class-table';
import type { Label } from '../domain/quiz-schema';
import type { ReviewState } from '../domain/scheduler';

/** One learner's kept tally and review schedule for one statement, updated with every answer. */
export interface ReviewCardRecord {
  profileId: string;
  setId: string;
  itemId: string;
  review: ReviewState;
  /** The due time while the statement waits for review; absent otherwise, so the index holds only waiting statements. */
  reviewDue?: number;
  answered: number;
  right: number;
  /** How often each label was chosen for this statement. */
  chosen: Record<Label, number>;
  lastAnsweredAt: number;
  /** Whether the latest answer (by time) was right. */
  lastCorrect: boolean;
}

/** One learner's answers on one local day, for the accuracy-over-time chart. */
export interface DayStatRecord {
  profileId: string;
  day: string;
  answered: number;
  right: number;
}

/** An answer gathered on the teacher's device from a result file or QR code; keyed by the answer's own id. */
export type ClassAnswerRecord = ClassAnswer;
