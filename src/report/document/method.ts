/**
 * The method note: which formulas, which benchmark, what privacy was applied, which version.
 */
import type { Findings } from '../../analysis/findings.js';
import { formatNumber } from '../../analysis/wording.js';
import { benchmarkSentence } from './benchmark.js';
import { EFFECT_SIZE_NAMES } from './effect-size-names.js';

export interface MethodContext {
  anonymized: boolean;
  minN: number | null;
  view: 'full' | 'team';
}

export function methodNote(findings: Findings, context: MethodContext): string[] {
  const { settings } = findings;
  const lines = [
    `Growth is post-score minus pre-score for students with both. Effect size: ${EFFECT_SIZE_NAMES[settings.effectSize].long}; ` +
      '95% confidence intervals; the paired t-test and the Wilcoxon signed-rank test check the mean gain.',
    benchmarkSentence(settings.benchmark),
  ];
  if (findings.comparisons.length > 0) {
    lines.push(
      'Comparisons with the reference group: ANCOVA (post ~ pre + strategy) gives the adjusted difference; Hedges’ g on the gains ' +
        'with a noncentral-t interval; Welch’s t-test on the gains.',
    );
  }
  if (findings.strategies.some((strategy) => strategy.pooled !== null)) {
    lines.push('Classrooms of one strategy are pooled by REML random-effects meta-analysis of their effect sizes (I², prediction interval).');
  }
  if (settings.proficientAt !== null) {
    lines.push(`Proficient: a score of at least ${formatNumber(settings.proficientAt, Number.isInteger(settings.proficientAt) ? 0 : 1)}; the change in the share proficient is tested with McNemar’s exact test.`);
  }
  const privacy: string[] = [];
  if (context.anonymized) privacy.push('names and IDs are replaced by pseudonyms derived from a keyed hash (HMAC-SHA256)');
  if (context.minN !== null) privacy.push(`groups with fewer than ${context.minN} students are not shown, with complementary suppression`);
  if (context.view === 'team') privacy.push('team view: per-student rows and ledger IDs are left out');
  if (privacy.length > 0) lines.push(`Privacy: ${privacy.join('; ')}.`);
  lines.push(`impact ${findings.tool.version}; every formula, with the R call that reproduces it, is in STATISTICS.md.`);
  return lines;
}
