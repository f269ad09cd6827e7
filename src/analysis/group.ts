/**
 * One group of matched students (a strategy, a teacher's class, an ELL subgroup…) → the `Group`
 * figures of the JSON contract. Every figure comes from `src/stats`; undefined ones are null and
 * summarised in one warning per group.
 */
import type { MatchedStudent } from '../ingest/types.js';
import { EFFECT_SIZE_KINDS, type Describe, type EffectSize, type EffectSizeKind, type Group, type Warning } from './findings.js';
import { MissingFigures } from './figure.js';
import { mean } from '../stats/mean.js';
import { median } from '../stats/median.js';
import { sampleStandardDeviation } from '../stats/sample-standard-deviation.js';
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

/**
 * Computes every Group figure for `students`. `label` names the group in warnings
 * ("Whiteboard fluency, teacher Okafor"); warnings are appended to `warnings`.
 */
export function summarizeGroup(students: readonly MatchedStudent[], settings: GroupSettings, label: string, warnings: Warning[]): Group {
  const missing = new MissingFigures();
  const pre = students.map((student) => student.pre);
  const post = students.map((student) => student.post);
  const gains = students.map((student) => student.post - student.pre);
  const { maxScore, proficientAt } = settings;
  // Every paired figure below shares one set of SDs, means and r, computed once.
  const paired = new PairedSummary(pre, post);

  const effectSizes = {} as Record<EffectSizeKind, EffectSize>;
  for (const kind of EFFECT_SIZE_KINDS) {
    const full = missing.figure(`${EFFECT_SIZE_LABELS[kind]} interval`, () => changeEffectSize(pre, post, kind, paired));
    // With two students, or r = 1, the interval is undefined but the value may not be.
    effectSizes[kind] = full ?? { ...NULL_EFFECT_SIZE, value: missing.figure(EFFECT_SIZE_LABELS[kind], () => changeEffectSizeValue(pre, post, kind, paired)) };
  }
  const tTest = missing.figure('paired t-test', () => pairedTTest(pre, post, 0.95, paired));
  const wilcoxon = missing.figure('Wilcoxon test', () => wilcoxonSignedRank(pre, post));

  const group: Group = {
    n: students.length,
    pre: describeScores(pre, missing, 'pre', () => paired.preSd()),
    post: describeScores(post, missing, 'post', () => paired.postSd()),
    gain: {
      mean: missing.figure('mean gain', () => (gains.length === 0 ? mean(gains) : paired.meanGain())),
      sd: missing.figure('SD of gains', () => (gains.length < 2 ? sampleStandardDeviation(gains) : paired.gainSd())),
      median: missing.figure('median gain', () => median(gains)),
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
      class: maxScore === null ? null : missing.figure('class normalized gain', () => classNormalizedGain(mean(pre), mean(post), maxScore)),
      studentMean: maxScore === null ? null : missing.figure('mean normalized change', () => meanNormalizedChange(pre, post, maxScore)),
    },
    proficiency: proficientAt === null ? null : missing.figure('proficiency', () => proficiencyChange(pre, post, proficientAt)),
  };
  const reasons = missing.describe();
  if (reasons !== null) warnings.push({ code: 'figure-not-computed', message: `${label} (n = ${students.length}): ${reasons}.` });
  return group;
}

function describeScores(values: number[], missing: MissingFigures, side: string, sd: () => number): Describe {
  return {
    mean: missing.figure(`${side} mean`, () => mean(values)),
    sd: missing.figure(`${side} SD`, sd),
    median: missing.figure(`${side} median`, () => median(values)),
    min: values.length === 0 ? null : values.reduce((a, b) => Math.min(a, b)),
    max: values.length === 0 ? null : values.reduce((a, b) => Math.max(a, b)),
  };
}
