import { findRoot } from './find-root.js';
import { logBeta } from './log-beta.js';
import { normalCdf, normalQuantile } from './normal-distribution.js';
import { regularizedIncompleteBeta } from './regularized-incomplete-beta.js';
import { StatisticError } from './statistic-error.js';
import { studentTCdf } from './student-t-distribution.js';

const SQRT_TWO_OVER_PI = 0.797884560802865355879892119869;
const ONE_OVER_SQRT_TWO_PI = 0.398942280401432677939946059934;
const MAX_TERMS = 1000;
const ERROR_BOUND = 1e-12;

/**
 * AS 243 at one t and df, as a function of ncp: P(T ≤ t) with its first and second derivatives
 * in ncp (for Halley's method). The first terms of the twin series, which do not depend on ncp
 * (incomplete beta functions of x = t²/(t² + df)), are computed once, on first use.
 *
 * The derivatives come from the Poisson weights of the series: ∂p_j/∂δ = δ(p_{j−1} − p_j) and
 * ∂q_j/∂δ = δ(q_{j−1} − q_j) (with δ·q_{−1} = φ(δ)), which summed by parts give
 * ∂G/∂δ = −φ(δ)(1 − x)^{df/2} − δ·Σ_j (p_j·godd_j + q_j·geven_j), a sum of terms of one sign.
 */
class NoncentralTSeries {
  /** After `evaluate(ncp)`: P(T ≤ t) at that ncp, and its first and second derivatives in ncp. */
  value = 0;
  slope = 0;
  curvature = 0;
  /**
   * After `evaluate(ncp)`: how far ncp may move with the series still stopping at the same term
   * (so that the computed CDF is smooth there); 0 when that is not known.
   */
  steady = 0;
  private readonly x: number;
  private readonly b: number;
  /** The ncp-independent first terms (see `prepare`). */
  private prepared = false;
  private xodd0 = 0;
  private xeven0 = 0;
  private godd0 = 0;
  private geven0 = 0;
  private rxb = 0;

  constructor(
    readonly t: number,
    readonly df: number,
  ) {
    this.x = (t * t) / (t * t + df);
    this.b = 0.5 * df;
  }

  /** Sets `value` (exactly R's `pt(t, df, ncp)`), `slope` and `curvature` at `ncp`. */
  evaluate(ncp: number): void {
    const { t, df } = this;
    if (!(df > 0) || Number.isNaN(t) || Number.isNaN(ncp)) {
      throw new StatisticError('undefined', `noncentral t needs df > 0 and numbers, got t=${t}, df=${df}, ncp=${ncp}`);
    }
    this.steady = 0;
    if (t === Infinity || t === -Infinity) return this.set(t > 0 ? 1 : 0, 0, 0);
    const negated = t < 0;
    if (negated && ncp > 40) return this.set(0, 0, 0);
    // G(δ) = P(T ≤ |t|) at δ = ±ncp, with dG/dδ and d²G/dδ²; for t < 0, F(ncp) = 1 − G(−ncp).
    const del = negated ? -ncp : ncp;
    if (df > 4e5 || del * del > 2 * Math.LN2 * 1021) {
      // R's normal approximation (Abramowitz & Stegun 26.7.10); no clamping, as R.
      const tt = negated ? -t : t;
      const s = 1 / (4 * df);
      const spread = Math.sqrt(1 + tt * tt * 2 * s);
      const z = (tt * (1 - s) - del) / spread;
      const density = ONE_OVER_SQRT_TWO_PI * Math.exp(-0.5 * z * z);
      const value = ncp === 0 ? studentTCdf(t, df) : negated ? normalCdf(-z) : normalCdf(z);
      return this.set(value, -density / spread, ((negated ? z : -z) * density) / (spread * spread));
    }
    const lambda = del * del;
    const p = 0.5 * Math.exp(-0.5 * lambda);
    const density = SQRT_TWO_OVER_PI * p; // φ(δ)
    let lower = 0;
    let slope = -density;
    let curvature = del * density;
    this.steady = Infinity; // Φ(−δ) alone when t = 0
    if (this.x > 0) {
      if (p === 0) throw new StatisticError('no-convergence', `noncentral t underflow for t=${t}, df=${df}, ncp=${ncp}`);
      this.series(del, lambda, p);
      lower = SUMS[0];
      slope = -density * this.rxb - del * SUMS[1];
      curvature = del * density * this.rxb - SUMS[1] - del * SUMS[2];
    }
    lower = Math.min(lower + normalCdf(-del), 1);
    const value = ncp === 0 ? studentTCdf(t, df) : negated ? 1 - lower : lower;
    return this.set(value, slope, negated ? -curvature : curvature);
  }

