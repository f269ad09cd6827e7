import { describe, expect, it } from 'vitest';
import { hedgesG } from '../../src/stats/hedges-g.js';
import { StatisticError } from '../../src/stats/statistic-error.js';
import reference from '../reference/comparisons.json' with { type: 'json' };

/** |actual − expected| within `relative` of |expected| (absolute when expected is 0). */
function expectClose(actual: number, expected: number, relative: number): void {
  expect(Number.isFinite(actual)).toBe(true);
  const scale = expected === 0 ? 1 : Math.abs(expected);
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * scale);
}

describe('hedgesG', () => {
  describe.each(reference.twoSample)('$name', (testCase) => {
    const result = hedgesG(testCase.a, testCase.b);

    it('matches the point estimate to 1e-9', () => {
      // R: effectsize::hedges_g(a, b)$Hedges_g
      expectClose(result.value, testCase.hedgesG.value, 1e-9);
    });

    it('matches the exact noncentral-t interval to 1e-6', () => {
      // R: uniroot(function(ncp) pt(t, df, ncp) - 0.975 (0.025), ...)$root * sqrt(1/n1 + 1/n2) * J(df),
      //    t = t.test(a, b, var.equal = TRUE)$statistic, df = n1 + n2 - 2 (tests/reference/comparisons.R)
      expectClose(result.ciLow, testCase.hedgesGExactCi.ciLow, 1e-6);
      expectClose(result.ciHigh, testCase.hedgesGExactCi.ciHigh, 1e-6);
    });

    it("agrees with effectsize's interval within its optimizer's precision", () => {
      // R: effectsize::hedges_g(a, b)$CI_low / $CI_high. effectsize inverts the noncentral t with
      // Nelder–Mead (optim, abstol = 1e-9 on the summed probability error), which lands up to
      // ~2e-6 from the exact limit and, when t is near 0, stalls ~6e-4 away from it.
      expectClose(result.ciLow, testCase.hedgesG.ciLow, 1e-3);
      expectClose(result.ciHigh, testCase.hedgesG.ciHigh, 1e-3);
    });
  });

  it('gives the documented example', () => {
    // R: effectsize::hedges_g(c(4, 7, 3, 9, 6), c(2, 5, 1, 3))
    const result = hedgesG([4, 7, 3, 9, 6], [2, 5, 1, 3]);
    expectClose(result.value, 1.27603141967962, 1e-9);
    expectClose(result.ciLow, -0.0966716898842758, 1e-6);
    expectClose(result.ciHigh, 2.58166658708126, 1e-6);
  });

  it('flips sign and swaps the interval when the groups are swapped', () => {
    const forward = hedgesG([4, 7, 3, 9, 6], [2, 5, 1, 3]);
    const backward = hedgesG([2, 5, 1, 3], [4, 7, 3, 9, 6]);
    expectClose(backward.value, -forward.value, 1e-12);
    expectClose(backward.ciLow, -forward.ciHigh, 1e-9);
    expectClose(backward.ciHigh, -forward.ciLow, 1e-9);
  });

  it('throws too-few-values when a group has fewer than 2 values', () => {
    expect(() => hedgesG([3], [1, 2, 4])).toThrow(StatisticError);
    expect(() => hedgesG([1, 2, 4], [])).toThrow(expect.objectContaining({ code: 'too-few-values' }));
  });

  it('throws zero-variance when neither group has any spread', () => {
    expect(() => hedgesG([3, 3, 3], [1, 1])).toThrow(expect.objectContaining({ code: 'zero-variance' }));
  });

  it('throws undefined for a value that is not finite', () => {
    expect(() => hedgesG([3, Number.NaN, 4], [1, 2])).toThrow(expect.objectContaining({ code: 'undefined' }));
  });
});
