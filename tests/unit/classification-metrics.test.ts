import { describe, expect, test } from 'vitest';
import { classificationReport, type Outcome } from '../../src/domain/classification-metrics';

const labels = ['a', 'b', 'c'] as const;
type L = (typeof labels)[number];

const outcomes = (rows: [L, L | null, number][]): Outcome<L>[] =>
  rows.flatMap(([actual, predicted, count]) => Array.from({ length: count }, () => ({ actual, predicted })));

describe('classificationReport', () => {
  // Confusion matrix (rows actual, columns predicted):
  //        a  b  c  none
  //   a    2  1  0  1
  //   b    1  2  0  0
  //   c    0  1  1  1
  // a: P 2/3, R 2/4, F1 4/7 · b: P 2/4, R 2/3, F1 4/7 · c: P 1/1, R 1/3, F1 1/2
  // macro-F1 = (4/7 + 4/7 + 1/2) / 3 = 23/42; accuracy 5/10.
  const report = classificationReport(labels, outcomes([
    ['a', 'a', 2], ['a', 'b', 1], ['a', null, 1],
    ['b', 'b', 2], ['b', 'a', 1],
    ['c', 'c', 1], ['c', 'b', 1], ['c', null, 1],
  ]));

  test('counts the confusion matrix, with abstentions in "none"', () => {
    expect(report.confusion).toEqual({
      a: { a: 2, b: 1, c: 0, none: 1 },
      b: { a: 1, b: 2, c: 0, none: 0 },
      c: { a: 0, b: 1, c: 1, none: 1 },
    });
    expect(report.n).toBe(10);
    expect(report.abstained).toBe(2);
  });

  test('precision ignores abstentions, recall counts them as misses', () => {
    expect(report.perLabel.a).toMatchObject({ support: 4, predicted: 3 });
    expect(report.perLabel.a.precision).toBeCloseTo(2 / 3, 10);
    expect(report.perLabel.a.recall).toBeCloseTo(1 / 2, 10);
    expect(report.perLabel.a.f1).toBeCloseTo(4 / 7, 10);
    expect(report.perLabel.b.precision).toBeCloseTo(1 / 2, 10);
    expect(report.perLabel.b.recall).toBeCloseTo(2 / 3, 10);
    expect(report.perLabel.c.precision).toBe(1);
    expect(report.perLabel.c.recall).toBeCloseTo(1 / 3, 10);
    expect(report.perLabel.c.f1).toBeCloseTo(1 / 2, 10);
  });

  test('macro-F1 and accuracy', () => {
    expect(report.macroF1).toBeCloseTo(23 / 42, 10);
    expect(report.accuracy).toBeCloseTo(1 / 2, 10);
  });

  test('a label never predicted has precision and F1 of 0, not NaN', () => {
    const empty = classificationReport(labels, outcomes([['a', null, 2], ['b', 'b', 1]]));
    expect(empty.perLabel.a).toEqual({ precision: 0, recall: 0, f1: 0, support: 2, predicted: 0 });
    expect(empty.perLabel.c).toEqual({ precision: 0, recall: 0, f1: 0, support: 0, predicted: 0 });
    expect(classificationReport(labels, []).accuracy).toBe(0);
  });

  test('rejects a label outside the list', () => {
    expect(() => classificationReport(labels, [{ actual: 'a', predicted: 'z' as L }])).toThrow(/unknown label "z"/);
  });
});
