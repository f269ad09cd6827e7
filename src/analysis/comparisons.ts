/**
 * Each strategy against the reference (e.g. business as usual): gain difference, Hedges' g with
 * its noncentral-t CI, Welch's t-test, and the ANCOVA-adjusted difference (post ~ pre + group).
 */
import type { Comparison, Warning } from './findings.js';
import type { StrategyScores } from './caveats.js';
import { MissingFigures } from './figure.js';
import { mean } from '../stats/mean.js';
import { hedgesG } from '../stats/hedges-g.js';
import { welchTTest } from '../stats/welch-t-test.js';
import { ancova } from '../stats/ancova.js';

/**
 * Compares the `strategy` group with the `reference` group (each its name and its students'
 * scores); a figure that cannot be computed is null and named in one `comparison-not-computed`
 * warning appended to `warnings`.
 *
 * @example
 * compareWithReference(strategyScores('A', [10, 12, 14], [13, 15, 20]), strategyScores('B', [10, 12, 14], [11, 12, 16]), []).gainDiff; // => 3
 */
export function compareWithReference(strategy: StrategyScores, reference: StrategyScores, warnings: Warning[]): Comparison {
  const missing = new MissingFigures();
  const gainsA = strategy.gains;
  const gainsB = reference.gains;
  const g = missing.figure("Hedges' g", () => hedgesG(gainsA, gainsB));
  const welch = missing.figure('Welch t-test', () => welchTTest(gainsA, gainsB));
  const adjusted = missing.figure('ANCOVA', () => ancova({ pre: strategy.pre, post: strategy.post }, { pre: reference.pre, post: reference.post }));
  const comparison: Comparison = {
    strategy: strategy.strategy,
    reference: reference.strategy,
    gainDiff: missing.figure('gain difference', () => mean(gainsA) - mean(gainsB)),
    hedgesG: { value: g?.value ?? null, ciLow: g?.ciLow ?? null, ciHigh: g?.ciHigh ?? null },
    welch: { t: welch?.t ?? null, df: welch?.df ?? null, p: welch?.p ?? null },
    ancova: {
      diff: adjusted?.diff ?? null,
      se: adjusted?.se ?? null,
      ciLow: adjusted?.ciLow ?? null,
      ciHigh: adjusted?.ciHigh ?? null,
      p: adjusted?.p ?? null,
    },
  };
  const reasons = missing.describe();
  if (reasons !== null) warnings.push({ code: 'comparison-not-computed', message: `${strategy.strategy} vs ${reference.strategy}: ${reasons}.` });
  return comparison;
}
