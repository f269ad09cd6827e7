import { describe, expect, it } from 'vitest';
import { StatisticError } from '../../src/stats/statistic-error.js';
import { welchTTest } from '../../src/stats/welch-t-test.js';
import reference from '../reference/comparisons.json' with { type: 'json' };

/** |actual − expected| within `relative` of |expected| (absolute when expected is 0). */
function expectClose(actual: number, expected: number, relative: number): void {
  expect(Number.isFinite(actual)).toBe(true);
  const scale = expected === 0 ? 1 : Math.abs(expected);
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * scale);
}

describe('welchTTest', () => {
  describe.each(reference.twoSample)('$name', (testCase) => {
    const result = welchTTest(testCase.a, testCase.b);

    it('matches t and the Welch–Satterthwaite df to 1e-9', () => {
      // R: t.test(a, b)$statistic and $parameter
      expectClose(result.t, testCase.welch.t, 1e-9);
      expectClose(result.df, testCase.welch.df, 1e-9);
    });

    it('matches the two-sided p to 1e-6', () => {
      // R: t.test(a, b)$p.value
      expectClose(result.p, testCase.welch.p, 1e-6);
    });
  });

  it('gives the documented example', () => {
    // R: t.test(c(4, 7, 3, 9, 6), c(2, 5, 1, 3))
    const result = welchTTest([4, 7, 3, 9, 6], [2, 5, 1, 3]);
    expectClose(result.t, 2.23087802518728, 1e-9);
    expectClose(result.df, 6.95795487077452, 1e-9);
    expectClose(result.p, 0.0611189149087762, 1e-6);
  });

  it('flips the sign of t, and keeps df and p, when the groups are swapped', () => {
    const forward = welchTTest([4, 7, 3, 9, 6], [2, 5, 1, 3]);
    const backward = welchTTest([2, 5, 1, 3], [4, 7, 3, 9, 6]);
    expectClose(backward.t, -forward.t, 1e-12);
    expectClose(backward.df, forward.df, 1e-12);
    expectClose(backward.p, forward.p, 1e-12);
  });

  it('throws too-few-values when a group has fewer than 2 values', () => {
    expect(() => welchTTest([3], [1, 2, 4])).toThrow(StatisticError);
    expect(() => welchTTest([1, 2, 4], [5])).toThrow(expect.objectContaining({ code: 'too-few-values' }));
  });

  it('throws zero-variance when neither group has any spread', () => {
    expect(() => welchTTest([3, 3, 3], [1, 1])).toThrow(expect.objectContaining({ code: 'zero-variance' }));
  });

  it('throws undefined for a value that is not finite', () => {
    expect(() => welchTTest([3, 4], [1, Number.POSITIVE_INFINITY])).toThrow(expect.objectContaining({ code: 'undefined' }));
  });
});