  /**
   * The twin series at δ (λ = δ², p = e^{−λ/2}/2), as R's pnt, into SUMS: the series itself,
   * Σ (p_j·godd_j + q_j·geven_j) and Σ (∂p_j/∂δ·godd_j + ∂q_j/∂δ·geven_j).
   */
  private series(del: number, lambda: number, p: number): void {
    if (!this.prepared) this.prepare();
    const q = SQRT_TWO_OVER_PI * p * del;
    let s = 0.5 - p;
    if (s < 1e-7) s = -0.5 * Math.expm1(-0.5 * lambda);
    const terms = twinSeries(this.x, this.b, this.xodd0, this.godd0, this.xeven0, this.geven0, lambda, p, q, s);
    if (terms > MAX_TERMS) {
      throw new StatisticError('no-convergence', `noncentral t series did not converge for t=${this.t}, df=${this.df}, ncp=${del}`);
    }
    // ∂p_0/∂δ = −δ·p_0 and ∂q_0/∂δ = φ(δ) − δ·q_0; the later terms are δ times twinSeries' differences.
    SUMS[2] = -del * p * this.godd0 + (SQRT_TWO_OVER_PI * p - del * q) * this.geven0 + del * SUMS[2];
    this.steady = steadiness(del, lambda, terms);
  }

  /** The first terms of the twin series, which depend on t and df only. */
  private prepare(): void {
    const { x, b } = this;
    this.rxb = Math.pow(1 - x, b);
    this.xodd0 = regularizedIncompleteBeta(x, 0.5, b);
    this.godd0 = 2 * this.rxb * Math.exp(0.5 * Math.log(x) - logBeta(0.5, b));
    const bTimesX = b * x;
    this.xeven0 = bTimesX < Number.EPSILON ? bTimesX : 1 - this.rxb;
    this.geven0 = bTimesX * this.rxb;
    this.prepared = true;
  }

  private set(value: number, slope: number, curvature: number): void {
    this.value = value;
    this.slope = slope;
    this.curvature = curvature;
  }
}

/**
 * How far δ may move with the series still stopping at the same term, so that the computed CDF is
 * smooth over the move (0 when not known): the series stops at the first term j whose error bound
 * 2·s_j·xodd_{j+1} is below ERROR_BOUND. Only s_j, the Poisson mass left, depends on δ, changing
 * by δ·p_j/s_j relative per unit of δ; so the stopping term stays while that change is smaller
 * than the bounds' margins from ERROR_BOUND at the last two terms (less the rounding error of s),
 * here with a factor 4 to spare. The bound one term earlier was 2·(s + p)·xodd, as
 * xodd_{j−1} − godd_{j−1} = xodd_j.
 */
function steadiness(del: number, lambda: number, terms: number): number {
  const s = SUMS[4];
  if (!(s > 0) || del === 0) return 0;
  const p = SUMS[5];
  const bound = Math.abs(SUMS[3]) / ERROR_BOUND;
  const previousBound = terms === 1 ? Infinity : (2 * (s + p) * SUMS[6]) / ERROR_BOUND;
  const margin = Math.min(1 - bound, 1 - 1 / previousBound) - (4.8e-16 * terms) / s;
  const previousP = (p * 2 * terms) / lambda;
  const change = Math.abs(del) * Math.max(p / s, previousP / (s + p));
  return margin > 0 ? margin / (4 * change) : 0;
}

/**
 * What `twinSeries` finds, read right after each call (a typed array, so no number is boxed): the
 * three sums, then its state where the error bound stopped it (see there).
 */
const SUMS = new Float64Array(7);

/**
 * The loop of AS 243 from term 1 on, given term 0 (x, b = df/2, the incomplete beta functions
 * xodd, xeven and their steps godd, geven; the Poisson weights p, q; s the Poisson mass left).
 * Writes Σ p_j·xodd_j + q_j·xeven_j, Σ p_j·godd_j + q_j·geven_j and
 * Σ_{j≥1} (p_{j−1} − p_j)·godd_j + (q_{j−1} − q_j)·geven_j to SUMS[0…2] and returns the last
 * term's index (MAX_TERMS + 1 when the series did not converge). When the error bound stopped it,
 * SUMS[3…6] are that bound, s, p and xodd at the last term (for `steadiness`); otherwise SUMS[4]
 * (s) is 0. Kept small, free of calls and throws and of arithmetic after the loop: V8 then keeps
 * every running value unboxed (with any of these it boxed a number or more per term).
 */
