/**
 * The evidence tables under the answer: one row per strategy (n, pre → post, mean gain, headline
 * effect size with its CI and benchmark band, proficiency), the comparisons with the reference,
 * and the pooled classroom effects.
 */
import type { Findings, Group } from '../../analysis/findings.js';
import { EFFECT_SIZE_NAMES } from './effect-size-names.js';
import { formatNumber, formatP, formatPercent } from '../../analysis/wording.js';
import { bandHeading, bandLabel } from './benchmark.js';
import { countCell, effectCell, intervalCell, prePostCell, proficiencyCell } from './cells.js';
import type { Table, TitledTable } from './model.js';

/** Columns shared by the headline and the breakdown tables, after the group's own name columns. */
export function groupColumns(findings: Findings): Table['columns'] {
  const label = EFFECT_SIZE_NAMES[findings.settings.effectSize].short;
  const columns: Table['columns'] = [
    { label: 'n', align: 'right' },
    { label: 'Pre → post mean', align: 'right' },
    { label: 'Mean gain', align: 'right' },
    { label: `${label} [95% CI]`, align: 'right' },
    { label: bandHeading(findings.settings.benchmark), align: 'left', kind: 'band' },
  ];
  if (findings.settings.proficientAt !== null) columns.push({ label: `Proficient (≥ ${formatNumber(findings.settings.proficientAt, 0)})`, align: 'right' });
  return columns;
}

/** The cells of `groupColumns` for one group. */
export function groupCells(group: Group, findings: Findings, minN: number | null): string[] {
  const effect = group.effectSizes[findings.settings.effectSize];
  const cells = group.suppressed
    ? [countCell(group, minN), 'not shown', '–', '–', '–']
    : [countCell(group, minN), prePostCell(group), formatNumber(group.gain.mean, 1), effectCell(effect), bandLabel(findings.settings.benchmark, effect.value)];
  if (findings.settings.proficientAt !== null) cells.push(group.suppressed ? '–' : proficiencyCell(group.proficiency));
  return cells;
}

export function headlineTable(findings: Findings, minN: number | null): TitledTable {
  const name = EFFECT_SIZE_NAMES[findings.settings.effectSize];
  return {
    title: 'Growth by strategy',
    note: `Effect size: ${name.long}. 95% confidence intervals in brackets.`,
    table: {
      columns: [{ label: 'Strategy', align: 'left' }, ...groupColumns(findings)],
      rows: findings.strategies.map((strategy) => [strategy.strategy, ...groupCells(strategy, findings, minN)]),
    },
  };
}

export function comparisonTable(findings: Findings): TitledTable | null {
  if (findings.comparisons.length === 0) return null;
  const reference = findings.comparisons[0].reference;
  return {
    title: `Compared with ${reference}`,
    note: 'Adjusted difference: post-scores compared between students with the same pre-score (ANCOVA), in points. Hedges’ g compares the gains.',
    table: {
      columns: [
        { label: 'Strategy', align: 'left' },
        { label: 'Adjusted difference [95% CI]', align: 'right' },
        { label: 'p', align: 'right' },
        { label: 'Gain difference', align: 'right' },
        { label: 'Hedges’ g [95% CI]', align: 'right' },
      ],
      rows: findings.comparisons.map((comparison) => [
        comparison.strategy,
        intervalCell(comparison.ancova.diff, comparison.ancova.ciLow, comparison.ancova.ciHigh, 1),
        formatP(comparison.ancova.p).replace(/^p = /, '').replace(/^p /, ''),
        formatNumber(comparison.gainDiff, 1),
        intervalCell(comparison.hedgesG.value, comparison.hedgesG.ciLow, comparison.hedgesG.ciHigh),
      ]),
    },
  };
}

export function pooledTable(findings: Findings): TitledTable | null {
  const pooled = findings.strategies.filter((strategy) => strategy.pooled !== null && strategy.pooled.estimate !== null);
  if (pooled.length === 0) return null;
  const label = EFFECT_SIZE_NAMES[findings.settings.effectSize].short;
  return {
    title: 'Across classrooms',
    note: 'Classrooms pooled by random-effects meta-analysis. I² is the share of the variation between classrooms that is more than chance; a new classroom’s effect would likely fall in the prediction interval.',
    table: {
      columns: [
        { label: 'Strategy', align: 'left' },
        { label: 'Classrooms', align: 'right' },
        { label: `Pooled ${label} [95% CI]`, align: 'right' },
        { label: 'Prediction interval', align: 'right' },
        { label: 'I²', align: 'right' },
        { label: 'Classrooms differed', align: 'left' },
      ],
      rows: pooled.map(({ strategy, pooled: p }) => [
        strategy,
        String(p!.k),
        intervalCell(p!.estimate, p!.ciLow, p!.ciHigh),
        p!.piLow === null || p!.piHigh === null ? '–' : `${formatNumber(p!.piLow)} to ${formatNumber(p!.piHigh)}`,
        formatPercent(p!.i2),
        p!.i2 === null ? '–' : p!.i2 < 0.25 ? 'little' : p!.i2 < 0.75 ? 'moderately' : 'a lot',
      ]),
    },
  };
}
