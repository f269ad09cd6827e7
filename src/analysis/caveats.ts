/**
 * Caveats generated from the data (STATISTICS.md, "Benchmarks and caveats"): small groups, no
 * reference group, regression to the mean, ceiling and floor, attrition. Each is a warning with a
 * stable code so scripts can act on it.
 */
import type { Cohort } from '../ingest/types.js';
import type { AnalysisSettings, Warning } from './findings.js';
import { pearsonCorrelation } from '../stats/pearson-correlation.js';
import { StatisticError } from '../stats/statistic-error.js';
import { formatNumber, formatPercent } from './wording.js';

/** Correlations of pre with gain below this are reported as a regression-to-the-mean signal. */
const REGRESSION_SIGNAL = -0.3;
/** Share of students at the maximum (or zero) before the cycle that is reported as a ceiling (floor). */
const CEILING_SHARE = 0.1;
/** Matched share of pre-assessed students below which attrition is flagged. */
const ATTRITION_LIMIT = 0.8;

/** One strategy's students as scores: `pre[i]`, `post[i]` and `gains[i]` (post − pre) are one student's. */
export interface StrategyScores {
  strategy: string;
  pre: readonly number[];
  post: readonly number[];
  gains: readonly number[];
}

/**
 * `strategy`'s scores with their gains, post − pre, computed once for the caveats and every
 * comparison.
 *
 * @example
 * strategyScores('A', [10, 12, 14], [13, 15, 20]).gains; // => [3, 3, 6]
 */
export function strategyScores(strategy: string, pre: readonly number[], post: readonly number[]): StrategyScores {
  const gains: number[] = new Array(pre.length);
  for (let i = 0; i < pre.length; i++) gains[i] = post[i] - pre[i];
  return { strategy, pre, post, gains };
}

/**
 * The caveats of the data, in report order: for each strategy (in `strategies`' order) small n,
 * regression to the mean, ceiling and floor; then no reference group and attrition.
 *
 * @example
 * dataCaveats(cohort, [strategyScores('A', [10, 12, 14], [13, 15, 20])], settings, false)[0].message;
 * // => 'A: only 3 matched students; too few for a stable estimate.'
 */
export function dataCaveats(cohort: Cohort, strategies: readonly StrategyScores[], settings: AnalysisSettings, hasReference: boolean): Warning[] {
  const warnings: Warning[] = [];
  for (const strategy of strategies) {
    const n = strategy.pre.length;
    if (n < 10) {
      warnings.push({ code: 'small-n', message: `${strategy.strategy}: only ${n} matched students; too few for a stable estimate.` });
    } else if (n < 30) {
      warnings.push({ code: 'small-n', message: `${strategy.strategy}: ${n} matched students; interpret with caution (fewer than 30).` });
    }
    const signal = preGainCorrelation(strategy);
    if (signal !== null && signal < REGRESSION_SIGNAL) {
      warnings.push({
        code: 'regression-to-the-mean',
        message: `${strategy.strategy}: students who scored lower before gained more (correlation of pre-score with gain ${formatNumber(signal)}); part of that is regression to the mean.`,
      });
    }
    if (settings.maxScore !== null && n > 0) {
      const maxScore = settings.maxScore;
      const atCeiling = count(strategy.pre, (pre) => pre >= maxScore) / n;
      if (atCeiling >= CEILING_SHARE) {
        warnings.push({ code: 'ceiling', message: `${strategy.strategy}: ${formatPercent(atCeiling)} of students had the maximum score (${maxScore}) before the cycle and could not show growth.` });
      }
      const atFloor = count(strategy.pre, (pre) => pre <= 0) / n;
      if (atFloor >= CEILING_SHARE) {
        warnings.push({ code: 'floor', message: `${strategy.strategy}: ${formatPercent(atFloor)} of students scored 0 before the cycle; the test may be too hard to measure where they started.` });
      }
    }
  }
  if (!hasReference) {
    warnings.push({
      code: 'no-reference',
      message: 'No comparison group: part of any growth would have happened anyway (maturation, practice, regression to the mean). Use --reference with a business-as-usual group to separate it.',
    });
  }
  const counts = cohort.ledger.counts;
  const preAssessed = counts.matched + counts.preOnly;
  if (preAssessed > 0 && counts.matched / preAssessed < ATTRITION_LIMIT) {
    warnings.push({
      code: 'attrition',
      message: `Only ${formatPercent(counts.matched / preAssessed)} of students with a pre-score also have a post-score (${counts.matched} of ${preAssessed}); those who left may differ from those who stayed.`,
    });
  }
  return warnings;
}

/** How many of `values` pass `test`. */
function count(values: readonly number[], test: (value: number) => boolean): number {
  let passed = 0;
  for (const value of values) if (test(value)) passed++;
  return passed;
}

/** cor(pre, gain), or null when undefined. */
function preGainCorrelation({ pre, gains }: StrategyScores): number | null {
  try {
    return pearsonCorrelation(pre, gains);
  } catch (error) {
    if (error instanceof StatisticError) return null;
    throw error;
  }
}
