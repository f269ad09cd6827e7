import { StatisticError } from './statistic-error.js';

function checkScore(score: number, maxScore: number, what: string): void {
  if (!(score >= 0 && score <= maxScore)) {
    throw new StatisticError('undefined', `normalized change needs scores between 0 and the maximum ${maxScore}, got ${what} = ${score}`);
  }
}

/**
 * Normalized change of one student (Marx & Cummings): the share of the possible gain achieved
 * when the score rose, (post − pre)/(max − pre); the share of the pre-test score lost when it
 * fell, (post − pre)/pre; 0 when unchanged. Unlike Hake's gain it is bounded in [−1, 1] and
 * treats students near the ceiling fairly. Needs the maximum possible score.
 *
 * Reference: Marx, J. D. & Cummings, K. (2007). Normalized change. American Journal of Physics,
 * 75, 87–91.
 *
 * @param pre the student's pre-test score, 0 ≤ pre ≤ maxScore
 * @param post the student's post-test score, 0 ≤ post ≤ maxScore
 * @param maxScore the maximum possible score (> 0)
 * @throws {StatisticError} `undefined` when pre = post = 0 or pre = post = maxScore (no room to
 *   move, so the change is undefined), or a score lies outside [0, maxScore]
 * @example
 * normalizedChange(30, 35, 40); // => 0.5
 */
export function normalizedChange(pre: number, post: number, maxScore: number): number {
  if (!(maxScore > 0)) throw new StatisticError('undefined', `normalized change needs a positive maximum score, got ${maxScore}`);
  checkScore(pre, maxScore, 'pre');
  checkScore(post, maxScore, 'post');
  if (pre === post) {
    if (pre === 0 || pre === maxScore) {
      throw new StatisticError('undefined', `normalized change is undefined when pre and post are both ${pre === 0 ? '0' : 'the maximum'}`);
    }
    return 0;
  }
  return post > pre ? (post - pre) / (maxScore - pre) : (post - pre) / pre;
}

/**
 * `normalizedChange`, with null where that throws (no room to move, a score outside
 * [0, maxScore], a maximum that is not positive): the same number otherwise. For the per-student
 * table, whose million rows must not pay for a thrown error each time a student stays at 0 or at
 * the maximum.
 *
 * @param pre the student's pre-test score
 * @param post the student's post-test score
 * @param maxScore the maximum possible score
 * @example
 * normalizedChangeOrNull(30, 35, 40); // => 0.5
 * normalizedChangeOrNull(40, 40, 40); // => null
 */
export function normalizedChangeOrNull(pre: number, post: number, maxScore: number): number | null {
  if (!(maxScore > 0) || !(pre >= 0 && pre <= maxScore) || !(post >= 0 && post <= maxScore)) return null;
  if (pre === post) return pre === 0 || pre === maxScore ? null : 0;
  return post > pre ? (post - pre) / (maxScore - pre) : (post - pre) / pre;
}

/**
 * Mean normalized change of a group: the average of `normalizedChange` over the students for
 * whom it is defined (students at 0 → 0 or max → max are left out). The `studentMean` beside
 * Hake's class gain.
 *
 * Reference: Marx & Cummings (2007), as `normalizedChange`.
 *
 * @param pre pre-test scores
 * @param post post-test scores of the same students, same order
 * @param maxScore the maximum possible score
 * @throws {StatisticError} `undefined` when no student has a defined normalized change or a score
 *   lies outside [0, maxScore]; RangeError when pre and post differ in length
 * @example
 * meanNormalizedChange([30, 20, 40], [35, 10, 40], 40); // => 0 (mean of 0.5 and −0.5; the 40 → 40 student is left out)
 */
export function meanNormalizedChange(pre: readonly number[], post: readonly number[], maxScore: number): number {
  if (pre.length !== post.length) throw new RangeError(`pre and post need the same length, got ${pre.length} and ${post.length}`);
  let sum = 0;
  let count = 0;
  for (let i = 0; i < pre.length; i++) {
    const before = pre[i];
    const after = post[i];
    checkScore(before, maxScore, 'pre');
    checkScore(after, maxScore, 'post');
    if (before === after && (before === 0 || before === maxScore)) continue;
    sum += normalizedChange(before, after, maxScore);
    count++;
  }
  if (count === 0) throw new StatisticError('undefined', 'no student has a defined normalized change');
  return sum / count;
}