function twinSeries(x: number, b: number, xodd: number, godd: number, xeven: number, geven: number, lambda: number, p: number, q: number, s: number): number {
  let tnc = p * xodd + q * xeven;
  let slopeSum = p * godd + q * geven;
  let curvatureSum = 0;
  let a = 0.5;
  SUMS[4] = 0;
  let it = 1;
  for (; it <= MAX_TERMS; it++) {
    a += 1;
    xodd -= godd;
    xeven -= geven;
    godd *= (x * (a + b - 1)) / a;
    geven *= (x * (a + b - 0.5)) / (a + 0.5);
    const previousP = p;
    const previousQ = q;
    p *= lambda / (2 * it);
    q *= lambda / (2 * it + 1);
    tnc += p * xodd + q * xeven;
    slopeSum += p * godd + q * geven;
    curvatureSum += (previousP - p) * godd + (previousQ - q) * geven;
    s -= p;
    if (s < -1e-10) break; // rounding error; R warns "full precision may not have been achieved"
    if (s <= 0 && it > 1) break;
    const errorBound = 2 * s * (xodd - godd);
    if (Math.abs(errorBound) < ERROR_BOUND) {
      SUMS[3] = errorBound;
      SUMS[4] = s;
      SUMS[5] = p;
      SUMS[6] = xodd;
      break;
    }
  }
  SUMS[0] = tnc;
  SUMS[1] = slopeSum;
  SUMS[2] = curvatureSum;
  return it;
}

/**
 * Noncentral t cumulative distribution function P(T ≤ t) for T = (Z + ncp)/√(χ²_df/df):
 * the distribution of a t statistic when the true standardized effect is not zero.
 *
 * Lenth's algorithm AS 243 — Guenther's twin series of incomplete beta functions weighted by
 * Poisson probabilities — exactly as R's `pt(t, df, ncp)`, including R's normal approximation
 * (Abramowitz & Stegun 26.7.10) when df > 4e5 or ncp² > 2·log 2·1021. Use it to invert a t test
 * into a confidence interval for an effect size.
 *
 * Reference: Lenth, R. V. (1989). Algorithm AS 243: Cumulative distribution function of the
 * non-central t distribution. Applied Statistics, 38, 185–189; R Core Team, nmath/pnt.c.
 *
 * @throws {StatisticError} `undefined` when df ≤ 0 or an argument is NaN
 * @example
 * noncentralTCdf(2, 10, 1); // => 0.8076115625303111 (R: pt(2, 10, ncp = 1))
 */
export function noncentralTCdf(t: number, df: number, ncp: number): number {
  return noncentralTCdfAt(t, df)(ncp);
}

/**
 * `noncentralTCdf` with t and df fixed: returns ncp ↦ P(T ≤ t). The parts of AS 243 that do not
 * depend on ncp (the incomplete beta functions of x = t²/(t² + df) that start the series) are
 * computed once, so many evaluations at one t cost less. The values are exactly those of
 * `noncentralTCdf`.
 *
 * @throws {StatisticError} as `noncentralTCdf`, when the returned function is called
 * @example
 * noncentralTCdfAt(2, 10)(1); // => 0.8076115625303111 (R: pt(2, 10, ncp = 1))
 */
export function noncentralTCdfAt(t: number, df: number): (ncp: number) => number {
  const series = new NoncentralTSeries(t, df);
  return (ncp: number): number => {
    series.evaluate(ncp);
    return series.value;
  };
}

/**
 * Confidence interval for a noncentrality parameter by inverting the noncentral t: the ncp
 * values at which the observed t sits at the (1 + level)/2 quantile (low) and the (1 − level)/2
 * quantile (high). Dividing by √n (one sample, paired) or √(n1·n2/(n1 + n2)) (two samples) turns
 * it into the exact interval for Cohen's d_z or d / Hedges' g, as R's `effectsize`.
 *
 * Each limit is solved by Halley's method (the series gives the CDF's first two derivatives in
 * ncp) from the normal approximation of the limit, to about 1e-15 — usually two CDF evaluations;
 * should an iterate leave the bracket the evaluations so far establish, or the steps stall,
 * Brent's method finishes (to 1e-13). `effectsize` itself uses Nelder–Mead (`optim`,
 * abstol 1e-9), so its limits agree with these to about 1e-7.
 *
 * Reference: Steiger, J. H. & Fouladi, R. T. (1997). Noncentrality interval estimation and the
 * evaluation of statistical models. In What If There Were No Significance Tests? Erlbaum;
 * Halley's method: e.g. Press, W. H. et al. (2007). Numerical Recipes, 3rd ed., §9.4.
 *
 * @param tObserved the observed t statistic
 * @param df its degrees of freedom
 * @param level confidence level in (0, 1), default 0.95
 * @throws {StatisticError} `undefined` for df ≤ 0, a non-finite t or a level outside (0, 1);
 *   `no-convergence` if a limit cannot be bracketed
 * @example
 * noncentralTConfidenceInterval(3, 9); // => { low: 0.556840105097342, high: 5.33371685302935 } (R: uniroot(function(ncp) pt(3, 9, ncp) - 0.975, …))
 */
