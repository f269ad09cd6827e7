import { chiSquaredUpperTail } from './chi-squared-distribution.js';
import { normalQuantile } from './normal-distribution.js';
import { StatisticError } from './statistic-error.js';

/** A random-effects meta-analysis: the pooled effect, its spread across studies, heterogeneity. */
export interface RandomEffectsMetaAnalysis {
  method: 'REML';
  /** Number of studies (classrooms) pooled. */
  k: number;
  /** Pooled effect: the inverse-variance weighted mean with weights 1/(vi + tau²). */
  estimate: number;
  se: number;
  /** 95% confidence interval of the pooled effect (normal, z). */
  ciLow: number;
  ciHigh: number;
  /** Between-study variance τ², REML, truncated at 0. */
  tau2: number;
  /** I² as a fraction (metafor's I²/100): the share of total variance that is between studies. */
  i2: number;
  /** Cochran's Q (metafor's QE) and its chi-squared p-value with k − 1 degrees of freedom. */
  q: number;
  qp: number;
  /** 95% prediction interval for the effect in a new study (classroom). */
  piLow: number;
  piHigh: number;
  /** False when Fisher scoring hit its iteration limit; the figures then use the last τ². */
  converged: boolean;
  /** Fisher scoring iterations performed. */
  iterations: number;
}

/** metafor's defaults for rma(): control = list(threshold = 1e-5, maxiter = 100, tol = eps^0.25). */
const THRESHOLD = 1e-5;
const MAX_ITERATIONS = 100;
const LOG_LIKELIHOOD_TOLERANCE = Math.pow(Number.EPSILON, 0.25);

/**
 * Random-effects meta-analysis by restricted maximum likelihood (REML): pool per-classroom
 * effect sizes into one estimate, allowing the true effect to vary between classrooms.
 *
 * In words: each study i has an effect yi with sampling variance vi, and true effects vary with
 * variance τ². τ² is estimated by REML with Fisher scoring, as metafor does: start from the
 * Hedges (HE) estimate max(0, var(yi) − mean(vi)); repeat τ² ← τ² + (y'PPy − tr P) / tr(PP) with
 * P = W − w w'/Σw, W = diag(w), w = 1/(vi + τ²) (halving a step that would make τ² negative)
 * until τ² changes by at most 1e-5, for at most 100 iterations; then fall back to τ² = 0 if that
 * has a higher restricted likelihood (metafor's ll0check). The estimate is Σ w·yi / Σw with
 * SE 1/sqrt(Σw) and a z interval. Q = Σ (yi − ȳ)²/vi around the fixed-effect mean ȳ with
 * p from chi-squared(k − 1); I² = τ² / (τ² + ṽ), ṽ = (k − 1)/tr P₀ the "typical" within-study
 * variance (P₀ = P at τ² = 0); the prediction interval is estimate ± z · sqrt(SE² + τ²).
 * Each iteration is O(k) without matrices, so thousands of classrooms take milliseconds.
 *
 * Use it to pool classroom (teacher or section) effect sizes within a strategy: the estimate is
 * the collective effect, τ² and I² say how much classrooms differ, and the prediction interval
 * is the range to expect in a new classroom.
 *
 * Matches R `metafor::rma(yi, vi, method = "REML")` and `predict()` (metafor 3.8). Unlike metafor,
 * which stops with an error, a run that does not converge returns `converged: false` with the
 * figures at the last τ². Those can be far from the REML optimum (τ² = 53 after 101 iterations
 * where 1,000 iterations reach 0.48, in the test case), so callers must warn and not present them
 * as final.
 *
 * Reference: Viechtbauer, W. (2005). Bias and efficiency of meta-analytic variance estimators in
 * the random-effects model. Journal of Educational and Behavioral Statistics, 30(3), 261–293.
 * Viechtbauer, W. (2010). Conducting meta-analyses in R with the metafor package. Journal of
 * Statistical Software, 36(3). Higgins, J. P. T. & Thompson, S. G. (2002). Quantifying
 * heterogeneity in a meta-analysis. Statistics in Medicine, 21, 1539–1558.
 *
 * @param yi the effect size of each study (classroom)
 * @param vi the sampling variance of each effect size (SE²), same order
 * @returns the pooled estimate, its CI, τ², I², Q, the prediction interval and convergence
 * @throws {StatisticError} `too-few-values` when there are fewer than 2 studies; `zero-variance`
 *   when a sampling variance is 0; `undefined` when yi and vi differ in length, a variance is
 *   negative, or a value is not finite
 * @example
 * randomEffectsMetaAnalysis([0.15, 1.05], [0.03, 0.045]);
 * // => { method: 'REML', k: 2, estimate: 0.591666666666667, se: 0.44992283288977,
 * //      ciLow: -0.290165881619515, ciHigh: 1.47349921495285, tau2: 0.3675, i2: 0.907407407407407,
 * //      q: 10.8, qp: 0.00101500094711307, piLow: -0.887983548695732, piHigh: 2.07131688202906,
 * //      converged: true, iterations: 1 }
 * // (R: metafor::rma(c(0.15, 1.05), c(0.03, 0.045), method = "REML"))
 */
