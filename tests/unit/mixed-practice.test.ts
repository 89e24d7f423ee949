import { describe, expect, test } from 'vitest';
import { drawMixed } from '../../src/domain/mixed-practice';
import type { Label } from '../../src/domain/quiz-schema';

const pool = (counts: Record<Label, number>) =>
  (Object.entries(counts) as [Label, number][]).flatMap(([label, count]) => Array.from({ length: count }, (_, index) => ({ id: `${label}-${index}`, label })));

const tally = (drawn: { label: Label }[]) => drawn.reduce<Record<string, number>>((counts, { label }) => ({ ...counts, [label]: (counts[label] ?? 0) + 1 }), {});

describe('drawMixed', () => {
  test('draws 15 distinct statements, five of each label when the pool allows', () => {
    const drawn = drawMixed(pool({ fact: 18, claim: 20, opinion: 20 }));
    expect(drawn).toHaveLength(15);
    expect(new Set(drawn.map((entry) => entry.id)).size).toBe(15);
    expect(tally(drawn)).toEqual({ fact: 5, claim: 5, opinion: 5 });
  });

  test('fills from the other labels when one label runs short', () => {
    const drawn = drawMixed(pool({ fact: 2, claim: 20, opinion: 20 }));
    expect(drawn).toHaveLength(15);
    expect(tally(drawn).fact).toBe(2);
    expect(Math.abs((tally(drawn).claim ?? 0) - (tally(drawn).opinion ?? 0))).toBeLessThanOrEqual(1);
  });

  test('is new each time and never more than the pool', () => {
    const big = pool({ fact: 20, claim: 20, opinion: 20 });
    const first = drawMixed(big).map((entry) => entry.id).join();
    const draws = new Set(Array.from({ length: 5 }, () => drawMixed(big).map((entry) => entry.id).join()));
    draws.add(first);
    expect(draws.size).toBeGreaterThan(1);
    expect(drawMixed(pool({ fact: 1, claim: 1, opinion: 1 }))).toHaveLength(3);
  });
});
