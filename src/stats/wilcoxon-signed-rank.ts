import { normalCdf } from './normal-distribution.js';
import { pairedDifferences } from './paired-differences.js';
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

/** Ranks 1…n with ties given their average rank (R's `rank`, ties.method = "average"). */
function averageRanks(values: readonly number[]): { ranks: number[]; tieSizes: number[] } {
  // Sort a typed copy (native, numeric), then give every value its tie group's average rank;
  // equal values share one rank, so looking ranks up by value gives R's ranks.
  const sorted = new Float64Array(values).sort();
  const rankOf = new Map<number, number>();
  const tieSizes: number[] = [];
  let start = 0;
  while (start < sorted.length) {
    let end = start;
    while (end + 1 < sorted.length && sorted[end + 1] === sorted[start]) end++;
    rankOf.set(sorted[start], (start + end + 2) / 2);
    tieSizes.push(end - start + 1);
    start = end + 1;
  }
  const ranks = values.map((value) => rankOf.get(value) as number);
  return { ranks, tieSizes };
}

/**
 * Wilcoxon signed-rank test of post against pre: rank the absolute gains, sum the ranks of the
 * positive ones (V), and ask whether V is far from its null mean n(n + 1)/4. A check on the
 * paired t-test that does not assume normal gains. With R's defaults, as
 * `wilcox.test(post, pre, paired = TRUE)`: zero gains are dropped; the p-value is exact when fewer
 * than 50 gains remain and there are neither ties nor zeros, otherwise the normal approximation
 * with the tie correction of the variance and a continuity correction of ½.
 *
 * Reference: Wilcoxon, F. (1945). Biometrics Bulletin, 1, 80–83; Hollander, Wolfe & Chicken
 * (2014). Nonparametric Statistical Methods, 3rd ed., §3.1.
 *
 * @param pre pre-test scores
 * @param post post-test scores of the same students, same order
 * @throws {StatisticError} `too-few-values` when every gain is zero (or there are no students);
 *   RangeError when pre and post differ in length
 * @example
 * wilcoxonSignedRank([12, 15, 20, 9], [14, 19, 21, 12]); // => { v: 10, p: 0.125, exact: true } (R: wilcox.test(post, pre, paired = TRUE))
 */
export function wilcoxonSignedRank(pre: readonly number[], post: readonly number[]): WilcoxonSignedRank {
  const gains = pairedDifferences(pre, post);
  const hasZeros = gains.some((gain) => gain === 0);
  const nonZero = gains.filter((gain) => gain !== 0);
  const n = nonZero.length;
  if (n === 0) {
    throw new StatisticError('too-few-values', 'the signed-rank test needs at least one non-zero gain');
  }
  const { ranks, tieSizes } = averageRanks(nonZero.map(Math.abs));
  let v = 0;
  nonZero.forEach((gain, i) => {
    if (gain > 0) v += ranks[i];
  });
  const hasTies = tieSizes.some((size) => size > 1);
  if (n < 50 && !hasTies && !hasZeros) {
    const tail = v > (n * (n + 1)) / 4 ? signedRankCdf(v, n, true) : signedRankCdf(v, n);
    return { v, p: Math.min(1, 2 * tail), exact: true };
  }
  const centred = v - (n * (n + 1)) / 4;
  const tieAdjustment = tieSizes.reduce((sum, size) => sum + size ** 3 - size, 0) / 48;
  const sigma = Math.sqrt((n * (n + 1) * (2 * n + 1)) / 24 - tieAdjustment);
  if (sigma === 0) {
    throw new StatisticError('zero-variance', 'the signed-rank statistic has no variance (one tied group of gains)');
  }
  const z = (centred - Math.sign(centred) * 0.5) / sigma;
  const p = 2 * Math.min(normalCdf(z), normalCdf(-z));
  return { v, p: Math.min(1, p), exact: false };
}
