import type { CheckUpForm, Quiz } from './quiz-schema';

/** Statements in one form of a check-up, and the fewest answered on each side before a gain is shown. */
export const CHECK_UP_SIZE = 12;
/** Practice answers after the first check-up before the second is offered. */
export const PRACTICE_BEFORE_SECOND_CHECK_UP = 40;

export function isCheckUp(quiz: Pick<Quiz, 'purpose'>): boolean {
  return quiz.purpose === 'check-up';
}

/** 32-bit FNV-1a: the same learner id gives the same number on every device and in every version. */
function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Half the learners take form A first, the others form B, so a harder form cannot pass for a gain or a loss. */
export function checkUpOrder(learnerId: string): readonly [CheckUpForm, CheckUpForm] {
  return stableHash(learnerId) % 2 === 0 ? ['A', 'B'] : ['B', 'A'];
}

/** Check-up answers measure the skill; they never enter practice figures, review cards or day tallies. */
export const countsAsPractice = (answer: { mode?: string }): boolean => answer.mode !== 'check-up';
