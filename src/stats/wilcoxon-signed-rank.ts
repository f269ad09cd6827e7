import { normalCdf } from './normal-distribution.js';
import { PairedSummary } from './paired-summary.js';
import { signedRankCdf } from './signed-rank-distribution.js';
import { StatisticError } from './statistic-error.js';

/** Result of a Wilcoxon signed-rank test of post against pre. */
export interface WilcoxonSignedRank {
  /** R's V: the sum of the ranks of the positive gains. */
  v: number;
  /** Two-sided p-value. */
  p: number;
  /** True when the p-value is exact, false when it is the normal approximation. */
  exact: boolean;
}

/**
 * Wilcoxon signed-rank test of post against pre: rank the absolute gains, sum the ranks of the
 * positive ones (V), and ask whether V is far from its null mean n(n + 1)/4. A check on the
 * paired t-test that does not assume normal gains. With R's defaults, as
 * `wilcox.test(post, pre, paired = TRUE)`: zero gains are dropped; the p-value is exact when fewer
 * than 50 gains remain and there are neither ties nor zeros, otherwise the normal approximation
 * with the tie correction of the variance and a continuity correction of ½.
 *
 * The ranks come from the sorted gains (shared with the median gain through `summary`): the
 * negative gains read backwards and the positive ones forwards are the absolute gains in
 * ascending order, so one merge gives every tie group, its average rank (R's `rank`, ties
 * "average") and how many of its gains are positive.
 *
 * Reference: Wilcoxon, F. (1945). Biometrics Bulletin, 1, 80–83; Hollander, Wolfe & Chicken
 * (2014). Nonparametric Statistical Methods, 3rd ed., §3.1.
 *
 * @param pre pre-test scores
 * @param post post-test scores of the same students, same order
 * @param summary the group's shared figures, when the caller computes several (see PairedSummary)
 * @throws {StatisticError} `too-few-values` when every gain is zero (or there are no students);
 *   RangeError when pre and post differ in length
 * @example
 * wilcoxonSignedRank([12, 15, 20, 9], [14, 19, 21, 12]); // => { v: 10, p: 0.125, exact: true } (R: wilcox.test(post, pre, paired = TRUE))
 */
export function wilcoxonSignedRank(
  pre: readonly number[],
  post: readonly number[],
  summary: PairedSummary = new PairedSummary(pre, post),
): WilcoxonSignedRank {
  const sorted = summary.sortedGains();
  // sorted = negatives (most negative first), zeros, positives (smallest first)
  let negative = 0;
  while (negative < sorted.length && sorted[negative] < 0) negative++;
  let positive = negative;
  while (positive < sorted.length && sorted[positive] === 0) positive++;
  const hasZeros = positive > negative;
  const n = negative + sorted.length - positive;
  if (n === 0) {
    throw new StatisticError('too-few-values', 'the signed-rank test needs at least one non-zero gain');
  }
  let v = 0;
  let ranked = 0; // absolute gains ranked so far
  let tieTerms = 0; // Σ (t³ − t) over tie groups of size t
  let i = negative - 1; // next negative gain, walking towards zero
  let j = positive; // next positive gain
  while (i >= 0 || j < sorted.length) {
    const size = i >= 0 && (j === sorted.length || -sorted[i] <= sorted[j]) ? -sorted[i] : sorted[j];
    const firstNegative = i;
    while (i >= 0 && -sorted[i] === size) i--;
    const firstPositive = j;
    while (j < sorted.length && sorted[j] === size) j++;
    const ties = firstNegative - i + (j - firstPositive);
    v += (j - firstPositive) * (ranked + (ties + 1) / 2);
    tieTerms += ties * ties * ties - ties;
    ranked += ties;
  }
  const hasTies = tieTerms > 0;
  if (n < 50 && !hasTies && !hasZeros) {
    const tail = v > (n * (n + 1)) / 4 ? signedRankCdf(v, n, true) : signedRankCdf(v, n);
    return { v, p: Math.min(1, 2 * tail), exact: true };
  }
  const centred = v - (n * (n + 1)) / 4;
  const tieAdjustment = tieTerms / 48;
  const sigma = Math.sqrt((n * (n + 1) * (2 * n + 1)) / 24 - tieAdjustment);
  if (sigma === 0) {
    throw new StatisticError('zero-variance', 'the signed-rank statistic has no variance (one tied group of gains)');
  }
  const z = (centred - Math.sign(centred) * 0.5) / sigma;
  const p = 2 * normalCdf(-Math.abs(z)); // = 2·min(Φ(z), Φ(−z)), the same number
  return { v, p: Math.min(1, p), exact: false };
}
