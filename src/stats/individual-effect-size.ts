import { StatisticError } from './statistic-error.js';

/**
 * Hattie's individual effect size: one student's gain divided by the average of the group's
 * pre-test and post-test standard deviations, gain / ((s1 + s2)/2). Puts each student's growth on
 * the same scale as the group's d_av, so it can be compared with the 0.40 hinge point.
 *
 * Reference: Hattie, J. (2012). Visible Learning for Teachers, Appendix E; Lakens (2013) for d_av.
 *
 * @param gain the student's post − pre
 * @param preSd the group's pre-test sample SD (s1)
 * @param postSd the group's post-test sample SD (s2)
 * @throws {StatisticError} `zero-variance` when s1 + s2 = 0 (every score the same)
 * @example
 * individualEffectSize(6, 5, 7); // => 1
 */
export function individualEffectSize(gain: number, preSd: number, postSd: number): number {
  const averageSd = (preSd + postSd) / 2;
  if (!(averageSd > 0)) {
    throw new StatisticError('zero-variance', 'the individual effect size is undefined when the pre and post SDs are both zero');
  }
  return gain / averageSd;
}
