import { sampleStandardDeviation as twoPassStandardDeviation } from 'simple-statistics';
import { StatisticError } from './statistic-error.js';

/**
 * Sample standard deviation: the square root of the sum of squared deviations from the mean
 * divided by n − 1 (Bessel's correction). The spread of scores in a class; the denominator of
 * every standardized effect size. Two-pass (simple-statistics), as R's `sd(x)`.
 *
 * A spread below the rounding noise of the values (under 1e-14 of their largest magnitude, as
 * when every value is equal but the computed mean is off in its last bit) is returned as exactly 0,
 * so callers can test `=== 0` before dividing.
 *
 * Reference: any introductory text. As R's `sd(x)`.
 *
 * @param values two or more numbers
 * @throws {StatisticError} `too-few-values` for fewer than two values (the SD of one value is undefined)
 * @example
 * sampleStandardDeviation([12, 15, 20]); // => 4.041451884327381 (R: sd(c(12, 15, 20)))
 */
export function sampleStandardDeviation(values: readonly number[]): number {
  if (values.length < 2) {
    throw new StatisticError('too-few-values', `the standard deviation needs at least two values, got ${values.length}`);
  }
  const sd = twoPassStandardDeviation(values as number[]);
  let largest = 0;
  for (const value of values) largest = Math.max(largest, Math.abs(value));
  return sd <= 1e-14 * largest ? 0 : sd;
}
