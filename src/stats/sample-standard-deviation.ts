import { mean } from './mean.js';
import { StatisticError } from './statistic-error.js';

/**
 * Sample standard deviation: the square root of the sum of squared deviations from the mean
 * divided by n − 1 (Bessel's correction). The spread of scores in a class; the denominator of
 * every standardized effect size. Two-pass — the compensated mean (`mean`), then the squared
 * deviations from it — operation for operation as simple-statistics' `sampleStandardDeviation`;
 * as R's `sd(x)`.
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
  requireTwo(values);
  return sampleStandardDeviationAbout(values, mean(values));
}

/**
 * `sampleStandardDeviation` for a caller that already has the values' mean, as `mean(values)`
 * computes it (PairedSummary): the same number, without the pass that recomputes the mean.
 *
 * @param values two or more numbers
 * @param centre `mean(values)`
 * @throws {StatisticError} `too-few-values` for fewer than two values
 * @example
 * sampleStandardDeviationAbout([12, 15, 20], mean([12, 15, 20])); // => 4.041451884327381 (R: sd(c(12, 15, 20)))
 */
export function sampleStandardDeviationAbout(values: readonly number[], centre: number): number {
  requireTwo(values);
  let squares = 0;
  let largest = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    const deviation = value - centre;
    squares += deviation * deviation;
    const magnitude = Math.abs(value);
    if (magnitude > largest) largest = magnitude;
  }
  const sd = Math.sqrt(squares / (values.length - 1));
  return sd <= 1e-14 * largest ? 0 : sd;
}

function requireTwo(values: readonly number[]): void {
  if (values.length < 2) {
    throw new StatisticError('too-few-values', `the standard deviation needs at least two values, got ${values.length}`);
  }
}
