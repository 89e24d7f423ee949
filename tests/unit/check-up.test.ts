import { describe, expect, it } from 'vitest';
import { CHECK_UP_SIZE, checkUpOrder, PRACTICE_BEFORE_SECOND_CHECK_UP } from '../../src/domain/check-up';
import { classCheckUp, normalizedGain, practiceAround, scoreCheckUps, type CheckUpAnswer, type PracticeAround } from '../../src/domain/check-up-score';
import type { CheckUpForm, Label } from '../../src/domain/quiz-schema';

const KEY: Label[] = ['fact', 'fact', 'fact', 'fact', 'claim', 'claim', 'claim', 'claim', 'opinion', 'opinion', 'opinion', 'opinion'];

/** A whole form answered from `start`: `chosen[i]` for statement i, judged against KEY. */
function take(form: CheckUpForm, chosen: readonly Label[], start: number): CheckUpAnswer[] {
  return chosen.map((label, index) => ({ form, itemId: `i${index + 1}`, expected: KEY[index]!, chosen: label, correct: label === KEY[index], answeredAt: start + index }));
}

/** A learner whose first check-up came before any practice. */
const fromTheStart = (): PracticeAround => ({ before: false, between: 0 });

describe('check-up order', () => {
  it('is stable for a learner and splits learners between A-first and B-first', () => {
    expect(checkUpOrder('learner-1')).toEqual(checkUpOrder('learner-1'));
    const firsts = Array.from({ length: 200 }, (_, index) => checkUpOrder(`profile-${index}`)[0]);
    const aFirst = firsts.filter((form) => form === 'A').length;
    expect(aFirst).toBeGreaterThan(70);
    expect(aFirst).toBeLessThan(130);
    for (const order of [checkUpOrder('x'), checkUpOrder('y')]) expect([...order].sort()).toEqual(['A', 'B']);
  });
});

describe('one learner before and after', () => {
  // Before (form B, taken first): facts 4/4, claims 2/4 (two taken for facts), opinions 1/4 (three taken for facts).
  const before = take('B', ['fact', 'fact', 'fact', 'fact', 'claim', 'claim', 'fact', 'fact', 'opinion', 'fact', 'fact', 'fact'], 1_000);
  // After (form A): facts 4/4, claims 4/4, opinions 3/4 (one taken for a claim).
  const after = take('A', ['fact', 'fact', 'fact', 'fact', 'claim', 'claim', 'claim', 'claim', 'opinion', 'opinion', 'opinion', 'claim'], 9_000);

  it('scores each side per label, with its confusions, and the normalized gain worked by hand', () => {
    const outcome = scoreCheckUps([...after, ...before], fromTheStart);
    expect(outcome.before).toMatchObject({ form: 'B', answered: 12, correct: 7 });
    expect(outcome.before?.byLabel).toEqual({ fact: { correct: 4, total: 4 }, claim: { correct: 2, total: 4 }, opinion: { correct: 1, total: 4 } });
    expect(outcome.before?.confusions).toEqual([
      { expected: 'opinion', chosen: 'fact', count: 3 },
      { expected: 'claim', chosen: 'fact', count: 2 },
    ]);
    expect(outcome.after).toMatchObject({ form: 'A', answered: 12, correct: 11 });
    expect(outcome.after?.confusions).toEqual([{ expected: 'opinion', chosen: 'claim', count: 1 }]);
    // (11/12 − 7/12) / (1 − 7/12) = (4/12) / (5/12) = 0.8
    expect(outcome.gain).toBeCloseTo(0.8, 10);
  });

  it('counts a statement by its first answer only', () => {
    const retry = { ...after[11]!, chosen: 'opinion' as const, correct: true, answeredAt: 20_000 };
    expect(scoreCheckUps([...before, ...after, retry], fromTheStart).after?.correct).toBe(11);
  });

  it('shows no gain with one check-up, or with fewer than twelve answers on a side', () => {
    expect(scoreCheckUps(before, fromTheStart)).toMatchObject({ after: null, gain: null });
    const short = scoreCheckUps([...before, ...after.slice(0, CHECK_UP_SIZE - 1)], fromTheStart);
    expect(short.after?.answered).toBe(11);
    expect(short.gain).toBeNull();
  });

  it('has no gain to show when the first check-up was already all right', () => {
    expect(normalizedGain(1, 1)).toBeNull();
    expect(scoreCheckUps([...take('A', KEY, 0), ...take('B', KEY, 100)], fromTheStart).gain).toBeNull();
  });
});

