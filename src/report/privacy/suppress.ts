/**
 * `--min-n N`: groups with fewer than N students lose their figures ("fewer than N students").
 * Complementary suppression: when a breakdown (the teachers of a strategy, its ELL levels…) hides
 * a level, further levels are hidden, smallest first, until at least two are hidden and together
 * they hold at least N students — so the strategy's total minus the levels shown can only reveal
 * a combined group of N or more. A suppressed group's `n` is NaN (null in JSON), so no format can
 * print its exact size. Comparisons with a hidden group are dropped, the answer is recomposed
 * without its figures, and warnings about a hidden group are replaced by one that lists them.
 */
import type { BreakdownLevel, Findings, Group, StrategyFindings, Warning } from '../../analysis/findings.js';
import { composeAnswer } from '../../analysis/answer.js';

const NO_DESCRIBE = { mean: null, sd: null, median: null, min: null, max: null };
const NO_EFFECT = { value: null, se: null, ciLow: null, ciHigh: null, hedges: null };

/** `group` with every figure removed and `suppressed` set. */
export function suppressGroup<T extends Group>(group: T): T {
  return {
    ...group,
    n: Number.NaN,
    pre: NO_DESCRIBE,
    post: NO_DESCRIBE,
    gain: { mean: null, sd: null, median: null },
    r: null,
    effectSizes: { dav: NO_EFFECT, dz: NO_EFFECT, drm: NO_EFFECT, db: NO_EFFECT },
    tTest: { t: null, df: null, p: null, ciLow: null, ciHigh: null },
    wilcoxon: { v: null, p: null },
    normalizedGain: { class: null, studentMean: null },
    proficiency: null,
    suppressed: true,
  };
}

/** The levels of one breakdown with small levels, and their complements, suppressed. */
export function suppressLevels(levels: readonly BreakdownLevel[], minN: number): BreakdownLevel[] {
  const hidden = new Set(levels.filter((level) => level.n < minN));
  if (hidden.size > 0) {
    const bySize = [...levels].sort((a, b) => a.n - b.n);
    const hiddenStudents = () => [...hidden].reduce((sum, level) => sum + level.n, 0);
    for (const level of bySize) {
      if (hidden.size >= 2 && hiddenStudents() >= minN) break;
      hidden.add(level);
    }
  }
  return levels.map((level) => (hidden.has(level) ? suppressGroup(level) : level));
}

export function suppressSmallGroups(findings: Findings, minN: number): Findings {
  const hiddenLabels: string[] = [];
  const strategies: StrategyFindings[] = findings.strategies.map((strategy) => {
    if (strategy.n < minN) {
      hiddenLabels.push(strategy.strategy);
      const breakdowns = Object.fromEntries(Object.entries(strategy.breakdowns).map(([column, levels]) => [column, levels.map(suppressGroup)]));
      return { ...suppressGroup(strategy), breakdowns, pooled: null };
    }
    const breakdowns: Record<string, BreakdownLevel[]> = {};
    for (const [column, levels] of Object.entries(strategy.breakdowns)) {
      breakdowns[column] = suppressLevels(levels, minN);
      for (const level of breakdowns[column]) if (level.suppressed) hiddenLabels.push(`${strategy.strategy}, ${column} ${level.value}`);
    }
    return { ...strategy, breakdowns };
  });
  if (hiddenLabels.length === 0) return findings;

  const hiddenStrategies = new Set(strategies.filter((strategy) => strategy.suppressed).map((strategy) => strategy.strategy));
  const comparisons = findings.comparisons.filter((comparison) => !hiddenStrategies.has(comparison.strategy) && !hiddenStrategies.has(comparison.reference));
  const answer = strategies
    .map((strategy) =>
      strategy.suppressed
        ? `${strategy.strategy}: fewer than ${minN} students, so its figures are not shown.`
        : composeAnswer([strategy], comparisons, findings.settings),
    )
    .join('\n');
  const notice: Warning = {
    code: 'suppressed',
    message:
      `Groups with fewer than ${minN} students are not shown (--min-n ${minN}); where one level of a breakdown was hidden, ` +
      `the next smallest was hidden too so that totals cannot reveal it. Hidden: ${hiddenLabels.join('; ')}.`,
  };
  const warnings = findings.warnings.filter((warning) => !mentionsHiddenGroup(warning.message, hiddenLabels, hiddenStrategies));
  return { ...findings, strategies, comparisons, answer, warnings: [...warnings, notice] };
}

/** Whether a warning is about a hidden group (analysis warnings start with the group's label). */
function mentionsHiddenGroup(message: string, labels: readonly string[], strategies: ReadonlySet<string>): boolean {
  for (const label of labels) {
    if (message.startsWith(`${label}:`) || message.startsWith(`${label} (`) || message.startsWith(`${label},`)) return true;
  }
  for (const strategy of strategies) {
    if (message.startsWith(`${strategy} vs `) || message.includes(` vs ${strategy}:`)) return true;
  }
  return false;
}
