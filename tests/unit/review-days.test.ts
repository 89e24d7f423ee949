import { afterEach, describe, expect, test } from 'vitest';
import { dayKey, isDue, scheduleAnswer } from '../../src/domain/scheduler';

const ZONES = ['UTC', 'Asia/Baghdad', 'America/Mexico_City', 'Pacific/Auckland'];
const originalZone = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalZone;
});

/** A local wall-clock time in the zone the test set. */
const at = (year: number, month: number, day: number, hour: number, minute = 0) => new Date(year, month - 1, day, hour, minute).getTime();

describe.each(ZONES)('day-based review in %s', (zone) => {
  test('a statement missed at 14:30 is due from 04:00 the next local day, not 24 hours later', () => {
    process.env.TZ = zone;
    const missed = scheduleAnswer(undefined, false, at(2026, 3, 2, 14, 30));
    expect(missed.needsReview).toBe(true);
    expect(isDue(missed, at(2026, 3, 2, 23, 59)), 'not the same evening').toBe(false);
    expect(isDue(missed, at(2026, 3, 3, 3, 59)), 'not before the day starts').toBe(false);
    expect(isDue(missed, at(2026, 3, 3, 4, 0))).toBe(true);
    expect(isDue(missed, at(2026, 3, 3, 8, 0)), 'a class that meets earlier the next day').toBe(true);
    expect(new Date(missed.due).getHours()).toBe(4);
  });

  test('late-night study counts for the evening before: missed at 01:30, due from 04:00 that same morning', () => {
    process.env.TZ = zone;
    const night = at(2026, 1, 6, 1, 30);
    expect(dayKey(night)).toBe('2026-01-05');
    expect(dayKey(at(2026, 1, 6, 4, 0))).toBe('2026-01-06');
    const missed = scheduleAnswer(undefined, false, night);
    expect(missed.due).toBe(at(2026, 1, 6, 4, 0));
  });

  test('put right in "Try missed again" the same day: back for review the next day, as FSRS relearning gives', () => {
    process.env.TZ = zone;
    const missed = scheduleAnswer(undefined, false, at(2026, 3, 2, 14, 30));
    const putRight = scheduleAnswer(missed, true, at(2026, 3, 2, 14, 40));
    expect(putRight.needsReview).toBe(true);
    expect(isDue(putRight, at(2026, 3, 3, 8, 0)), 'due the next morning, not +73 h').toBe(true);
    expect(isDue(putRight, at(2026, 3, 2, 23, 0))).toBe(false);
    const reviewed = scheduleAnswer(putRight, true, at(2026, 3, 3, 8, 0));
    expect(reviewed.due, 'a right review the next day moves it on to a later day').toBeGreaterThanOrEqual(at(2026, 3, 4, 4, 0));
    expect(new Date(reviewed.due).getHours()).toBe(4);
  });
});

test('across the change to summer time the due day still starts at 04:00', () => {
  process.env.TZ = 'Europe/Madrid';
  const missed = scheduleAnswer(undefined, false, at(2026, 3, 28, 20, 0));
  expect(missed.due).toBe(at(2026, 3, 29, 4, 0));
});
