/**
 * Thrown by a pure statistics function when its figure is undefined for the input given
 * (too few values, zero spread, a division by zero in the formula). The analysis layer catches it,
 * writes `null` for the figure and adds a warning carrying `code` and `message`.
 *
 * One rule for every function in `src/stats`: undefined input throws this error; the functions
 * never return NaN or Infinity for it.
 *
 * @example
 * try { sampleStandardDeviation([1]) } catch (e) { e instanceof StatisticError && e.code === 'too-few-values' }
 */
export class StatisticError extends Error {
  readonly code: StatisticErrorCode;

  constructor(code: StatisticErrorCode, message: string) {
    super(message);
    this.name = 'StatisticError';
    this.code = code;
  }
}

export type StatisticErrorCode =
  /** Fewer values than the figure needs (n < 2 for an SD, n < 3 for a correlation CI…). */
  | 'too-few-values'
  /** A spread the formula divides by is zero (every score equal, every gain equal). */
  | 'zero-variance'
  /** The formula has no value here for another reason (pre = post = max for normalized change…). */
  | 'undefined'
  /** An iterative method did not converge. */
  | 'no-convergence';
