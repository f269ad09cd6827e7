import { findRoot } from './find-root.js';
import { logBeta } from './log-beta.js';
import { normalCdf, normalQuantile } from './normal-distribution.js';
import { regularizedIncompleteBeta } from './regularized-incomplete-beta.js';
import { StatisticError } from './statistic-error.js';

function checkDegreesOfFreedom(df: number): void {
  if (!(df > 0)) throw new StatisticError('undefined', `Student's t needs positive degrees of freedom, got ${df}`);
}

/**
 * Upper tail of Student's t, P(T > t), computed directly from the incomplete beta function,
 * choosing the form whose argument is at most ½ (as R's `pt` does) so that small tails keep
 * their relative accuracy.
 */
function studentTUpperTail(t: number, df: number): number {
  if (df === Infinity) return normalCdf(-t);
  if (t === Infinity) return 0;
  if (t === -Infinity) return 1;
  // tail = P(|T| > |t|) / 2 = I_{df/(df+t²)}(df/2, 1/2) / 2, with df/(df+t²) = r²/(1 + r²) for
  // r = √df/|t| so that huge t does not overflow.
  const ratio = Math.sqrt(df) / Math.abs(t);
  const ratioSquared = ratio * ratio;
  if (ratioSquared < 1e-100) {
    // I_x(a, ½) = x^a / (a·B(a, ½)) · (1 + O(x)); on the log scale, as x itself may underflow.
    const a = df / 2;
    const tail = 0.5 * Math.exp(2 * a * Math.log(ratio) - Math.log(a) - logBeta(a, 0.5));
    return t >= 0 ? tail : 1 - tail;
  }
  const tail =
    ratioSquared > 1
      ? 0.5 * regularizedIncompleteBeta(1 / (1 + ratioSquared), 0.5, df / 2, true)
      : 0.5 * regularizedIncompleteBeta(ratioSquared / (1 + ratioSquared), df / 2, 0.5);
  return t >= 0 ? tail : 1 - tail;
}

/** P(0 < T < t) for t ≥ 0 = ½·I_{t²/(df+t²)}(½, df/2): accurate when t is near 0, where the tail is near ½. */
function studentTCentralMass(t: number, df: number): number {
  const ratio = Math.sqrt(df) / t;
  return 0.5 * regularizedIncompleteBeta(1 / (1 + ratio * ratio), 0.5, df / 2);
}

/**
 * Student's t cumulative distribution function P(T ≤ t) for T with `df` degrees of freedom
 * (any positive real df, e.g. Welch's; Infinity gives the normal).
 *
 * P(T ≤ t) = 1 − ½·I_{df/(df+t²)}(df/2, ½) for t ≥ 0 and the mirror image for t < 0. The lower
 * tail keeps relative accuracy for very negative t. As R's `pt(t, df)`.
 *
 * Reference: Abramowitz & Stegun (1964), 26.7.1 and 26.5.27.
 *
 * @throws {StatisticError} `undefined` when df ≤ 0 or t is NaN
 * @example
 * studentTCdf(2, 5); // => 0.9490302605850709 (R: pt(2, 5))
 */
export function studentTCdf(t: number, df: number): number {
  checkDegreesOfFreedom(df);
  if (Number.isNaN(t)) throw new StatisticError('undefined', "Student's t CDF of NaN");
  return studentTUpperTail(-t, df);
}

/**
 * Two-sided p-value of a t statistic: P(|T| ≥ |t|) = I_{df/(df+t²)}(df/2, ½), computed directly
 * so that p-values like 1e-12 keep their relative accuracy (never 1 − something).
 * As R's `2 * pt(-abs(t), df)`, the p-value of `t.test`.
 *
 * Reference: Abramowitz & Stegun (1964), 26.7.1.
 *
 * @throws {StatisticError} `undefined` when df ≤ 0 or t is NaN
 * @example
 * studentTTwoSidedP(2, 5); // => 0.10193947882985828 (R: 2 * pt(-2, 5))
 */
export function studentTTwoSidedP(t: number, df: number): number {
  checkDegreesOfFreedom(df);
  if (Number.isNaN(t)) throw new StatisticError('undefined', "Student's t p-value of NaN");
  return Math.min(1, 2 * studentTUpperTail(Math.abs(t), df));
}

/**
 * Student's t quantile function: the t with P(T ≤ t) = p for `df` degrees of freedom (real df > 0).
 *
 * Found by Brent's method over log t, on log P(T > t) in the tails and on log P(0 < T < t) near
 * the centre, starting from the normal quantile, so extreme tails (p = 1e-300, df = 1) and
 * p near ½ are as accurate as the distribution function. As R's `qt(p, df)`; use it for confidence-interval multipliers (qt(0.975, n − 1)).
 *
 * Reference: Brent, R. P. (1973); Abramowitz & Stegun (1964), 26.7.
 *
 * @param p probability in [0, 1]; 0 and 1 give −Infinity and Infinity
 * @throws {StatisticError} `undefined` for p outside [0, 1] or df ≤ 0
 * @example
 * studentTQuantile(0.975, 10); // => 2.228138851986274 (R: qt(0.975, 10))
 */
export function studentTQuantile(p: number, df: number): number {
  // The same few (p, df) recur for every classroom (qt(0.975, 24)…): remember them.
  if (p === lastP && df === lastDf) return lastQuantile;
  const key = `${p} ${df}`;
  let value = QUANTILES.get(key);
  if (value === undefined) {
    value = computeStudentTQuantile(p, df);
    if (QUANTILES.size >= 4096) QUANTILES.clear();
    QUANTILES.set(key, value);
  }
  lastP = p;
  lastDf = df;
  lastQuantile = value;
  return value;
}

const QUANTILES = new Map<string, number>();
// The last answer, checked before building the key.
let lastP = NaN;
let lastDf = NaN;
let lastQuantile = NaN;

function computeStudentTQuantile(p: number, df: number): number {
  checkDegreesOfFreedom(df);
  if (!(p >= 0 && p <= 1)) throw new StatisticError('undefined', `t quantile needs 0 ≤ p ≤ 1, got ${p}`);
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p === 0.5) return 0;
  if (df === Infinity) return normalQuantile(p);
  const tail = Math.min(p, 1 - p);
  const sign = p < 0.5 ? -1 : 1;
  // Near the centre solve for the mass between 0 and t (½ − tail is exact there); otherwise
  // for the tail itself, so both small t and extreme tails keep their relative accuracy.
  const central = tail > 0.25;
  const logTarget = Math.log(central ? 0.5 - tail : tail);
  const gap = central
    ? (logT: number): number => logTarget - Math.log(studentTCentralMass(Math.exp(logT), df))
    : (logT: number): number => Math.log(studentTUpperTail(Math.exp(logT), df)) - logTarget;
  const start = Math.log(Math.max(-normalQuantile(tail), 1e-300));
  let lower = start - 1;
  let upper = start + 1;
  while (gap(lower) < 0) lower -= 2 * (upper - lower);
  const largestLogT = Math.log(Number.MAX_VALUE);
  while (gap(upper) > 0) {
    if (upper >= largestLogT) throw new StatisticError('no-convergence', `t quantile beyond the number range for p=${p}, df=${df}`);
    upper = Math.min(upper + 2 * (upper - lower), largestLogT);
  }
  return sign * Math.exp(findRoot(gap, lower, upper));
}
