import { StatisticError } from './statistic-error.js';

/**
 * Require a sample: at least `minimum` values, every one a finite number. Shared by the
 * two-group comparisons (`hedgesG`, `welchTTest`, `ancova`) so they fail the same way.
 *
 * @param values the sample
 * @param minimum the fewest values the figure needs
 * @param label what the sample is, for the message ("strategy group", "reference group")
 * @throws {StatisticError} `too-few-values` when there are fewer than `minimum` values;
 *   `undefined` when a value is NaN or infinite
 * @example
 * requireSample([3, 5], 2, 'strategy group'); // passes
 * requireSample([3], 2, 'strategy group'); // throws too-few-values
 */
export function requireSample(values: readonly number[], minimum: number, label: string): void {
  if (values.length < minimum) {
    throw new StatisticError(
      'too-few-values',
      `the ${label} has ${values.length} value${values.length === 1 ? '' : 's'}; at least ${minimum} are needed`,
    );
  }
  for (const value of values) {
    if (!Number.isFinite(value)) {
      throw new StatisticError('undefined', `the ${label} contains a value that is not a finite number (${value})`);
    }
  }
}
