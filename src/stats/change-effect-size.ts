import { hedgesCorrection } from './hedges-correction.js';
import { noncentralTConfidenceInterval } from './noncentral-t-distribution.js';
import { normalQuantile } from './normal-distribution.js';
import { PairedSummary } from './paired-summary.js';
import { StatisticError } from './statistic-error.js';

/** z = Φ⁻¹(0.975), the multiplier of the normal-theory 95% intervals. */
const Z = normalQuantile(0.975);

/**
 * Which standardized change: `dav` Hattie's effect size as taught to teachers (Lakens' d_av, the
 * mean gain over the average of the pre and post SDs), `dz` the mean gain over the SD of the gains,
 * `drm` Lakens' d_rm (repeated measures), `db` Becker's d (the mean gain over the pre-test SD).
 */
export type ChangeEffectSizeKind = 'dav' | 'dz' | 'drm' | 'db';

/** A standardized change with its standard error, 95% interval and small-sample correction. */
export interface ChangeEffectSize {
  value: number;
  se: number;
  ciLow: number;
  ciHigh: number;
  /** value × J(n − 1), Hedges' exact small-sample correction. */
  hedges: number;
}

/** The number of students, when there are at least `minimum` (and every score is a finite number). */
function studentCount(summary: PairedSummary, minimum: number): number {
  const n = summary.gains().length;
  if (n < minimum) {
    throw new StatisticError('too-few-values', `this effect size needs at least ${minimum} students, got ${n}`);
  }
  return n;
}

function correlationBelowOne(summary: PairedSummary, kind: ChangeEffectSizeKind): number {
  const r = summary.correlation();
  if (r === 1) {
    throw new StatisticError('undefined', `${kind} has no standard error when pre and post correlate perfectly (r = 1)`);
  }
  return r;
}

function nonZero(spread: number, what: string): number {
  if (spread === 0) throw new StatisticError('zero-variance', `the effect size is undefined: ${what} is zero`);
  return spread;
}

function pointEstimate(summary: PairedSummary, kind: ChangeEffectSizeKind): number {
  const meanGain = summary.meanGain();
  switch (kind) {
    case 'dav':
      return meanGain / nonZero((summary.preSd() + summary.postSd()) / 2, 'the average of the pre and post SDs');
    case 'db':
      return meanGain / nonZero(summary.preSd(), 'the pre-test SD');
    case 'dz':
      return meanGain / nonZero(summary.gainSd(), 'the SD of the gains (every gain is the same)');
    case 'drm': {
      const gainSd = nonZero(summary.gainSd(), 'the SD of the gains (every gain is the same)');
      const r = correlationBelowOne(summary, kind);
      return meanGain / (gainSd / Math.sqrt(2 * (1 - r)));
    }
  }
}

/**
 * The point estimate alone of a standardized change (see `changeEffectSize`), for groups where
 * the full figure is undefined but the value is not — two students, or a pre/post correlation of
 * 1 (d_av, d_z, d_b). The analysis calls this when `changeEffectSize` throws and writes `null`
 * for se, ciLow, ciHigh and hedges.
 *
 * @throws {StatisticError} `too-few-values` for n < 2; `zero-variance` when the denominator SD is
 *   zero; `undefined` for d_rm when r = 1; RangeError when pre and post differ in length
 * @example
 * changeEffectSizeValue([12, 15, 20], [14, 19, 21], 'dz'); // => 1.5275252316519468 (R: mean(d) / sd(d))
 */
export function changeEffectSizeValue(
  pre: readonly number[],
  post: readonly number[],
  kind: ChangeEffectSizeKind,
  summary: PairedSummary = new PairedSummary(pre, post),
): number {
  studentCount(summary, 2);
  return pointEstimate(summary, kind);
}

/**
 * Standardized effect size of change within one group of matched students, with its standard
 * error, 95% confidence interval and Hedges-corrected value, exactly as shared/STATISTICS.md:
 *
 * - `dav` (Hattie; Lakens' d_av) = mean gain / ((s1 + s2)/2), SE = √((1/n + d²/(2n)) · 2(1 − r))
 * - `drm` (Lakens' d_rm) = mean gain / (sD / √(2(1 − r))), same SE
 * - `db` (Becker) = mean gain / s1, SE = √(2(1 − r)/n + d²/(2n))
 * - `dz` = mean gain / sD, SE = √(1/n + d²/(2n))
 *
 * The interval is d ∓ z·SE (z = Φ⁻¹(0.975)) except for d_z, whose exact interval inverts the
 * noncentral t (df = n − 1, t = d_z·√n) as R's `effectsize::cohens_d(post, pre, paired = TRUE)`.
 * `hedges` = J(n − 1)·d with the exact correction. Use the kind the report names; d_z is usually
 * 1.3–2.2 times d_av, so never mix them.
 *
 * Needs n ≥ 3 (J(1) = 0 and with two students r is ±1); for a value alone use
 * `changeEffectSizeValue`.
 *
 * Reference: Lakens, D. (2013). Calculating and reporting effect sizes to facilitate cumulative
 * science. Frontiers in Psychology, 4, 863; Becker, B. J. (1988). British Journal of Mathematical
 * and Statistical Psychology, 41, 257–278; Hattie, J. (2012). Visible Learning for Teachers.
 *
 * @param pre pre-test scores
 * @param post post-test scores of the same students, same order
 * @param kind which standardized change
 * @param summary the group's shared figures, when the caller computes several (see PairedSummary)
 * @throws {StatisticError} `too-few-values` for n < 3; `zero-variance` when an SD the figure
 *   needs is zero (including r undefined); `undefined` when r = 1 for d_av and d_rm;
 *   RangeError when pre and post differ in length
 * @example
 * changeEffectSize([12, 15, 20, 9], [14, 19, 21, 13], 'dav').value; // => 0.6430773549494595 (R: mean(post - pre) / ((sd(pre) + sd(post)) / 2))
 */
export function changeEffectSize(
  pre: readonly number[],
  post: readonly number[],
  kind: ChangeEffectSizeKind,
  summary: PairedSummary = new PairedSummary(pre, post),
): ChangeEffectSize {
  const n = studentCount(summary, 3);
  const value = pointEstimate(summary, kind);
  const hedges = hedgesCorrection(n - 1) * value;
  if (kind === 'dz') {
    const se = Math.sqrt(1 / n + (value * value) / (2 * n));
    const ncp = noncentralTConfidenceInterval(value * Math.sqrt(n), n - 1);
    return { value, se, ciLow: ncp.low / Math.sqrt(n), ciHigh: ncp.high / Math.sqrt(n), hedges };
  }
  const r = kind === 'db' ? summary.correlation() : correlationBelowOne(summary, kind);
  const se =
    kind === 'db'
      ? Math.sqrt((2 * (1 - r)) / n + (value * value) / (2 * n))
      : Math.sqrt((1 / n + (value * value) / (2 * n)) * 2 * (1 - r));
  return { value, se, ciLow: value - Z * se, ciHigh: value + Z * se, hedges };
}
