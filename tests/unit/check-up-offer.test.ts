import { describe, expect, test } from 'vitest';
import { checkUpOrder, PRACTICE_BEFORE_SECOND_CHECK_UP } from '../../src/domain/check-up';
import { checkUpOffer, pickCheckUpForm, toCheckUpAnswers, type CheckUpHistory } from '../../src/domain/check-up-offer';
import { checkQuiz } from '../../src/domain/validate-quiz';
import { checkUpFixture } from './check-up-fixtures';

/** Two learner ids the stable hash sends different ways, found rather than assumed. */
const idWithOrder = (first: 'A' | 'B') => {
  for (let n = 0; ; n += 1) if (checkUpOrder(`learner-${n}`)[0] === first) return `learner-${n}`;
};
const history = (learnerId: string, rest: Partial<CheckUpHistory> = {}): CheckUpHistory => ({
  learnerId,
  taken: [],
  open: null,
  skippedAt: null,
  practiceSince: 0,
  practisedBefore: false,
  teacherOfferedAt: null,
  ...rest,
});

describe.each(['A', 'B'] as const)('a learner whose hash gives form %s first', (first) => {
  const learner = idWithOrder(first);
  const second: 'A' | 'B' = first === 'A' ? 'B' : 'A';

  test('a new learner is offered the first form', () => {
    expect(checkUpOffer(history(learner))).toEqual({ kind: 'first', form: first });
  });

  test(`the second form comes after ${PRACTICE_BEFORE_SECOND_CHECK_UP} practice answers, not one before`, () => {
    const taken = [{ form: first, finishedAt: 1000 }];
    expect(checkUpOffer(history(learner, { taken, practiceSince: PRACTICE_BEFORE_SECOND_CHECK_UP - 1 }))).toBeNull();
    expect(checkUpOffer(history(learner, { taken, practiceSince: PRACTICE_BEFORE_SECOND_CHECK_UP }))).toEqual({ kind: 'second', form: second });
  });

  test('the teacher’s offer brings the second form at once, but only an offer made after the first check-up', () => {
    const taken = [{ form: first, finishedAt: 1000 }];
    expect(checkUpOffer(history(learner, { taken, teacherOfferedAt: 999 }))).toBeNull();
    expect(checkUpOffer(history(learner, { taken, teacherOfferedAt: 1001 }))).toEqual({ kind: 'second', form: second });
  });

  test('after both forms nothing more is offered', () => {
    const taken = [
      { form: first, finishedAt: 1000 },
      { form: second, finishedAt: 2000 },
    ];
    expect(checkUpOffer(history(learner, { taken, practiceSince: 500, teacherOfferedAt: 3000 }))).toBeNull();
  });

  test('"Not now" hides the offer until practice or the teacher brings it back: after practice, as where the learner stands now', () => {
    expect(checkUpOffer(history(learner, { skippedAt: 1000, practiceSince: PRACTICE_BEFORE_SECOND_CHECK_UP - 1, practisedBefore: true }))).toBeNull();
    expect(checkUpOffer(history(learner, { skippedAt: 1000, teacherOfferedAt: 900 }))).toBeNull();
    expect(checkUpOffer(history(learner, { skippedAt: 1000, practiceSince: PRACTICE_BEFORE_SECOND_CHECK_UP, practisedBefore: true }))).toEqual({ kind: 'now', form: first });
    expect(checkUpOffer(history(learner, { skippedAt: 1000, teacherOfferedAt: 1100 })), 'no practice yet: still where they start').toEqual({ kind: 'first', form: first });
  });

  test('a learner who has practised (before check-ups came to the app) is offered the first check-up as where they stand now', () => {
    expect(checkUpOffer(history(learner, { practisedBefore: true }))).toEqual({ kind: 'now', form: first });
  });

  test('a learner who skipped, practised and took one check-up is offered the other form after more practice, never the same one', () => {
    const taken = [{ form: first, finishedAt: 5000 }];
    expect(checkUpOffer(history(learner, { skippedAt: 1000, taken, practisedBefore: true, practiceSince: PRACTICE_BEFORE_SECOND_CHECK_UP - 1 }))).toBeNull();
    expect(checkUpOffer(history(learner, { skippedAt: 1000, taken, practisedBefore: true, practiceSince: PRACTICE_BEFORE_SECOND_CHECK_UP }))).toEqual({ kind: 'second', form: second });
    expect(checkUpOffer(history(learner, { skippedAt: 1000, taken, practisedBefore: true, teacherOfferedAt: 6000 }))).toEqual({ kind: 'second', form: second });
    // One taken in the other form (say, from My progress in another order): the second is still the form not taken.
    const other = [{ form: second, finishedAt: 5000 }];
    expect(checkUpOffer(history(learner, { skippedAt: 1000, taken: other, practisedBefore: true, practiceSince: 100 }))).toEqual({ kind: 'second', form: first });
  });

  test('a check-up begun is continued before anything else', () => {
    const open = { attemptId: 'a1', position: 3, total: 12 };
    expect(checkUpOffer(history(learner, { open }))).toEqual({ kind: 'continue', ...open });
    expect(checkUpOffer(history(learner, { open, skippedAt: 5 }))).toEqual({ kind: 'continue', ...open });
  });
});

test('the test fixture is a valid check-up form', () => {
  expect(checkQuiz(checkUpFixture('A')).ok).toBe(true);
  expect(checkQuiz(checkUpFixture('B', 'ar')).ok).toBe(true);
});

describe('which set a form is, and how its answers are scored', () => {
  const quizzes = [checkUpFixture('A', 'en'), checkUpFixture('B', 'en'), checkUpFixture('A', 'ar'), checkUpFixture('B', 'es-MX')];

  test('the form in the learner’s language, by its base language; else English; never a practice set', () => {
    expect(pickCheckUpForm(quizzes, 'ar', 'A')?.id).toBe('ar-check-up-a');
    expect(pickCheckUpForm(quizzes, 'es', 'B')?.id).toBe('es-MX-check-up-b');
    expect(pickCheckUpForm(quizzes, 'ar', 'B')?.id).toBe('en-check-up-b');
    expect(pickCheckUpForm([{ ...checkUpFixture('A'), purpose: undefined, form: undefined }], 'en', 'A')).toBeNull();
  });

  test('answers are judged against the key on this device, and answers to other sets are left out', () => {
    const [formA] = quizzes;
    const answers = toCheckUpAnswers(
      [
        { setId: 'en-check-up-a', itemId: 'i1', chosen: 'fact', answeredAt: 1 },
        { setId: 'en-check-up-a', itemId: 'i5', chosen: 'fact', answeredAt: 2 },
        { setId: 'en-1-who-says-so', itemId: 'i1', chosen: 'fact', answeredAt: 3 },
        { setId: 'en-check-up-a', itemId: 'gone', chosen: 'fact', answeredAt: 4 },
      ],
      quizzes,
    );
    expect(formA!.items[0]!.label).toBe('fact');
    expect(formA!.items[4]!.label).toBe('claim');
    expect(answers).toEqual([
      { form: 'A', itemId: 'en-check-up-a/i1', expected: 'fact', chosen: 'fact', correct: true, answeredAt: 1 },
      { form: 'A', itemId: 'en-check-up-a/i5', expected: 'claim', chosen: 'fact', correct: false, answeredAt: 2 },
    ]);
  });
});
