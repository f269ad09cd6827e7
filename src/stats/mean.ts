import { StatisticError } from './statistic-error.js';

/**
 * Mean (arithmetic average): the sum of the values divided by how many there are. The centre of
 * a set of scores; the mean gain is the headline growth figure. Summed with Kahan–Babuška
 * (Neumaier) compensation, operation for operation as simple-statistics' `mean`, so long sums do
 * not drift.
 *
 * Reference: any introductory text; Neumaier, A. (1974) for the compensated sum. As R's `mean(x)`.
 *
 * @param values one or more numbers
 * @throws {StatisticError} `too-few-values` for an empty list
 * @example
 * mean([12, 15, 20]); // => 15.666666666666666 (R: mean(c(12, 15, 20)))
 */
export function mean(values: readonly number[]): number {
  if (values.length === 0) throw new StatisticError('too-few-values', 'the mean needs at least one value');
  let sum = values[0];
  let correction = 0;
  for (let i = 1; i < values.length; i++) {
    const value = values[i];
    const next = sum + value;
    // The low-order bits lost in `next`, from whichever addend is larger.
    correction += Math.abs(sum) >= Math.abs(value) ? sum - next + value : value - next + sum;
    sum = next;
  }
  return (sum + correction) / values.length;
}
