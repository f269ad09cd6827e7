import { mean } from './mean.js';
import { requireSample } from './require-sample.js';
import { sampleStandardDeviation } from './sample-standard-deviation.js';
import { StatisticError } from './statistic-error.js';
import { studentTTwoSidedP } from './student-t-distribution.js';

/** The result of Welch's two-sample t-test. */
export interface WelchTTest {
  t: number;
  /** Welch–Satterthwaite degrees of freedom (not an integer in general). */
  df: number;
  /** Two-sided p-value. */
  p: number;
}

/**
 * Welch's two-sample t-test: do two independent groups differ in mean, without assuming equal
 * variances?
 *
 * In words: t is the difference of the means, mean(a) − mean(b), divided by its standard error
 * sqrt(var(a)/n1 + var(b)/n2). The degrees of freedom are Welch–Satterthwaite's
 * (var(a)/n1 + var(b)/n2)² / ((var(a)/n1)²/(n1 − 1) + (var(b)/n2)²/(n2 − 1)), and p is the
 * two-sided tail probability of Student's t with those degrees of freedom.
 *
 * Use it to compare the gains of a strategy group with those of a reference group when their
 * spreads or sizes differ. Matches R `t.test(a, b)` (R's default is Welch).
 *
 * Reference: Welch, B. L. (1947). The generalization of "Student's" problem when several different
 * population variances are involved. Biometrika, 34(1–2), 28–35.
 *
 * @param a the values of the first group (e.g. the strategy's gains)
 * @param b the values of the second group (e.g. the reference group's gains)
 * @returns t, df and the two-sided p
 * @throws {StatisticError} `too-few-values` when a group has fewer than 2 values; `zero-variance`
 *   when neither group has any spread; `undefined` for a value that is not finite
 * @example
 * welchTTest([4, 7, 3, 9, 6], [2, 5, 1, 3]);
 * // => { t: 2.23087802518728, df: 6.95795487077452, p: 0.0611189149087762 }
 * // (R: t.test(c(4, 7, 3, 9, 6), c(2, 5, 1, 3)))
 */
export function welchTTest(a: readonly number[], b: readonly number[]): WelchTTest {
  requireSample(a, 2, 'first group');
  requireSample(b, 2, 'second group');
  const n1 = a.length;
  const n2 = b.length;
  const squaredErrorA = sampleStandardDeviation(a) ** 2 / n1;
  const squaredErrorB = sampleStandardDeviation(b) ** 2 / n2;
  const squaredError = squaredErrorA + squaredErrorB;
  if (!(squaredError > 0)) {
    throw new StatisticError('zero-variance', 'every value within each group is the same, so the t-test is undefined');
  }
  const t = (mean(a) - mean(b)) / Math.sqrt(squaredError);
  const df = (squaredError * squaredError) /
    ((squaredErrorA * squaredErrorA) / (n1 - 1) + (squaredErrorB * squaredErrorB) / (n2 - 1));
  return { t, df, p: studentTTwoSidedP(t, df) };
}
