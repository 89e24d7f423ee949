import type { Label, Quiz } from '../domain/quiz-schema';
import type { QuizDraft } from '../domain/quiz-draft';

import type { ItemRef } from '../domain/statement-key';
import type { SessionMode } from '../domain/session-mode';
import type { ClassAnswer } from '../domain/class-table';
import type { DayStat, ReviewCard } from '../domain/answer-aggregates';

export type { ItemRef } from '../domain/statement-key';
export type { SessionMode } from '../domain/session-mode';

export interface AnswerRecord {
  /** Stable across export and import, so merging the same answers twice counts them once. */
  id: string;
  profileId: string;
  setId: string;
  itemId: string;
  attemptId: string;
  /** Index of the statement within its attempt. */
  position: number;
  chosen: Label;
  correct: boolean;
  mode: SessionMode;
  answeredAt: number;
}

export interface AttemptRecord {
  id: string;
  profileId: string;
  /** The set played, or `mixed` for a session drawn across sets. */
  setId: string;
  mode: SessionMode;
  items: ItemRef[];
  /** Index of the statement on screen; equals items.length once finished. */
  position: number;
  startedAt: number;
  /** When the attempt was started, moved on or abandoned (an answer alone lands in answers, not here). */
  updatedAt: number;
  finishedAt: number | null;
  abandonedAt: number | null;
}

export interface ProfileRecord {
  id: string;
  name: string;
  /** One of PROFILE_PICTURES, for learners who do not read yet. */
  picture: string;
  createdAt: number;
  /** The interface language this learner chose last; the device's choice applies until they choose. */
  language?: string;
}

export interface SettingRecord {
  key: string;
  value: string;
}

export interface StoredQuizRecord {
  id: string;
  quiz: Quiz;
  createdAt: number;
  updatedAt: number;
}

/** A set as the teacher is writing it; may be incomplete. Its valid versions are copied to quizSets. */
export interface TeacherDraftRecord {
  id: string;
  draft: QuizDraft;
  updatedAt: number;
}

/** A learner's kept tally and review schedule for one statement (the reviewCards table). */
export type ReviewCardRecord = ReviewCard;
/** A learner's answers on one local day (the dayStats table). */
export type DayStatRecord = DayStat;
/**
 * An answer stored but not yet folded into its review card and day tally, keyed by the answer's id. Written in the
 * answer's own transaction and deleted in the one that folds it, so an answer is folded once: never twice, never lost.
 */
export interface UnfoldedAnswerRecord {
  id: string;
}
/** An answer gathered on the teacher's device from a result file or QR code; keyed by the answer's own id. */
export type ClassAnswerRecord = ClassAnswer;
