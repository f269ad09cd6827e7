/**
 * One group of matched students (a strategy, a teacher's class, an ELL subgroup…) → the `Group`
 * figures of the JSON contract. Every figure comes from `src/stats`; undefined ones are null and
 * summarised in one warning per group.
 */
import { EFFECT_SIZE_KINDS, type Describe, type EffectSize, type EffectSizeKind, type Group, type Warning } from './findings.js';
import { MissingFigures } from './figure.js';
import { sortedMedian } from '../stats/median.js';
import { PairedSummary } from '../stats/paired-summary.js';
import { changeEffectSize, changeEffectSizeValue } from '../stats/change-effect-size.js';
import { pairedTTest } from '../stats/paired-t-test.js';
import { wilcoxonSignedRank } from '../stats/wilcoxon-signed-rank.js';
import { meanNormalizedChange } from '../stats/normalized-change.js';
import { classNormalizedGain } from '../stats/class-normalized-gain.js';
import { proficiencyChange } from '../stats/proficiency-change.js';

export interface GroupSettings {
  maxScore: number | null;
  proficientAt: number | null;
}

/** Display names of the effect sizes, as the report labels them. */
export const EFFECT_SIZE_LABELS: Record<EffectSizeKind, string> = {
  dav: 'd_av',
  dz: 'd_z',
  drm: 'd_rm',
  db: 'd_b',
};

const NULL_EFFECT_SIZE: EffectSize = { value: null, se: null, ciLow: null, ciHigh: null, hedges: null };

/** One group's figures, and why any of them is null (null when none is). */
export interface GroupSummary {
  group: Group;
  /** "d_av, d_z not computed: every gain is equal" — the `figure-not-computed` warning's text; see `figuresNotComputed`. */
  reasons: string | null;
}

/**
 * Every Group figure of one group given as its scores: `pre[i]` and `post[i]` are one
 * student's (the analysis keeps scores, not student objects, for every group and worker thread).
 * It returns the reasons for null figures instead of a warning, so the caller names the group
 * (`figuresNotComputed`).
 *
 * @example
 * summarizeScores([10, 12, 14], [13, 15, 20], { maxScore: null, proficientAt: null }).group.gain;
 * // => { mean: 4, sd: 1.7320508075688772, median: 3 }
 */
export function summarizeScores(pre: readonly number[], post: readonly number[], settings: GroupSettings): GroupSummary {
  const missing = new MissingFigures();
  const { maxScore, proficientAt } = settings;
  // Every figure below shares one set of gains, means, SDs, r and sorted scores, computed once.
  const paired = new PairedSummary(pre, post);

  const effectSize = (kind: EffectSizeKind): EffectSize =>
    missing.figure(INTERVAL_LABELS[kind], () => changeEffectSize(pre, post, kind, paired)) ??
    // With two students, or r = 1, the interval is undefined but the value may not be.
    { ...NULL_EFFECT_SIZE, value: missing.figure(EFFECT_SIZE_LABELS[kind], () => changeEffectSizeValue(pre, post, kind, paired)) };
  // One literal, in the order of EFFECT_SIZE_KINDS (the report's order).
  const effectSizes: Record<EffectSizeKind, EffectSize> = { dav: effectSize('dav'), dz: effectSize('dz'), drm: effectSize('drm'), db: effectSize('db') };
  const tTest = missing.figure('paired t-test', () => pairedTTest(pre, post, 0.95, paired));
  const wilcoxon = missing.figure('Wilcoxon test', () => wilcoxonSignedRank(pre, post, paired));
  const n = pre.length;

  const group: Group = {
    n,
    pre: describeScores(missing, PRE_LABELS, n, () => paired.preMean(), () => paired.preSd(), () => paired.sortedPre()),
    post: describeScores(missing, POST_LABELS, n, () => paired.postMean(), () => paired.postSd(), () => paired.sortedPost()),
    gain: {
      mean: missing.figure('mean gain', () => paired.meanGain()),
      sd: missing.figure('SD of gains', () => paired.gainSd()),
      median: missing.figure('median gain', () => sortedMedian(paired.sortedGains())),
    },
    r: missing.figure('pre/post correlation', () => paired.correlation()),
    effectSizes,
    tTest: {
      t: tTest?.t ?? null,
      df: tTest?.df ?? null,
      p: tTest?.p ?? null,
      ciLow: tTest?.ciLow ?? null,
      ciHigh: tTest?.ciHigh ?? null,
    },
    wilcoxon: { v: wilcoxon?.v ?? null, p: wilcoxon?.p ?? null },
    normalizedGain: {
      class: maxScore === null ? null : missing.figure('class normalized gain', () => classNormalizedGain(paired.preMean(), paired.postMean(), maxScore)),
      studentMean: maxScore === null ? null : missing.figure('mean normalized change', () => meanNormalizedChange(pre, post, maxScore)),
    },
    proficiency: proficientAt === null ? null : missing.figure('proficiency', () => proficiencyChange(pre, post, proficientAt)),
  };
  return { group, reasons: missing.describe() };
}

/**
 * The `figure-not-computed` warning of a group of `n` students named `label`, whose null figures
 * `reasons` explains (`GroupSummary.reasons`).
 *
 * @example
 * figuresNotComputed('A, teacher T2', 1, 'pre SD not computed: …').message; // => 'A, teacher T2 (n = 1): pre SD not computed: ….'
 */
export function figuresNotComputed(label: string, n: number, reasons: string): Warning {
  return { code: 'figure-not-computed', message: `${label} (n = ${n}): ${reasons}.` };
}

/** The warning labels of one side's descriptives. */
interface DescribeLabels {
  mean: string;
  sd: string;
  median: string;
}

const PRE_LABELS: DescribeLabels = { mean: 'pre mean', sd: 'pre SD', median: 'pre median' };
const POST_LABELS: DescribeLabels = { mean: 'post mean', sd: 'post SD', median: 'post median' };
const INTERVAL_LABELS = Object.fromEntries(EFFECT_SIZE_KINDS.map((kind) => [kind, `${EFFECT_SIZE_LABELS[kind]} interval`])) as Record<EffectSizeKind, string>;

function describeScores(missing: MissingFigures, labels: DescribeLabels, n: number, mean: () => number, sd: () => number, sorted: () => readonly number[]): Describe {
  return {
    mean: missing.figure(labels.mean, mean),
    sd: missing.figure(labels.sd, sd),
    median: missing.figure(labels.median, () => sortedMedian(sorted())),
    min: n === 0 ? null : sorted()[0],
    max: n === 0 ? null : sorted()[n - 1],
  };
}