describe('a class', () => {
  it('averages per label over the learners with both sides, and takes the gain of the averages', () => {
    const ana = scoreCheckUps([...take('A', ['fact', 'fact', 'fact', 'fact', 'fact', 'fact', 'fact', 'fact', 'fact', 'fact', 'fact', 'fact'], 0), ...take('B', KEY, 100)], fromTheStart);
    const ben = scoreCheckUps([...take('B', ['fact', 'fact', 'fact', 'fact', 'claim', 'claim', 'fact', 'fact', 'fact', 'fact', 'fact', 'fact'], 0), ...take('A', ['fact', 'fact', 'fact', 'fact', 'claim', 'claim', 'claim', 'claim', 'fact', 'fact', 'opinion', 'opinion'], 100)], fromTheStart);
    const onlyOne = scoreCheckUps(take('A', KEY, 0), fromTheStart);
    const result = classCheckUp([ana, ben, onlyOne]);
    expect(result.learners).toBe(2);
    // Before: Ana 4/12, Ben 6/12 → mean 5/12. After: Ana 12/12, Ben 10/12 → mean 11/12.
    expect(result.before?.overall).toBeCloseTo(5 / 12, 10);
    expect(result.after?.overall).toBeCloseTo(11 / 12, 10);
    expect(result.gain?.overall).toBeCloseTo((11 / 12 - 5 / 12) / (1 - 5 / 12), 10);
    // Claims before: Ana 0/4, Ben 2/4 → 0.25; after: 4/4 and 4/4 → 1; gain (1 − 0.25) / 0.75 = 1.
    expect(result.before?.byLabel.claim).toBeCloseTo(0.25, 10);
    expect(result.gain?.byLabel.claim).toBeCloseTo(1, 10);
    // Facts were all right before for both: no room, no gain.
    expect(result.gain?.byLabel.fact).toBeNull();
    // Opinions: before 0 and 0; after Ana 4/4, Ben 2/4 → 0.75.
    expect(result.gain?.byLabel.opinion).toBeCloseTo(0.75, 10);
  });

  it('has nothing to show when nobody took both', () => {
    expect(classCheckUp([scoreCheckUps(take('A', KEY, 0), fromTheStart)])).toEqual({ learners: 0, before: null, after: null, gain: null });
  });
});

describe('a learner who had practised before the first check-up', () => {
  const first = take('A', ['fact', 'fact', 'fact', 'fact', 'claim', 'fact', 'fact', 'fact', 'opinion', 'fact', 'fact', 'fact'], 1_000);
  const second = take('B', KEY, 90_000);

  it('has a gain only with at least the set amount of practice between the two check-ups', () => {
    const little = scoreCheckUps([...first, ...second], () => ({ before: true, between: PRACTICE_BEFORE_SECOND_CHECK_UP - 1 }));
    expect(little).toMatchObject({ before: { correct: 6 }, after: { correct: 12 }, gain: null });
    const enough = scoreCheckUps([...first, ...second], () => ({ before: true, between: PRACTICE_BEFORE_SECOND_CHECK_UP }));
    // (12/12 − 6/12) / (1 − 6/12) = 1
    expect(enough.gain).toBeCloseTo(1, 10);
    expect(classCheckUp([little])).toMatchObject({ learners: 0 });
    expect(classCheckUp([enough])).toMatchObject({ learners: 1 });
  });

  it('reads the practice around the check-ups from practice answer times: before the first begins, between the end of the first and the start of the second', () => {
    const outcome = scoreCheckUps([...first, ...second], fromTheStart);
    const between = Array.from({ length: 45 }, (_, index) => 2_000 + index);
    expect(practiceAround([], outcome.before, outcome.after)).toEqual({ before: false, between: 0 });
    expect(practiceAround([999, 1_005, 90_011], outcome.before, outcome.after), 'one answered before it began; none between its end (1 011) and the second’s start').toEqual({ before: true, between: 0 });
    expect(practiceAround([...between, 5, 95_000], outcome.before, outcome.after)).toEqual({ before: true, between: PRACTICE_BEFORE_SECOND_CHECK_UP });
    expect(practiceAround([1_012, 1_013], outcome.before, null), 'with one check-up, everything since it').toEqual({ before: false, between: 2 });
    expect(practiceAround([7], null, null)).toEqual({ before: true, between: 0 });
  });
});
