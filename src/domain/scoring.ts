import { LABELS, type Label, type QuizItem } from './quiz-schema';

export function isAccepted(item: Pick<QuizItem, 'label' | 'alsoAccept'>, chosen: Label): boolean {
  return chosen === item.label || chosen === item.alsoAccept;
}

export interface ScoredAnswer {
  label: Label;
  correct: boolean;
}

export interface LabelTally {
  total: number;
  correct: number;
}

export interface ScoreSummary {
  total: number;
  correct: number;
  byLabel: Record<Label, LabelTally>;
}

export function summarize(answers: readonly ScoredAnswer[]): ScoreSummary {
  const byLabel = Object.fromEntries(LABELS.map((label) => [label, { total: 0, correct: 0 }])) as Record<Label, LabelTally>;
  let correct = 0;
  for (const answer of answers) {
    byLabel[answer.label].total += 1;
    if (answer.correct) {
      byLabel[answer.label].correct += 1;
      correct += 1;
    }
  }
  return { total: answers.length, correct, byLabel };
}

/** An answer judged against the key: the one place an answer's rightness is decided. */
export function judgeAnswer(item: Pick<QuizItem, 'label' | 'alsoAccept'>, chosen: Label): { chosen: Label; correct: boolean } {
  return { chosen, correct: isAccepted(item, chosen) };
}

export type Verdict = 'right' | 'alsoRight' | 'wrong';

/** How a judged answer reads to the learner: right, right by the second accepted label, or wrong. */
export function verdictOf(item: Pick<QuizItem, 'label'>, answer: { chosen: Label; correct: boolean }): Verdict {
  if (!answer.correct) return 'wrong';
  return answer.chosen === item.label ? 'right' : 'alsoRight';
}
