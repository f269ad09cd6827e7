import { logGamma } from './log-gamma.js';
import { StatisticError } from './statistic-error.js';

/**
 * Hedges' small-sample correction J(df) = Γ(df/2) / (√(df/2) · Γ((df − 1)/2)): the factor that
 * removes the upward bias of a standardized mean difference, turning Cohen's d into Hedges' g
 * (g = J · d). Exact, via log-gamma; close to 1 − 3/(4·df − 1). For a within-group change
 * df = n − 1. The same exact J as R's effectsize.
 *
 * Reference: Hedges, L. V. (1981). Distribution theory for Glass's estimator of effect size and
 * related estimators. Journal of Educational Statistics, 6, 107–128.
 *
 * @param df degrees of freedom, more than 1 (J(1) = 0 would erase the effect)
 * @throws {StatisticError} `too-few-values` when df ≤ 1
 * @example
 * hedgesCorrection(9); // => 0.9138748917925526 (R: exp(lgamma(4.5) - log(sqrt(4.5)) - lgamma(4)))
 */
export function hedgesCorrection(df: number): number {
  if (!(df > 1)) {
    throw new StatisticError('too-few-values', `Hedges' correction needs more than 1 degree of freedom (n ≥ 3), got ${df}`);
  }
  // Every classroom of 25 asks for J(24): remember the last answer.
  if (df !== lastDf) {
    lastValue = Math.exp(logGamma(df / 2) - 0.5 * Math.log(df / 2) - logGamma((df - 1) / 2));
    lastDf = df;
  }
  return lastValue;
}

let lastDf = NaN;
let lastValue = NaN;
