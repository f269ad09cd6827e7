import { binomialTestTwoSidedP } from './binomial-test.js';
import { StatisticError } from './statistic-error.js';

/** Change in the share of students at or above a proficiency cutoff. */
export interface ProficiencyChange {
  cutoff: number;
  /** Share of students with pre ≥ cutoff. */
  preRate: number;
  /** Share of students with post ≥ cutoff. */
  postRate: number;
  /** Students who became proficient (pre < cutoff ≤ post). */
  up: number;
  /** Students who stopped being proficient (post < cutoff ≤ pre). */
  down: number;
  /** Exact McNemar p-value: binom.test(up, up + down, 0.5); 1 when nobody changed status. */
  mcnemarP: number;
}

/**
 * Proficiency change: the share of students meeting the learning target before and after
 * (student-centered coaching's "% proficient"), the students who crossed the cutoff each way,
 * and the exact McNemar test of whether crossings up outnumber crossings down, which is the
 * two-sided binomial test of `up` successes in `up + down` trials at ½. As R's
 * `binom.test(up, up + down, 0.5)$p.value`.
 *
 * Reference: McNemar, Q. (1947). Psychometrika, 12, 153–157; Fagerland, Lydersen & Laake (2013).
 * The McNemar test for binary matched-pairs data: mid-p and asymptotic are better than exact
 * conditional. BMC Medical Research Methodology, 13, 91.
 *
 * @param pre pre-test scores
 * @param post post-test scores of the same students, same order
 * @param cutoff the proficiency cutoff (a score ≥ cutoff is proficient)
 * @throws {StatisticError} `too-few-values` for no students; RangeError when pre and post differ in length
 * @example
 * proficiencyChange([20, 25, 30, 27], [29, 28, 26, 31], 28); // => { cutoff: 28, preRate: 0.25, postRate: 0.75, up: 3, down: 1, mcnemarP: 0.625 }
 */
export function proficiencyChange(pre: readonly number[], post: readonly number[], cutoff: number): ProficiencyChange {
  if (pre.length !== post.length) throw new RangeError(`pre and post need the same length, got ${pre.length} and ${post.length}`);
  const n = pre.length;
  if (n === 0) throw new StatisticError('too-few-values', 'proficiency change needs at least one student');
  let proficientBefore = 0;
  let proficientAfter = 0;
  let up = 0;
  let down = 0;
  for (let i = 0; i < n; i++) {
    const wasProficient = pre[i] >= cutoff;
    const isProficient = post[i] >= cutoff;
    if (wasProficient) proficientBefore++;
    if (isProficient) proficientAfter++;
    if (!wasProficient && isProficient) up++;
    if (wasProficient && !isProficient) down++;
  }
  return {
    cutoff,
    preRate: proficientBefore / n,
    postRate: proficientAfter / n,
    up,
    down,
    mcnemarP: up + down === 0 ? 1 : binomialTestTwoSidedP(up, up + down, 0.5),
  };
}
