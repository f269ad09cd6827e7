import { sortedCopy } from './sorted-copy.js';
import { StatisticError } from './statistic-error.js';

/**
 * Median: the middle value of the sorted values, or the mean of the two middle values when there
 * is an even number of them. A centre that a few extreme scores do not move. As R's `median(x)`
 * (the same as `quantile(x, 0.5)` with R's default type 7).
 *
 * Reference: Hyndman, R. J. & Fan, Y. (1996). Sample quantiles in statistical packages. The
 * American Statistician, 50, 361–365.
 *
 * @param values one or more numbers (not modified)
 * @throws {StatisticError} `too-few-values` for an empty list
 * @example
 * median([14, 12, 20, 15]); // => 14.5 (R: median(c(14, 12, 20, 15)))
 */
export function median(values: readonly number[]): number {
  return sortedMedian(sortedCopy(values));
}

/**
 * `median` of values already in ascending order (e.g. from `sortedCopy`), for a caller that needs
 * the sorted values for other figures too (minimum, maximum, ranks).
 *
 * @param sorted one or more numbers in ascending order
 * @throws {StatisticError} `too-few-values` for an empty list
 * @example
 * sortedMedian([12, 14, 15, 20]); // => 14.5 (R: median(c(12, 14, 15, 20)))
 */
export function sortedMedian(sorted: readonly number[]): number {
  if (sorted.length === 0) throw new StatisticError('too-few-values', 'the median needs at least one value');
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
