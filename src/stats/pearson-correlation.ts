import { mean } from './mean.js';
import { sampleStandardDeviation } from './sample-standard-deviation.js';
import { StatisticError } from './statistic-error.js';

/**
 * Pearson correlation r: the sum of products of deviations from the two means divided by the
 * square root of the product of the two sums of squared deviations. How closely post-test scores
 * follow pre-test scores; it enters the SE of every change effect size and d_rm. As R's `cor(x, y)`.
 *
 * A value within 1e-13 of ±1 is returned as exactly ±1 (rounding noise, e.g. post = 2 × pre),
 * so callers can test `=== 1`.
 *
 * Reference: Pearson, K. (1896). Philosophical Transactions of the Royal Society A, 187, 253–318.
 *
 * @param x first variable (e.g. pre-test scores)
 * @param y second variable, same length (e.g. post-test scores)
 * @throws {StatisticError} `too-few-values` for fewer than two pairs; `zero-variance` when either
 *   variable has no spread; RangeError when the lengths differ (a caller's bug)
 * @example
 * pearsonCorrelation([12, 15, 20], [14, 19, 21]); // => 0.926455747015147 (R: cor(c(12, 15, 20), c(14, 19, 21)))
 */
export function pearsonCorrelation(x: readonly number[], y: readonly number[]): number {
  if (x.length !== y.length) throw new RangeError(`correlation needs equal lengths, got ${x.length} and ${y.length}`);
  if (x.length < 2) throw new StatisticError('too-few-values', `the correlation needs at least two pairs, got ${x.length}`);
  return pearsonCorrelationAbout(x, y, mean(x), mean(y), sampleStandardDeviation(x), sampleStandardDeviation(y));
}

/**
 * `pearsonCorrelation` for a caller that already has the means and SDs of x and y, as `mean` and
 * `sampleStandardDeviation` compute them (PairedSummary): the same number, without recomputing
 * them. x and y must have the same length, at least 2.
 *
 * @throws {StatisticError} `zero-variance` when sdX or sdY is 0
 * @example
 * pearsonCorrelationAbout([12, 15, 20], [14, 19, 21], mean([12, 15, 20]), mean([14, 19, 21]), 4.041451884327381, 3.605551275463989); // => 0.926455747015147
 */
export function pearsonCorrelationAbout(
  x: readonly number[],
  y: readonly number[],
  meanX: number,
  meanY: number,
  sdX: number,
  sdY: number,
): number {
  if (sdX === 0 || sdY === 0) {
    throw new StatisticError('zero-variance', 'the correlation is undefined when every value of one variable is the same');
  }
  let products = 0;
  let squaresX = 0;
  let squaresY = 0;
  for (let i = 0; i < x.length; i++) {
    const dx = x[i] - meanX;
    const dy = y[i] - meanY;
    products += dx * dy;
    squaresX += dx * dx;
    squaresY += dy * dy;
  }
  const r = products / Math.sqrt(squaresX * squaresY);
  if (1 - Math.abs(r) < 1e-13) return Math.sign(r);
  return r;
}
