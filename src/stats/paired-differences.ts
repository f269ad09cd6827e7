import { StatisticError } from './statistic-error.js';

/**
 * Paired differences post − pre, student by student: the gains of a matched pre/post group.
 * Shared by every within-group figure so they all validate input the same way.
 *
 * @param pre pre-test scores
 * @param post post-test scores of the same students, in the same order
 * @throws {RangeError} when the lengths differ (a caller's bug, not a statistical condition);
 *   {StatisticError} `undefined` when a score is not a finite number
 * @example
 * pairedDifferences([12, 15, 20], [14, 19, 21]); // => [2, 4, 1]
 */
export function pairedDifferences(pre: readonly number[], post: readonly number[]): number[] {
  if (pre.length !== post.length) {
    throw new RangeError(`pre and post need the same number of students, got ${pre.length} and ${post.length}`);
  }
  return pre.map((before, i) => {
    const after = post[i];
    if (!Number.isFinite(before) || !Number.isFinite(after)) {
      throw new StatisticError('undefined', `scores must be finite numbers, got pre=${before}, post=${after}`);
    }
    return after - before;
  });
}
