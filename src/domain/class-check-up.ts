import { countsAsPractice, isCheckUp } from './check-up';
import { canCompare, classCheckUp, hasBothSides, practiceAround, scoreCheckUps, type CheckUpAnswer, type CheckUpOutcome, type ClassCheckUp } from './check-up-score';
import type { ClassAnswer } from './class-table';
import type { Quiz } from './quiz-schema';
import { isAccepted } from './scoring';

export interface LearnerCheckUps {
  learnerKey: string;
  name: string;
  deviceName: string;
  /** The language of the check-ups taken: a learner who took them in two languages has a row for each. */
  language: string;
  outcome: CheckUpOutcome;
}

export interface ClassCheckUps {
  learners: LearnerCheckUps[];
  /** The class's averages and gain, from the rows with both check-ups complete. */
  class: ClassCheckUp;
  /** Check-up answers this device cannot score: their check-up set (or statement) is not here. */
  unscored: number;
}

/** Why a row shows no gain, or null when it shows one. */
export type NoGainReason = 'one-check-up' | 'too-few' | 'little-practice' | 'no-room';

export function whyNoGain(outcome: CheckUpOutcome): NoGainReason | null {
  if (outcome.after === null) return 'one-check-up';
  if (!hasBothSides(outcome)) return 'too-few';
  if (!canCompare(outcome)) return 'little-practice';
  return outcome.gain === null ? 'no-room' : null;
}

/**
 * The check-up answers gathered from result files, per learner and language, scored by the key of the check-up sets
 * on this device (each statement by its first answer), and the class's before, after and gain. The learner's
 * practice answers among them say whether practice came before the first check-up and how much came between.
 */
export function buildClassCheckUps(answers: readonly ClassAnswer[], sets: readonly Quiz[]): ClassCheckUps {
  const checkUps = new Map(sets.filter(isCheckUp).map((quiz) => [quiz.id, { quiz, items: new Map(quiz.items.map((item) => [item.id, item])) }]));
  const rows = new Map<string, Omit<LearnerCheckUps, 'outcome'> & { answers: CheckUpAnswer[]; latest: number }>();
  const practiceTimes = new Map<string, number[]>();
  let unscored = 0;
  for (const answer of answers) {
    if (countsAsPractice(answer)) {
      const times = practiceTimes.get(answer.learnerKey) ?? [];
      times.push(answer.answeredAt);
      practiceTimes.set(answer.learnerKey, times);
      continue;
    }
    const set = checkUps.get(answer.setId);
    const item = set?.items.get(answer.itemId);
    if (!set?.quiz.form || !item) {
      unscored += 1;
      continue;
    }
    const rowKey = `${answer.learnerKey}\u0000${set.quiz.language}`;
    const row = rows.get(rowKey) ?? { learnerKey: answer.learnerKey, name: answer.learnerName, deviceName: answer.deviceName, language: set.quiz.language, answers: [], latest: -Infinity };
    if (answer.answeredAt >= row.latest) Object.assign(row, { name: answer.learnerName, deviceName: answer.deviceName, latest: answer.answeredAt });
    row.answers.push({
      form: set.quiz.form,
      itemId: `${answer.setId}\u0000${answer.itemId}`,
      expected: item.label,
      chosen: answer.chosen,
      correct: isAccepted(item, answer.chosen),
      answeredAt: answer.answeredAt,
    });
    rows.set(rowKey, row);
  }
  const learners = [...rows.values()]
    .map(({ answers: taken, latest: _latest, ...row }) => ({
      ...row,
      outcome: scoreCheckUps(taken, (before, after) => practiceAround(practiceTimes.get(row.learnerKey) ?? [], before, after)),
    }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.deviceName.localeCompare(b.deviceName) || a.language.localeCompare(b.language));
  return { learners, class: classCheckUp(learners.map((row) => row.outcome)), unscored };
}
