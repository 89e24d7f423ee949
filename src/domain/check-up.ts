import { LABELS, type CheckUpForm, type Label, type Quiz } from './quiz-schema';
import { isAccepted } from './scoring';

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

export interface CheckUpAnswer {
  form: CheckUpForm;
  itemId: string;
  /** The label the key gives the statement. */
  expected: Label;
  chosen: Label;
  /** Judged against the key, which may accept a second label. */
  correct: boolean;
  answeredAt: number;
}

export interface LabelScore {
  correct: number;
  total: number;
}

export interface Confusion {
  expected: Label;
  chosen: Label;
  count: number;
}

export interface CheckUpScore {
  form: CheckUpForm;
  /** Statements answered, each counted by its first answer. */
  answered: number;
  correct: number;
  byLabel: Record<Label, LabelScore>;
  /** Statements of one label taken for another, most frequent first. */
  confusions: Confusion[];
  startedAt: number;
  /** When its last counted statement was answered. */
  finishedAt: number;
}

/** The practice around a learner's check-ups, as far as the answers at hand show it. */
export interface PracticeAround {
  /** Practice answered before the first check-up began: then it is no longer a "before practice" figure. */
  before: boolean;
  /** Practice answers between the end of the first check-up and the start of the second, counted up to PRACTICE_BEFORE_SECOND_CHECK_UP. */
  between: number;
}

export interface CheckUpOutcome {
  before: CheckUpScore | null;
  after: CheckUpScore | null;
  practice: PracticeAround;
  /** Normalized gain; null unless the two check-ups can be compared (see canCompare) and there was room to improve. */
  gain: number | null;
}

/** Share of the way from the score before to a full score that was covered after: (after − before) / (1 − before). */
export function normalizedGain(beforeShare: number, afterShare: number): number | null {
  return beforeShare >= 1 ? null : (afterShare - beforeShare) / (1 - beforeShare);
}

export const shareOf = (score: LabelScore): number | null => (score.total ? score.correct / score.total : null);

function scoreForm(form: CheckUpForm, answers: readonly CheckUpAnswer[]): CheckUpScore {
  const first = new Map<string, CheckUpAnswer>();
  for (const answer of [...answers].sort((a, b) => a.answeredAt - b.answeredAt)) {
    if (!first.has(answer.itemId)) first.set(answer.itemId, answer);
  }
  const byLabel = Object.fromEntries(LABELS.map((label) => [label, { correct: 0, total: 0 }])) as Record<Label, LabelScore>;
  const confusions = new Map<string, Confusion>();
  let correct = 0;
  for (const answer of first.values()) {
    byLabel[answer.expected].total += 1;
    if (answer.correct) {
      byLabel[answer.expected].correct += 1;
      correct += 1;
    } else {
      const key = `${answer.expected}>${answer.chosen}`;
      const known = confusions.get(key) ?? { expected: answer.expected, chosen: answer.chosen, count: 0 };
      confusions.set(key, { ...known, count: known.count + 1 });
    }
  }
  return {
    form,
    answered: first.size,
    correct,
    byLabel,
    confusions: [...confusions.values()].sort((a, b) => b.count - a.count || LABELS.indexOf(a.expected) - LABELS.indexOf(b.expected)),
    startedAt: Math.min(...[...first.values()].map((answer) => answer.answeredAt)),
    finishedAt: Math.max(...[...first.values()].map((answer) => answer.answeredAt)),
  };
}

/**
 * One learner's check-ups: the form begun first is "before", the other "after"; retakes count by first answers.
 * `practiceOf` says how much practice came around the two sides (the device counts it; the class view reads it from imported answers).
 */
export function scoreCheckUps(answers: readonly CheckUpAnswer[], practiceOf: (before: CheckUpScore | null, after: CheckUpScore | null) => PracticeAround): CheckUpOutcome {
  const sides = (['A', 'B'] as const)
    .map((form) => answers.filter((answer) => answer.form === form))
    .filter((formAnswers) => formAnswers.length > 0)
    .map((formAnswers) => scoreForm(formAnswers[0]!.form, formAnswers))
    .sort((a, b) => a.startedAt - b.startedAt);
  const before = sides[0] ?? null;
  const after = sides[1] ?? null;
  const outcome = { before, after, practice: practiceOf(before, after), gain: null };
  return canCompare(outcome) ? { ...outcome, gain: normalizedGain(outcome.before.correct / outcome.before.answered, outcome.after.correct / outcome.after.answered) } : outcome;
}

