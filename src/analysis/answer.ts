/**
 * The plain-language answer to the research question: one or two sentences per strategy, leading
 * with the ANCOVA-adjusted difference when there is a reference group, then the pooled effect when
 * the strategy was taught in several classrooms.
 */
import type { AnalysisSettings, Comparison, StrategyFindings } from './findings.js';
import { EFFECT_SIZE_LABELS } from './group.js';
import { benchmarkBand, benchmarkThreshold } from '../stats/benchmark.js';
import { formatNumber, formatP, formatPercent } from './wording.js';

/** The whole answer: one paragraph per strategy (the reference group gets its own sentence too). */
export function composeAnswer(strategies: readonly StrategyFindings[], comparisons: readonly Comparison[], settings: AnalysisSettings): string {
  // Issue 8: a header-only file, or every score missing, still gets an answer rather than nothing.
  if (strategies.length === 0) return NO_STUDENTS_ANSWER;
  return strategies
    .map((strategy) => {
      const comparison = comparisons.find((candidate) => candidate.strategy === strategy.strategy);
      return [comparison ? comparisonSentence(comparison) : null, growthSentence(strategy, settings), pooledSentence(strategy, settings)]
        .filter((sentence): sentence is string => sentence !== null)
        .join(' ');
    })
    .join('\n');
}

/** "Students taught with X gained 4.1 points on average (d_av 0.89, 95% CI 0.70 to 1.07), above the 0.40 hinge point." */
export function growthSentence(strategy: StrategyFindings, settings: AnalysisSettings): string {
  const who = strategy.strategy === ALL_STUDENTS ? 'Students' : `Students taught with ${strategy.strategy}`;
  const gain = strategy.gain.mean;
  if (gain === null) return `${who}: too few matched students (n = ${strategy.n}) to estimate growth.`;
  const verb = gain >= 0 ? 'gained' : 'lost';
  const points = `${formatNumber(Math.abs(gain), 1)} ${Math.abs(gain) === 1 ? 'point' : 'points'}`;
  const effect = strategy.effectSizes[settings.effectSize];
  const label = EFFECT_SIZE_LABELS[settings.effectSize];
  if (effect.value === null) return `${who} ${verb} ${points} on average (n = ${strategy.n}); the effect size could not be computed.`;
  const interval = effect.ciLow !== null && effect.ciHigh !== null ? `, 95% CI ${formatNumber(effect.ciLow)} to ${formatNumber(effect.ciHigh)}` : '';
  return `${who} ${verb} ${points} on average (${label} ${formatNumber(effect.value)}${interval}), ${benchmarkPhrase(effect.value, effect.ciLow, effect.ciHigh, settings)}.`;
}

/**
 * Where an effect size stands against the chosen benchmark, honest about an interval that spans
 * the line: Hattie's hinge point, or the size band of Cohen's or Kraft's scale.
 */
export function benchmarkPhrase(value: number, ciLow: number | null, ciHigh: number | null, settings: AnalysisSettings): string {
  const threshold = benchmarkThreshold(settings.benchmark);
  const spans = ciLow !== null && ciHigh !== null && ciLow < threshold && ciHigh > threshold;
  if (settings.benchmark === 'hattie') {
    const side = value >= threshold ? 'above' : 'below';
    return `${side} the ${formatNumber(threshold)} hinge point${spans ? ', though the interval includes it' : ''}`;
  }
  const scale = settings.benchmark === 'cohen' ? "Cohen's benchmarks" : "Kraft's benchmarks for education studies";
  const band = benchmarkBand(settings.benchmark, value);
  const direction = value < 0 ? ' (a decline)' : '';
  const caution = spans ? `; the interval includes ${formatNumber(threshold)}` : '';
  return `${band === 'negligible' ? 'a negligible' : `a ${band}`} effect by ${scale}${direction}${caution}`;
}

function comparisonSentence(comparison: Comparison): string | null {
  const { diff, ciLow, ciHigh, p } = comparison.ancova;
  if (diff === null) return null;
  const direction = diff >= 0 ? 'higher' : 'lower';
  const interval = ciLow !== null && ciHigh !== null ? `95% CI ${formatNumber(ciLow, 1)} to ${formatNumber(ciHigh, 1)}, ` : '';
  return (
    `Compared with ${comparison.reference}, students taught with ${comparison.strategy} scored ` +
    `${formatNumber(Math.abs(diff), 1)} points ${direction} after the cycle than students with the same pre-score ` +
    `(ANCOVA, ${interval}${formatP(p)}).`
  );
}

function pooledSentence(strategy: StrategyFindings, settings: AnalysisSettings): string | null {
  const pooled = strategy.pooled;
  if (pooled === null || pooled.estimate === null) return null;
  const label = EFFECT_SIZE_LABELS[settings.effectSize];
  const rooms = pooled.over === 'teacher' ? 'classrooms' : 'sections';
  const interval = pooled.ciLow !== null && pooled.ciHigh !== null ? ` (95% CI ${formatNumber(pooled.ciLow)} to ${formatNumber(pooled.ciHigh)})` : '';
  const spread = pooled.i2 === null ? '' : `; ${rooms} differed ${pooled.i2 < 0.25 ? 'little' : pooled.i2 < 0.75 ? 'moderately' : 'a lot'} (I² ${formatPercent(pooled.i2)})`;
  return `Across its ${pooled.k} ${rooms} the pooled ${label} was ${formatNumber(pooled.estimate)}${interval}${spread}.`;
}

/** The strategy name used when the input has no strategy column. */
export const ALL_STUDENTS = 'All students';

/** The answer when no student has both a pre- and a post-score. */
export const NO_STUDENTS_ANSWER = 'No student has both a pre- and a post-score, so growth cannot be measured; the ledger shows where each row went.';
