import { describe, expect, test } from 'vitest';
import { dayKey, isDue, scheduleAnswer, type ReviewState } from '../../src/domain/scheduler';

const DAY = 24 * 60 * 60 * 1000;
const monday = new Date(2026, 2, 2, 10, 0).getTime();

function answerInSequence(steps: { correct: boolean; at: number }[]): ReviewState[] {
  const states: ReviewState[] = [];
  let state: ReviewState | undefined;
  for (const step of steps) {
    state = scheduleAnswer(state, step.correct, step.at);
    states.push(state);
  }
  return states;
}

describe('spaced review scheduler', () => {
  test('a wrong answer comes back for review the next day, not before', () => {
    const state = scheduleAnswer(undefined, false, monday);
    expect(state.needsReview).toBe(true);
    expect(isDue(state, monday + DAY / 2)).toBe(false);
    expect(isDue(state, monday + DAY)).toBe(true);
  });

  test('a right first answer never waits for review', () => {
    const state = scheduleAnswer(undefined, true, monday);
    expect(state.needsReview).toBe(false);
    expect(isDue(state, monday + 365 * DAY)).toBe(false);
  });

  test('each right review moves the next one further away', () => {
    const first = scheduleAnswer(undefined, false, monday);
    const second = scheduleAnswer(first, true, first.due);
    const third = scheduleAnswer(second, true, second.due);
    const gaps = [first.due - monday, second.due - first.due, third.due - second.due];
    expect(first.due, 'from 04:00 the next day').toBe(new Date(2026, 2, 3, 4, 0).getTime());
    expect(gaps[1]).toBeGreaterThan(gaps[0] as number);
    expect(gaps[2]).toBeGreaterThan(gaps[1] as number);
  });

  test('mastered only after right answers on two separate days, and a wrong answer undoes it', () => {
    const [wrong, rightSameDay, rightAgainSameDay, rightNextDay, wrongLater] = answerInSequence([
      { correct: false, at: monday },
      { correct: true, at: monday + 60_000 },
      { correct: true, at: monday + 120_000 },
      { correct: true, at: monday + 2 * DAY },
      { correct: false, at: monday + 9 * DAY },
    ]);
    expect(wrong?.mastered).toBe(false);
    expect(rightSameDay?.mastered).toBe(false);
    expect(rightAgainSameDay?.mastered).toBe(false);
    expect(rightAgainSameDay?.needsReview).toBe(true);
    expect(rightNextDay?.mastered).toBe(true);
    expect(rightNextDay?.needsReview).toBe(false);
    expect(wrongLater?.mastered).toBe(false);
    expect(wrongLater?.needsReview).toBe(true);
  });

  test('days follow the local calendar, starting at 04:00', () => {
    expect(dayKey(new Date(2026, 0, 5, 23, 59).getTime())).toBe('2026-01-05');
    expect(dayKey(new Date(2026, 0, 6, 3, 59).getTime())).toBe('2026-01-05');
    expect(dayKey(new Date(2026, 0, 6, 4, 1).getTime())).toBe('2026-01-06');
  });
});
