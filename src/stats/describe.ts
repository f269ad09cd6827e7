import { mean } from './mean.js';
import { median } from './median.js';
import { sampleStandardDeviation } from './sample-standard-deviation.js';

/** Descriptive statistics of one set of scores. */
export interface Description {
  mean: number;
  /** Sample standard deviation (n − 1). */
  sd: number;
  median: number;
  min: number;
  max: number;
}

/**
 * Descriptive statistics: mean, sample standard deviation (n − 1), median (R type 7), minimum and
 * maximum — the summary of pre-test and post-test scores in the report. As R's `mean`, `sd`,
 * `median`, `min`, `max`.
 *
 * Needs two values, because the standard deviation of one value is undefined. For a group of one
 * student the analysis calls `mean`, `median`, `Math.min`/`Math.max` itself and writes `sd: null`
 * (catching the StatisticError of `sampleStandardDeviation`).
 *
 * Reference: any introductory text.
 *
 * @param values two or more numbers
 * @throws {StatisticError} `too-few-values` for fewer than two values
 * @example
 * describe([12, 15, 20]); // => { mean: 15.666666666666666, sd: 4.041451884327381, median: 15, min: 12, max: 20 }
 */
export function describe(values: readonly number[]): Description {
  const sd = sampleStandardDeviation(values);
  let min = Infinity;
  let max = -Infinity;
  for (const value of values) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return { mean: mean(values), sd, median: median(values), min, max };
}
