import type { CheckUpForm, Label, Quiz } from './quiz-schema';
import { isAccepted } from './scoring';
import { checkUpOrder, isCheckUp, PRACTICE_BEFORE_SECOND_CHECK_UP } from './check-up';
import type { CheckUpAnswer } from './check-up-score';

/** One check-up this learner finished: the form and when. */
export interface TakenCheckUp {
  form: CheckUpForm;
  finishedAt: number;
}

/** What Home needs to know to offer a check-up. */
export interface CheckUpHistory {
  learnerId: string;
  /** Finished check-ups, oldest first. */
  taken: readonly TakenCheckUp[];
  /** A check-up begun and not finished, to continue. */
  open: { attemptId: string; position: number; total: number } | null;
  /** When the learner last pressed "Not now" on the first check-up. */
  skippedAt: number | null;
  /** Practice answers since the first check-up was finished (or, for a learner who skipped, since the skip). */
  practiceSince: number;
  /** Practice answered before the first check-up began (before now, when none was taken). */
  practisedBefore: boolean;
  /** When the teacher last offered the second check-up to every learner on the device. */
  teacherOfferedAt: number | null;
}

export type CheckUpOffer =
  | { kind: 'continue'; attemptId: string; position: number; total: number }
  /** A check-up begun whose statements changed in an app update: it can only be started again. */
  | { kind: 'restart'; attemptId: string; setId: string }
  /** Where do you start: the first check-up, before any practice. */
  | { kind: 'first'; form: CheckUpForm }
  /** The first check-up of a learner who has practised already: where they stand now, not where they started. */
  | { kind: 'now'; form: CheckUpForm }
  /** After practice: the form not taken yet, to compare with the first. */
  | { kind: 'second'; form: CheckUpForm };

/**
 * The check-up Home offers, if any. A learner with no check-up is offered the first form until they take it or say
 * "Not now" ("Where do you start?" before any practice, "Where do you stand now?" after). The form not taken yet
 * follows PRACTICE_BEFORE_SECOND_CHECK_UP practice answers after the first, or the teacher's offer made after it.
 * A learner who said "Not now" is offered the first again on those terms, counted from the skip.
 */
export function checkUpOffer(history: CheckUpHistory): Exclude<CheckUpOffer, { kind: 'restart' }> | null {
  const { open, taken, skippedAt, practiceSince, teacherOfferedAt } = history;
  if (open) return { kind: 'continue', ...open };
  const [first, second] = checkUpOrder(history.learnerId);
  const forms = new Set(taken.map((checkUp) => checkUp.form));
  if (forms.size >= 2) return null;
  const since = taken[0]?.finishedAt ?? skippedAt;
  const due = since !== null && (practiceSince >= PRACTICE_BEFORE_SECOND_CHECK_UP || (teacherOfferedAt !== null && teacherOfferedAt > since));
  if (taken.length === 0) return skippedAt === null || due ? { kind: history.practisedBefore ? 'now' : 'first', form: first } : null;
  if (!due) return null;
  return { kind: 'second', form: forms.has(first) ? second : first };
}

const baseOf = (language: string): string => language.split('-')[0]?.toLowerCase() ?? language;

/** The check-up set of this form in the learner's language, else in English, else none. */
export function pickCheckUpForm<T extends Pick<Quiz, 'purpose' | 'form' | 'language'>>(quizzes: readonly T[], language: string, form: CheckUpForm): T | null {
  const forms = quizzes.filter((quiz) => isCheckUp(quiz) && quiz.form === form);
  return forms.find((quiz) => baseOf(quiz.language) === baseOf(language)) ?? forms.find((quiz) => baseOf(quiz.language) === 'en') ?? null;
}

/** Stored check-up answers as scoring reads them, judged against the key of the set on this device; others are left out. */
export function toCheckUpAnswers(
  answers: readonly { setId: string; itemId: string; chosen: Label; answeredAt: number }[],
  quizzes: readonly Pick<Quiz, 'id' | 'purpose' | 'form' | 'items'>[],
): CheckUpAnswer[] {
  const byId = new Map(quizzes.filter(isCheckUp).map((quiz) => [quiz.id, quiz]));
  return answers.flatMap((answer) => {
    const quiz = byId.get(answer.setId);
    const item = quiz?.items.find((candidate) => candidate.id === answer.itemId);
    if (!quiz?.form || !item) return [];
    return [{ form: quiz.form, itemId: `${quiz.id}/${item.id}`, expected: item.label, chosen: answer.chosen, correct: isAccepted(item, answer.chosen), answeredAt: answer.answeredAt }];
  });
}