export function randomEffectsMetaAnalysis(yi: readonly number[], vi: readonly number[]): RandomEffectsMetaAnalysis {
  validate(yi, vi);
  const k = yi.length;

  // metafor works with yi centred on their unweighted mean; the weighted means below then stay small.
  const center = yi.reduce((total, y) => total + y, 0) / k;
  const centered = yi.map((y) => y - center);

  const { tau2, converged, iterations } = estimateTau2(centered, vi);

  let weightSum = 0;
  let weightedSum = 0;
  for (let i = 0; i < k; i++) {
    const weight = 1 / (vi[i] + tau2);
    weightSum += weight;
    weightedSum += weight * centered[i];
  }
  const estimate = center + weightedSum / weightSum;
  const se = Math.sqrt(1 / weightSum);
  const z = normalQuantile(0.975);

  const fixed = weightedSums(centered, vi, 0);
  const q = Math.max(0, fixed.weightedSquares);
  const typicalVariance = (k - 1) / fixed.traceP;
  const predictionSe = Math.sqrt(se * se + tau2);

  const result: RandomEffectsMetaAnalysis = {
    method: 'REML',
    k,
    estimate,
    se,
    ciLow: estimate - z * se,
    ciHigh: estimate + z * se,
    tau2,
    i2: tau2 / (typicalVariance + tau2),
    q,
    qp: chiSquaredUpperTail(q, k - 1),
    piLow: estimate - z * predictionSe,
    piHigh: estimate + z * predictionSe,
    converged,
    iterations,
  };
  for (const [name, value] of Object.entries(result)) {
    if (typeof value === 'number' && !Number.isFinite(value)) {
      throw new StatisticError('undefined', `the meta-analysis ${name} is not finite; the sampling variances are too extreme`);
    }
  }
  return result;
}

function validate(yi: readonly number[], vi: readonly number[]): void {
  if (yi.length !== vi.length) {
    throw new StatisticError('undefined', `there are ${yi.length} effect sizes but ${vi.length} sampling variances`);
  }
  if (yi.length < 2) {
    throw new StatisticError('too-few-values', `pooling needs at least 2 studies (classrooms); got ${yi.length}`);
  }
  for (let i = 0; i < yi.length; i++) {
    if (!Number.isFinite(yi[i]) || !Number.isFinite(vi[i])) {
      throw new StatisticError('undefined', `study ${i + 1} has an effect size or variance that is not a finite number`);
    }
    if (vi[i] === 0) {
      throw new StatisticError('zero-variance', `study ${i + 1} has a sampling variance of 0; its weight would be infinite`);
    }
    if (vi[i] < 0) {
      throw new StatisticError('undefined', `study ${i + 1} has a negative sampling variance (${vi[i]})`);
    }
  }
}