/** Both check-ups taken, each with at least CHECK_UP_SIZE statements answered: only then may a change be shown. */
export function hasBothSides(outcome: CheckUpOutcome): outcome is CheckUpOutcome & { before: CheckUpScore; after: CheckUpScore } {
  const { before, after } = outcome;
  return before !== null && after !== null && before.answered >= CHECK_UP_SIZE && after.answered >= CHECK_UP_SIZE;
}

/**
 * Whether the change between the two check-ups may be shown as a gain. A first check-up before any practice is a
 * start, and the second (after practice, or when the teacher judged the class ready) measures the way from it. A first
 * check-up taken after practice had begun is only a point on the way: the change to the second says something only
 * when at least PRACTICE_BEFORE_SECOND_CHECK_UP practice answers came between them.
 */
export function canCompare(outcome: CheckUpOutcome): outcome is CheckUpOutcome & { before: CheckUpScore; after: CheckUpScore } {
  return hasBothSides(outcome) && (!outcome.practice.before || outcome.practice.between >= PRACTICE_BEFORE_SECOND_CHECK_UP);
}

/** Practice around the check-ups, from the times of a learner's practice answers (the class view's imported answers). */
export function practiceAround(practiceTimes: readonly number[], before: CheckUpScore | null, after: CheckUpScore | null): PracticeAround {
  if (!before) return { before: practiceTimes.length > 0, between: 0 };
  const between = practiceTimes.filter((time) => time > before.finishedAt && (after === null || time < after.startedAt)).length;
  return { before: practiceTimes.some((time) => time < before.startedAt), between: Math.min(between, PRACTICE_BEFORE_SECOND_CHECK_UP) };
}

export interface ClassSide {
  /** Mean share right over the learners who took both check-ups, overall and per label. */
  overall: number;
  byLabel: Record<Label, number | null>;
}

export interface ClassCheckUp {
  /** Learners with both check-ups complete; only they enter the averages. */
  learners: number;
  before: ClassSide | null;
  after: ClassSide | null;
  /** The class's normalized gain from its average shares (Hake's ⟨g⟩), overall and per label. */
  gain: { overall: number | null; byLabel: Record<Label, number | null> } | null;
}

const mean = (values: readonly number[]): number | null => (values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : null);

function classSide(scores: readonly CheckUpScore[]): ClassSide {
  return {
    overall: mean(scores.map((score) => score.correct / score.answered)) ?? 0,
    byLabel: Object.fromEntries(
      LABELS.map((label) => [label, mean(scores.map((score) => shareOf(score.byLabel[label])).filter((share) => share !== null))]),
    ) as Record<Label, number | null>,
  };
}

/** A class's before and after, from the learners whose two check-ups can be compared (see canCompare). */
export function classCheckUp(outcomes: readonly CheckUpOutcome[]): ClassCheckUp {
  const both = outcomes.filter(canCompare);
  if (!both.length) return { learners: 0, before: null, after: null, gain: null };
  const before = classSide(both.map((outcome) => outcome.before));
  const after = classSide(both.map((outcome) => outcome.after));
  const gainOf = (b: number | null, a: number | null) => (b === null || a === null ? null : normalizedGain(b, a));
  return {
    learners: both.length,
    before,
    after,
    gain: {
      overall: gainOf(before.overall, after.overall),
      byLabel: Object.fromEntries(LABELS.map((label) => [label, gainOf(before.byLabel[label], after.byLabel[label])])) as Record<Label, number | null>,
    },
  };
}

/** Check-up answers measure the skill; they never enter practice figures, review cards or day tallies. */
export const countsAsPractice = (answer: { mode?: string }): boolean => answer.mode !== 'check-up';

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
