import { LABELS, type CheckUpForm, type Label } from './quiz-schema';
import { CHECK_UP_SIZE, PRACTICE_BEFORE_SECOND_CHECK_UP } from './check-up';

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
