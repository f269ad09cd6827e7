import { logGamma } from './log-gamma.js';
import { StatisticError } from './statistic-error.js';

const LOG_SQRT_TWO_PI = 0.918938533204672741780329736406;

const STIRLING_COEFFICIENTS = [1 / 12, -1 / 360, 1 / 1260, -1 / 1680, 1 / 1188, -691 / 360360, 1 / 156, -3617 / 122400];

/**
 * The remainder of Stirling's series, log Γ(x) − ((x − ½)·log x − x + log √(2π)), for x ≥ 10:
 * 1/(12x) − 1/(360x³) + 1/(1260x⁵) − … (Abramowitz & Stegun 6.1.41), accurate to 1e-17 there.
 */
function stirlingRemainder(x: number): number {
  const inverseSquare = 1 / (x * x);
  let sum = 0;
  for (let i = STIRLING_COEFFICIENTS.length - 1; i >= 0; i--) sum = sum * inverseSquare + STIRLING_COEFFICIENTS[i];
  return sum / x;
}

/**
 * Log-beta: the natural logarithm of the beta function, log B(a, b) = log Γ(a) + log Γ(b) − log Γ(a + b).
 *
 * When a shape is 10 or more the large log-gamma terms are cancelled analytically (Stirling's
 * series, as R's `lbeta`), so the result keeps its relative accuracy for large degrees of freedom
 * (a t with df = 10⁷ needs log B(5·10⁶, ½) to about 1e-15, which plain differences of log-gammas
 * near 7·10⁷ cannot give). Use it for the normalising constant of the beta, t and F distributions.
 *
 * Reference: Abramowitz, M. & Stegun, I. A. (1964). Handbook of Mathematical Functions, 6.2.2 and
 * 6.1.41; R Core Team, nmath/lbeta.c.
 *
 * @param a positive shape
 * @param b positive shape
 * @throws {StatisticError} `undefined` when a or b is not a positive finite number
 * @example
 * logBeta(2, 3); // => -2.4849066497880004 (log(1/12), R: lbeta(2, 3))
 */
export function logBeta(a: number, b: number): number {
  if (!(a > 0) || !(b > 0) || !Number.isFinite(a) || !Number.isFinite(b)) {
    throw new StatisticError('undefined', `log-beta needs positive finite shapes, got ${a} and ${b}`);
  }
  const small = Math.min(a, b);
  const large = Math.max(a, b);
  // A report asks for the same shapes thousands of times (B(½, 12) for every class of 25): remember the last.
  if (small !== lastSmall || large !== lastLarge) {
    lastValue = computeLogBeta(small, large);
    lastSmall = small;
    lastLarge = large;
  }
  return lastValue;
}

let lastSmall = NaN;
let lastLarge = NaN;
let lastValue = NaN;

function computeLogBeta(small: number, large: number): number {
  const total = small + large;
  if (small >= 10) {
    const correction = stirlingRemainder(small) + stirlingRemainder(large) - stirlingRemainder(total);
    return (
      -0.5 * Math.log(large) + LOG_SQRT_TWO_PI + correction +
      (small - 0.5) * Math.log(small / total) + large * Math.log1p(-small / total)
    );
  }
  if (large >= 10) {
    const correction = stirlingRemainder(large) - stirlingRemainder(total);
    return logGamma(small) + correction + small - small * Math.log(total) + (large - 0.5) * Math.log1p(-small / total);
  }
  return logGamma(small) + logGamma(large) - logGamma(total);
}
