import { regularizedIncompleteGamma } from './regularized-incomplete-gamma.js';
import { StatisticError } from './statistic-error.js';

/**
 * Upper tail of the chi-squared distribution, P(X > x) for X ~ χ²(df): the p-value of a
 * chi-squared statistic such as Cochran's Q.
 *
 * P(X > x) = Q(df/2, x/2), the regularized upper incomplete gamma function, computed directly so
 * that small p-values keep their relative accuracy. As R's `pchisq(x, df, lower.tail = FALSE)`.
 *
 * Reference: Abramowitz & Stegun (1964), 26.4.19.
 *
 * @param x the statistic (x ≤ 0 gives 1)
 * @param df positive degrees of freedom (real)
 * @throws {StatisticError} `undefined` when df ≤ 0 or x is NaN
 * @example
 * chiSquaredUpperTail(3.84, 1); // => 0.050043521248705224 (R: pchisq(3.84, 1, lower.tail = FALSE))
 */
export function chiSquaredUpperTail(x: number, df: number): number {
  if (!(df > 0) || Number.isNaN(x)) {
    throw new StatisticError('undefined', `chi-squared needs df > 0 and a number, got x=${x}, df=${df}`);
  }
  if (x <= 0) return 1;
  return regularizedIncompleteGamma(df / 2, x / 2, true);
}
