import type { Label, Quiz } from '../domain/quiz-schema';
import type { QuizDraft } from '../domain/quiz-draft';

/** `check-up`: a measurement, no feedback; its answers stay out of practice figures and review. */
export type SessionMode = 'practice' | 'test' | 'check-up';

export interface ItemRef {
  setId: string;
  itemId: string;
}

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
