import type * as v from 'valibot';
import type { QuizSchema } from './quiz-valibot';

export const LABELS = ['fact', 'claim', 'opinion'] as const;
export type Label = (typeof LABELS)[number];

export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

export const CUE_KINDS = [
  'attribution',
  'vague-source',
  'passive',
  'evaluative',
  'loaded',
  'hedge',
  'modal',
  'rhetorical',
  'framing',
  'checkable',
] as const;
export type CueKind = (typeof CUE_KINDS)[number];

export const QUIZ_SCHEMA_VERSION = 1;
export const MAX_ITEMS = 5_000;
export const MAX_SET_ID_LENGTH = 80;

/** The publisher named by the practice texts written for this app (their people and places are invented). */
export const OWN_PUBLISHER = 'Fact · Claim · Opinion';

/** Steps of the learning path, easiest first; the real article is the last. */
export const LEVELS = [1, 2, 3, 4, 5, 6] as const;
export type Level = (typeof LEVELS)[number];

/** A set is for practice unless it is a check-up: statements kept apart from practice, to measure the skill. */
export const PURPOSES = ['practice', 'check-up'] as const;
export type Purpose = (typeof PURPOSES)[number];

/** A check-up comes in two parallel forms, so the second measurement is on statements never seen before. */
export const CHECK_UP_FORMS = ['A', 'B'] as const;
export type CheckUpForm = (typeof CHECK_UP_FORMS)[number];

/** A set id: lowercase Latin letters and digits in words joined by single hyphens. */
export const SET_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export type Quiz = v.InferOutput<typeof QuizSchema>;
export type QuizItem = Quiz['items'][number];
export type Passage = Quiz['passages'][number];
export type Cue = NonNullable<QuizItem['cues']>[number];
export type Explanation = QuizItem['explanation'];
export type Source = Quiz['source'];
