import { StatisticError } from './statistic-error.js';

/**
 * Exact distribution of the Wilcoxon signed-rank statistic V (the sum of the ranks 1…n that carry
 * a positive sign) when every sign is equally likely: P(V ≤ v) with `upper = false`, P(V ≥ v)
 * with `upper = true`. Counts, for every total, the subsets of {1, …, n} with that sum (a simple
 * dynamic programme), and divides by 2ⁿ. As R's `psignrank(v, n)` and
 * `psignrank(v - 1, n, lower.tail = FALSE)`.
 *
 * Use it for the exact p-value of the signed-rank test (n < 50, no ties, no zero differences).
 *
 * Reference: Wilcoxon, F. (1945). Individual comparisons by ranking methods. Biometrics Bulletin,
 * 1, 80–83; Hollander, Wolfe & Chicken (2014). Nonparametric Statistical Methods, 3rd ed., §3.1.
 *
 * @param v the statistic (any real; the distribution lives on 0…n(n+1)/2)
 * @param n number of non-zero differences, a whole number ≥ 1
 * @param upper return P(V ≥ v) instead of P(V ≤ v)
 * @throws {StatisticError} `too-few-values` for n < 1; `undefined` for a non-integer n
 * @example
 * signedRankCdf(3, 5); // => 0.15625 (5/32, R: psignrank(3, 5))
 */
export function signedRankCdf(v: number, n: number, upper = false): number {
  if (!Number.isInteger(n)) throw new StatisticError('undefined', `signed-rank distribution needs a whole n, got ${n}`);
  if (n < 1) throw new StatisticError('too-few-values', 'signed-rank distribution needs at least one difference');
  const maximum = (n * (n + 1)) / 2;
  const counts = signedRankCounts(n);
  const total = Math.pow(2, n);
  let sum = 0;
  if (upper) {
    for (let k = Math.max(0, Math.ceil(v)); k <= maximum; k++) sum += counts[k];
  } else {
    for (let k = 0; k <= Math.min(maximum, Math.floor(v)); k++) sum += counts[k];
  }
  return sum / total;
}

/** The counts for every n asked for so far (the exact test needs n < 50): read, never modified. */
const COUNTS = new Map<number, Float64Array>();

/** counts[k] = number of subsets of {1, …, n} whose elements sum to k; computed once per n. */
function signedRankCounts(n: number): Float64Array {
  const known = COUNTS.get(n);
  if (known !== undefined) return known;
  const counts = countSubsetSums(n);
  if (n < 50) COUNTS.set(n, counts);
  return counts;
}

function countSubsetSums(n: number): Float64Array {
  const maximum = (n * (n + 1)) / 2;
  const counts = new Float64Array(maximum + 1);
  counts[0] = 1;
  for (let rank = 1; rank <= n; rank++) {
    for (let k = (rank * (rank + 1)) / 2; k >= rank; k--) counts[k] += counts[k - rank];
  }
  return counts;
}
