/**
 * Collective efficacy: within one strategy taught in two or more classrooms, pool the classrooms'
 * headline effect sizes by REML random-effects meta-analysis (STATISTICS.md).
 */
import type { BreakdownLevel, EffectSizeKind, Pooled, Warning } from './findings.js';
import { randomEffectsMetaAnalysis } from '../stats/random-effects-meta-analysis.js';
import { StatisticError } from '../stats/statistic-error.js';

/**
 * Pools `levels` (a strategy's teachers or sections) on the `kind` effect size. Classrooms whose
 * effect size or SE is undefined are left out (and said so). Null when fewer than two remain.
 */
export function poolClassrooms(
  levels: readonly BreakdownLevel[],
  kind: EffectSizeKind,
  over: 'teacher' | 'section',
  label: string,
  warnings: Warning[],
): Pooled | null {
  if (levels.length < 2) return null;
  const usable = levels.filter((level) => level.effectSizes[kind].value !== null && level.effectSizes[kind].se !== null && level.effectSizes[kind].se! > 0);
  const left = levels.length - usable.length;
  if (left > 0) {
    warnings.push({
      code: 'pooling-classroom-left-out',
      message: `${label}: ${left} of ${levels.length} ${over === 'teacher' ? 'classrooms' : 'sections'} left out of pooling (effect size not computable).`,
    });
  }
  if (usable.length < 2) return null;
  try {
    const result = randomEffectsMetaAnalysis(
      usable.map((level) => level.effectSizes[kind].value!),
      usable.map((level) => level.effectSizes[kind].se! ** 2),
    );
    if (!result.converged) {
      warnings.push({ code: 'pooling-not-converged', message: `${label}: REML pooling did not converge; the pooled figures are from its last iteration.` });
    }
    return {
      method: 'REML',
      k: result.k,
      estimate: result.estimate,
      se: result.se,
      ciLow: result.ciLow,
      ciHigh: result.ciHigh,
      tau2: result.tau2,
      i2: result.i2,
      q: result.q,
      qp: result.qp,
      piLow: result.piLow,
      piHigh: result.piHigh,
      converged: result.converged,
      over,
    };
  } catch (error) {
    if (!(error instanceof StatisticError)) throw error;
    warnings.push({ code: 'pooling-not-computed', message: `${label}: pooling not computed: ${error.message}` });
    return null;
  }
}
