/**
 * Caveats generated from the data (STATISTICS.md, "Benchmarks and caveats"): small groups, no
 * reference group, regression to the mean, ceiling and floor, attrition. Each is a warning with a
 * stable code so scripts can act on it.
 */
import type { Cohort, MatchedStudent } from '../ingest/types.js';
import type { AnalysisSettings, StrategyFindings, Warning } from './findings.js';
import { pearsonCorrelation } from '../stats/pearson-correlation.js';
import { StatisticError } from '../stats/statistic-error.js';
import { formatNumber, formatPercent } from './wording.js';

/** Correlations of pre with gain below this are reported as a regression-to-the-mean signal. */
const REGRESSION_SIGNAL = -0.3;
/** Share of students at the maximum (or zero) before the cycle that is reported as a ceiling (floor). */
const CEILING_SHARE = 0.1;
/** Matched share of pre-assessed students below which attrition is flagged. */
const ATTRITION_LIMIT = 0.8;

export function dataCaveats(
  cohort: Cohort,
  strategies: readonly StrategyFindings[],
  studentsByStrategy: ReadonlyMap<string, MatchedStudent[]>,
  settings: AnalysisSettings,
  hasReference: boolean,
): Warning[] {
  const warnings: Warning[] = [];
  for (const strategy of strategies) {
    if (strategy.n < 10) {
      warnings.push({ code: 'small-n', message: `${strategy.strategy}: only ${strategy.n} matched students; too few for a stable estimate.` });
    } else if (strategy.n < 30) {
      warnings.push({ code: 'small-n', message: `${strategy.strategy}: ${strategy.n} matched students; interpret with caution (fewer than 30).` });
    }
    const students = studentsByStrategy.get(strategy.strategy) ?? [];
    const signal = preGainCorrelation(students);
    if (signal !== null && signal < REGRESSION_SIGNAL) {
      warnings.push({
        code: 'regression-to-the-mean',
        message: `${strategy.strategy}: students who scored lower before gained more (correlation of pre-score with gain ${formatNumber(signal)}); part of that is regression to the mean.`,
      });
    }
    if (settings.maxScore !== null && students.length > 0) {
      const maxScore = settings.maxScore;
      const atCeiling = students.filter((student) => student.pre >= maxScore).length / students.length;
      if (atCeiling >= CEILING_SHARE) {
        warnings.push({ code: 'ceiling', message: `${strategy.strategy}: ${formatPercent(atCeiling)} of students had the maximum score (${maxScore}) before the cycle and could not show growth.` });
      }
      const atFloor = students.filter((student) => student.pre <= 0).length / students.length;
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

/** cor(pre, gain), or null when undefined. */
function preGainCorrelation(students: readonly MatchedStudent[]): number | null {
  try {
    return pearsonCorrelation(
      students.map((student) => student.pre),
      students.map((student) => student.post - student.pre),
    );
  } catch (error) {
    if (error instanceof StatisticError) return null;
    throw error;
  }
}
