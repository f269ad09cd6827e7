import { StatisticError } from './statistic-error.js';

/**
 * Hake's class normalized gain: the class's average gain as a share of the average possible
 * gain, (mean post − mean pre)/(max − mean pre). A ceiling-aware summary of growth, long used in
 * physics education (< 0.3 low, 0.3–0.7 medium, > 0.7 high).
 *
 * Reference: Hake, R. R. (1998). Interactive-engagement versus traditional methods. American
 * Journal of Physics, 66, 64–74.
 *
 * @param preMean the class's mean pre-test score
 * @param postMean the class's mean post-test score
 * @param maxScore the maximum possible score
 * @throws {StatisticError} `undefined` when the mean pre-test score is at (or above) the maximum
 * @example
 * classNormalizedGain(20, 30, 40); // => 0.5
 */
export function classNormalizedGain(preMean: number, postMean: number, maxScore: number): number {
  if (!(preMean < maxScore)) {
    throw new StatisticError('undefined', `the class normalized gain is undefined when the mean pre-test score (${preMean}) is at the maximum (${maxScore})`);
  }
  return (postMean - preMean) / (maxScore - preMean);
}
