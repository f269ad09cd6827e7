import { StatisticError } from './statistic-error.js';

/**
 * Brent's root finder: a zero of a continuous function f on an interval [lower, upper] where
 * f(lower) and f(upper) have opposite signs, combining bisection, the secant method and inverse
 * quadratic interpolation. Guaranteed to converge on a bracketing interval, usually superlinearly.
 * Use it to invert a distribution function (quantiles, confidence limits by test inversion).
 * R's `uniroot` uses the same algorithm.
 *
 * Reference: Brent, R. P. (1973). Algorithms for Minimization without Derivatives, ch. 4.
 *
 * @param f the function
 * @param lower one end of the bracket
 * @param upper the other end
 * @param tolerance absolute tolerance on the root (default 1e-14 relative to the root's size)
 * @throws {StatisticError} `no-convergence` when f does not change sign on the bracket or the
 *   iteration limit (1000) is reached
 * @example
 * findRoot((x) => x * x - 2, 0, 2); // => 1.4142135623730951 (√2)
 */
export function findRoot(f: (x: number) => number, lower: number, upper: number, tolerance = 0): number {
  let a = lower;
  let b = upper;
  let fa = f(a);
  let fb = f(b);
  if (fa === 0) return a;
  if (fb === 0) return b;
  if (!(fa * fb < 0)) {
    throw new StatisticError('no-convergence', `root finder: f(${a}) = ${fa} and f(${b}) = ${fb} do not bracket a root`);
  }
  let c = a;
  let fc = fa;
  let d = b - a;
  let e = d;
  for (let iteration = 0; iteration < 1000; iteration++) {
    if (fb * fc > 0) {
      c = a;
      fc = fa;
      d = b - a;
      e = d;
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const tol = 2 * Number.EPSILON * Math.abs(b) + 0.5 * tolerance;
    const m = 0.5 * (c - b);
    if (Math.abs(m) <= tol || fb === 0) return b;
    if (Math.abs(e) >= tol && Math.abs(fa) > Math.abs(fb)) {
      let p: number;
      let q: number;
      const s = fb / fa;
      if (a === c) {
        p = 2 * m * s;
        q = 1 - s;
      } else {
        const qa = fa / fc;
        const r = fb / fc;
        p = s * (2 * m * qa * (qa - r) - (b - a) * (r - 1));
        q = (qa - 1) * (r - 1) * (s - 1);
      }
      if (p > 0) q = -q;
      else p = -p;
      if (2 * p < Math.min(3 * m * q - Math.abs(tol * q), Math.abs(e * q))) {
        e = d;
        d = p / q;
      } else {
        d = m;
        e = m;
      }
    } else {
      d = m;
      e = m;
    }
    a = b;
    fa = fb;
    b += Math.abs(d) > tol ? d : m > 0 ? tol : -tol;
    fb = f(b);
  }
  throw new StatisticError('no-convergence', 'root finder did not converge in 1000 iterations');
}