export function noncentralTConfidenceInterval(
  tObserved: number,
  df: number,
  level = 0.95,
): { low: number; high: number } {
  if (!Number.isFinite(tObserved) || !(df > 0) || !(level > 0 && level < 1)) {
    throw new StatisticError('undefined', `noncentral t interval needs a finite t, df > 0 and 0 < level < 1, got t=${tObserved}, df=${df}, level=${level}`);
  }
  const series = new NoncentralTSeries(tObserved, df);
  return { low: noncentralityAt(series, (1 + level) / 2), high: noncentralityAt(series, (1 - level) / 2) };
}

/**
 * The ncp at which P(T ≤ t) = target: Halley's method, Brent's when Halley leaves its bracket
 * or stalls. The series stops where its error bound falls below 1e-12, so the computed CDF jumps
 * by up to about that much where one more term starts to count; a limit is accepted only from an
 * evaluation at it (within 1e-14) or within `steady` of one, so near such a jump it is the
 * crossing point, as a bracketing solver (and R's uniroot) finds it.
 */
function noncentralityAt(series: NoncentralTSeries, target: number): number {
  const { t, df } = series;
  // Start from the normal approximation P(T ≤ t) ≈ Φ((t(1 − s) − ncp)/√(1 + 2s·t²)), s = 1/(4df).
  const s = 1 / (4 * df);
  let ncp = t * (1 - s) - normalQuantile(target) * Math.sqrt(1 + 2 * s * t * t);
  // The CDF falls as ncp grows: the root lies between `below` (gap > 0) and `above` (gap < 0).
  let below = -Infinity;
  let above = Infinity;
  let previousStep = NaN; // the last Halley step
  for (let iteration = 0; iteration < 20; iteration++) {
    series.evaluate(ncp);
    const gap = series.value - target;
    if (gap === 0) return ncp;
    if (gap > 0) below = ncp;
    else above = ncp;
    const newton = -gap / series.slope;
    const halley = 1 + (newton * series.curvature) / (2 * series.slope);
    const useHalley = halley > 0.5 && halley < 2;
    const step = useHalley ? newton / halley : newton;
    const scale = Math.max(1, Math.abs(ncp));
    if (Math.abs(step) <= 1e-14 * scale) return ncp + step;
    // Halley converges cubically: after this step about |step|·(step/previous step)³ is left. Where
    // that is below 1e-17 and the series stops at the same term all the way, an evaluation at
    // ncp + step would only confirm it.
    const left = Math.abs(step) * Math.abs((step / previousStep) ** 3);
    if (useHalley && left <= 1e-17 * scale && Math.abs(step) < Math.min(series.steady, Math.abs(previousStep))) return ncp + step;
    const next = ncp + step;
    // Leaving the bracket, or steps that stop shrinking (straddling a jump of the series): Brent.
    if (!(next > below && next < above) || Math.abs(step) > 0.5 * Math.abs(previousStep)) break;
    previousStep = useHalley ? step : NaN;
    ncp = next;
  }
  return bracketedNoncentrality(series, target, below, above);
}

/** The fallback of `noncentralityAt`: widen the bracket by doubling steps from t, then Brent. */
function bracketedNoncentrality(series: NoncentralTSeries, target: number, below: number, above: number): number {
  const gap = (ncp: number): number => {
    series.evaluate(ncp);
    return series.value - target;
  };
  const t = series.t;
  const firstStep = 1 + Math.abs(t) * 0.5;
  for (let step = firstStep; below === -Infinity; step *= 2) {
    if (step > 1e6) throw new StatisticError('no-convergence', 'noncentral t interval: lower bracket not found');
    const candidate = Math.min(t, above) - step;
    if (gap(candidate) > 0) below = candidate;
    else above = candidate;
  }
  for (let step = firstStep; above === Infinity; step *= 2) {
    if (step > 1e6) throw new StatisticError('no-convergence', 'noncentral t interval: upper bracket not found');
    const candidate = Math.max(t, below) + step;
    if (gap(candidate) < 0) above = candidate;
    else below = candidate;
  }
  return findRoot(gap, below, above, 1e-13);
}