/** Fisher scoring for the REML τ², step for step as metafor's rma.uni. */
function estimateTau2(centered: readonly number[], vi: readonly number[]): { tau2: number; converged: boolean; iterations: number } {
  const k = centered.length;
  // Starting value: the Hedges (HE) estimator (RSS − tr(PV)) / (k − 1) of the unweighted fit.
  let squares = 0;
  let varianceSum = 0;
  for (let i = 0; i < k; i++) {
    squares += centered[i] * centered[i];
    varianceSum += vi[i];
  }
  let tau2 = Math.max(0, (squares - varianceSum * (1 - 1 / k)) / (k - 1));

  let change = THRESHOLD + 1;
  let iterations = 0;
  let converged = true;
  while (change > THRESHOLD) {
    iterations++;
    const previous = tau2;
    const sums = weightedSums(centered, vi, tau2);
    let step = (sums.residualsThroughPP - sums.traceP) / sums.tracePP;
    if (Number.isNaN(step)) step = 0;
    // metafor's step-halving keeps τ² at or above 0 (at 0 with a negative step, the step halves to -0).
    while (tau2 + step < 0) step /= 2;
    tau2 += step;
    change = Math.abs(previous - tau2);
    if (iterations > MAX_ITERATIONS) {
      converged = false;
      break;
    }
  }

  if (converged && tau2 > THRESHOLD && logRestrictedLikelihood(centered, vi, 0) - logRestrictedLikelihood(centered, vi, tau2) > LOG_LIKELIHOOD_TOLERANCE) {
    // Fisher scoring got stuck at a local maximum; metafor warns and sets τ² = 0.
    tau2 = 0;
  }
  return { tau2: Math.max(0, tau2), converged, iterations };
}

interface ProjectionSums {
  /** Σw(y − ȳw)², the weighted residual sum of squares y'Py. */
  weightedSquares: number;
  /** y'PPy = Σ (w(y − ȳw))². */
  residualsThroughPP: number;
  /** tr P = Σw − Σw²/Σw. */
  traceP: number;
  /** tr PP = Σ (w − w²/Σw)² + ((Σw²)² − Σw⁴)/(Σw)². */
  tracePP: number;
  weightSum: number;
}

/** The quadratic forms and traces of P = W − w w'/Σw for the intercept-only model, w = 1/(vi + τ²). */
function weightedSums(centered: readonly number[], vi: readonly number[], tau2: number): ProjectionSums {
  const k = centered.length;
  let weightSum = 0;
  let weightedSum = 0;
  let squaredWeightSum = 0;
  for (let i = 0; i < k; i++) {
    const weight = 1 / (vi[i] + tau2);
    weightSum += weight;
    weightedSum += weight * centered[i];
    squaredWeightSum += weight * weight;
  }
  const weightedMean = weightedSum / weightSum;
  let weightedSquares = 0;
  let residualsThroughPP = 0;
  let diagonalSquares = 0;
  let fourthPowerSum = 0;
  for (let i = 0; i < k; i++) {
    const weight = 1 / (vi[i] + tau2);
    const residual = centered[i] - weightedMean;
    weightedSquares += weight * residual * residual;
    residualsThroughPP += weight * residual * weight * residual;
    const diagonal = weight - (weight * weight) / weightSum;
    diagonalSquares += diagonal * diagonal;
    fourthPowerSum += weight * weight * weight * weight;
  }
  const offDiagonalSquares = (squaredWeightSum * squaredWeightSum - fourthPowerSum) / (weightSum * weightSum);
  return {
    weightedSquares,
    residualsThroughPP,
    traceP: weightSum - squaredWeightSum / weightSum,
    tracePP: diagonalSquares + offDiagonalSquares,
    weightSum,
  };
}

/** The REML log-likelihood at τ² (metafor's, with the log |X'WX| term), for the ll0check. */
function logRestrictedLikelihood(centered: readonly number[], vi: readonly number[], tau2: number): number {
  const k = centered.length;
  const sums = weightedSums(centered, vi, tau2);
  let logVarianceSum = 0;
  for (let i = 0; i < k; i++) logVarianceSum += Math.log(vi[i] + tau2);
  return (
    -0.5 * (k - 1) * Math.log(2 * Math.PI) - 0.5 * logVarianceSum - 0.5 * Math.log(sums.weightSum) - 0.5 * sums.weightedSquares
  );
}
