import { mean } from './mean.js';
import { requireSample } from './require-sample.js';
import { StatisticError } from './statistic-error.js';
import { studentTQuantile, studentTTwoSidedP } from './student-t-distribution.js';

/** One group's matched scores: `pre[i]` and `post[i]` belong to the same student. */
export interface PrePostScores {
  pre: readonly number[];
  post: readonly number[];
}

/** The adjusted group difference of an ANCOVA, with its standard error, 95% CI and p-value. */
export interface Ancova {
  /** Post-test difference (group − baseline) at equal pre-test scores. */
  diff: number;
  se: number;
  ciLow: number;
  ciHigh: number;
  /** Two-sided p-value of the difference (t test with n − 3 degrees of freedom). */
  p: number;
}

/**
 * Analysis of covariance (ANCOVA) of post-test on pre-test: the difference between two groups'
 * post-test scores, adjusted for where their students started.
 *
 * In words: the ordinary least squares fit of post = intercept + slope · pre + diff · (in group),
 * with one common slope. Computed from within-group sums (pre and post centred on their group's
 * mean, which keeps large scores accurate): slope = Σ(pre − group mean)(post − group mean) /
 * Σ(pre − group mean)²; diff = (mean post difference) − slope · (mean pre difference);
 * σ² = sum of squared residuals / (n − 3); SE(diff) = σ · sqrt(1/n1 + 1/n2 + (mean pre
 * difference)² / Σ(pre − group mean)²). The 95% interval is diff ± t(0.975, n − 3) · SE and p is
 * the two-sided t probability of diff / SE.
 *
 * Use it to compare a strategy with a reference group in a pre/post design: it is the
 * recommended comparison, more precise than comparing gains when pre and post correlate less
 * than perfectly, and fair when the groups started at different levels.
 *
 * Matches R `lm(post ~ pre + group)` with `baseline` as the reference level: the `group`
 * coefficient, its standard error, `confint()` and `Pr(>|t|)`.
 *
 * Reference: Van Breukelen, G. J. P. (2006). ANCOVA versus change from baseline had more power
 * in randomized studies and more bias in nonrandomized studies. Journal of Clinical
 * Epidemiology, 59(9), 920–925.
 *
 * @param group the strategy's students (pre and post scores, matched by position)
 * @param baseline the reference group's students
 * @returns diff, se, ciLow, ciHigh, p
 * @throws {StatisticError} `too-few-values` when a group has fewer than 2 students; `zero-variance`
 *   when pre-test scores do not vary within the groups (the slope is undefined) or the model fits
 *   every student exactly (residual SD below 1e-10 of the post-test spread: no standard error);
 *   `undefined` when pre and post differ in length or a score is not finite
 * @example
 * ancova(
 *   { pre: [10, 14, 12, 18, 9, 15], post: [16, 19, 18, 25, 13, 22] },
 *   { pre: [11, 13, 17, 8, 15], post: [13, 16, 20, 9, 18] },
 * );
 * // => { diff: 3.38486005089059, se: 0.421771496275964, ciLow: 2.41225323636697,
 * //      ciHigh: 4.35746686541421, p: 4.26850471896582e-05 }
 * // (R: lm(post ~ pre + group) on the same data, group B the baseline)
 */
export function ancova(group: PrePostScores, baseline: PrePostScores): Ancova {
  const treated = summarize(group, 'strategy group');
  const reference = summarize(baseline, 'reference group');
  const preSquares = treated.preSquares + reference.preSquares;
  if (!(preSquares > 0)) {
    throw new StatisticError(
      'zero-variance',
      'pre-test scores do not vary within the groups, so the ANCOVA cannot adjust for them',
    );
  }
  const slope = (treated.crossProducts + reference.crossProducts) / preSquares;
  const preDifference = treated.preMean - reference.preMean;
  const diff = treated.postMean - reference.postMean - slope * preDifference;

  const residualSquares = sumOfSquaredResiduals(group, treated, slope) + sumOfSquaredResiduals(baseline, reference, slope);
  const postSquares = treated.postSquares + reference.postSquares;
  if (!(residualSquares > 1e-20 * postSquares)) {
    throw new StatisticError(
      'zero-variance',
      'the pre-test predicts every post-test score exactly, so the ANCOVA has no standard error',
    );
  }
  const n1 = group.pre.length;
  const n2 = baseline.pre.length;
  const degreesOfFreedom = n1 + n2 - 3;
  const residualVariance = residualSquares / degreesOfFreedom;
  const se = Math.sqrt(residualVariance * (1 / n1 + 1 / n2 + (preDifference * preDifference) / preSquares));
  const halfWidth = studentTQuantile(0.975, degreesOfFreedom) * se;
  return {
    diff,
    se,
    ciLow: diff - halfWidth,
    ciHigh: diff + halfWidth,
    p: studentTTwoSidedP(diff / se, degreesOfFreedom),
  };
}

interface GroupSums {
  preMean: number;
  postMean: number;
  /** Σ(pre − preMean)² */
  preSquares: number;
  /** Σ(post − postMean)² */
  postSquares: number;
  /** Σ(pre − preMean)(post − postMean) */
  crossProducts: number;
}

function summarize(scores: PrePostScores, label: string): GroupSums {
  const { pre, post } = scores;
  if (pre.length !== post.length) {
    throw new StatisticError(
      'undefined',
      `the ${label} has ${pre.length} pre-test and ${post.length} post-test scores; they must be matched pairs`,
    );
  }
  requireSample(pre, 2, `${label} (pre-test)`);
  requireSample(post, 2, `${label} (post-test)`);
  const preMean = mean(pre);
  const postMean = mean(post);
  let preSquares = 0;
  let postSquares = 0;
  let crossProducts = 0;
  for (let i = 0; i < pre.length; i++) {
    const preDeviation = pre[i] - preMean;
    const postDeviation = post[i] - postMean;
    preSquares += preDeviation * preDeviation;
    postSquares += postDeviation * postDeviation;
    crossProducts += preDeviation * postDeviation;
  }
  return { preMean, postMean, preSquares, postSquares, crossProducts };
}

function sumOfSquaredResiduals(scores: PrePostScores, sums: GroupSums, slope: number): number {
  let total = 0;
  for (let i = 0; i < scores.pre.length; i++) {
    const residual = scores.post[i] - sums.postMean - slope * (scores.pre[i] - sums.preMean);
    total += residual * residual;
  }
  return total;
}
