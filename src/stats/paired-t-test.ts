import { PairedSummary } from './paired-summary.js';
import { StatisticError } from './statistic-error.js';
import { studentTQuantile, studentTTwoSidedP } from './student-t-distribution.js';

/** Result of a paired t-test of post against pre. */
export interface PairedTTest {
  t: number;
  df: number;
  /** Two-sided p-value. */
  p: number;
  /** Confidence interval of the mean gain (95% unless another level is asked for). */
  ciLow: number;
  ciHigh: number;
  meanDifference: number;
}

/**
 * Paired t-test: is the mean gain post − pre different from zero? t = mean gain / (sD/√n) with
 * n − 1 degrees of freedom, a two-sided p-value, and the interval mean gain ± t(0.975, n − 1)·sD/√n.
 * Use it for a matched pre/post group whose gains are roughly normal (or n ≥ 30); otherwise look
 * at the Wilcoxon signed-rank test too. As R's `t.test(post, pre, paired = TRUE)`.
 *
 * Reference: Student (1908). The probable error of a mean. Biometrika, 6, 1–25.
 *
 * @param pre pre-test scores
 * @param post post-test scores of the same students, same order
 * @param level confidence level of the interval, default 0.95
 * @throws {StatisticError} `too-few-values` for fewer than two students; `zero-variance` when
 *   every gain is the same; RangeError when pre and post differ in length
 * @example
 * pairedTTest([12, 15, 20], [14, 19, 21]).p; // => 0.11808289631180312 (R: t.test(post, pre, paired = TRUE)$p.value)
 */
export function pairedTTest(pre: readonly number[], post: readonly number[], level = 0.95, summary: PairedSummary = new PairedSummary(pre, post)): PairedTTest {
  const gains = summary.gains();
  const n = gains.length;
  if (n < 2) throw new StatisticError('too-few-values', `the paired t-test needs at least two students, got ${n}`);
  const gainSd = summary.gainSd();
  if (gainSd === 0) throw new StatisticError('zero-variance', 'the paired t-test is undefined when every gain is the same');
  const meanDifference = summary.meanGain();
  const standardError = gainSd / Math.sqrt(n);
  const df = n - 1;
  const t = meanDifference / standardError;
  const margin = studentTQuantile((1 + level) / 2, df) * standardError;
  return {
    t,
    df,
    p: studentTTwoSidedP(t, df),
    ciLow: meanDifference - margin,
    ciHigh: meanDifference + margin,
    meanDifference,
  };
}
