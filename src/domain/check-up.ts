import { LABELS, type CheckUpForm, type Label, type Quiz } from './quiz-schema';

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
}

export interface CheckUpOutcome {
  before: CheckUpScore | null;
  after: CheckUpScore | null;
  /** Normalized gain; null unless both sides have at least CHECK_UP_SIZE answers and there was room to improve. */
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
  };
}

/** One learner's check-ups: the form begun first is "before", the other "after"; retakes count by first answers. */
export function scoreCheckUps(answers: readonly CheckUpAnswer[]): CheckUpOutcome {
  const sides = (['A', 'B'] as const)
    .map((form) => answers.filter((answer) => answer.form === form))
    .filter((formAnswers) => formAnswers.length > 0)
    .map((formAnswers) => scoreForm(formAnswers[0]!.form, formAnswers))
    .sort((a, b) => a.startedAt - b.startedAt);
  const before = sides[0] ?? null;
  const after = sides[1] ?? null;
  const outcome = { before, after, gain: null };
  return hasBothSides(outcome) ? { ...outcome, gain: normalizedGain(outcome.before.correct / outcome.before.answered, outcome.after.correct / outcome.after.answered) } : outcome;
}

/** Both check-ups taken, each with at least CHECK_UP_SIZE statements answered: only then may a change be shown. */
export function hasBothSides(outcome: CheckUpOutcome): outcome is CheckUpOutcome & { before: CheckUpScore; after: CheckUpScore } {
  const { before, after } = outcome;
  return before !== null && after !== null && before.answered >= CHECK_UP_SIZE && after.answered >= CHECK_UP_SIZE;
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

/** A class's before and after, from the learners whose gain can be shown (both sides complete). */
export function classCheckUp(outcomes: readonly CheckUpOutcome[]): ClassCheckUp {
  const both = outcomes.filter(hasBothSides);
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
