/**
 * `impact report --format csv`: the strategy table, one row per strategy, unrounded. Column names
 * are the JSON contract's paths (`pre.mean`, `effectSizes.dav.ciLow`, `ancova.diff`…); the
 * comparison and pooling columns are empty where they do not apply.
 */
import { EFFECT_SIZE_KINDS, type Findings, type StrategyFindings } from '../../analysis/findings.js';
import { bandLabel } from '../document/benchmark.js';
import type { CsvValue } from './defuse.js';
import { writeCsv } from './write-csv.js';

interface CsvColumn {
  name: string;
  value: (strategy: StrategyFindings, findings: Findings) => CsvValue;
}

const comparisonOf = (strategy: StrategyFindings, findings: Findings) => findings.comparisons.find((comparison) => comparison.strategy === strategy.strategy);

const COLUMNS: CsvColumn[] = [
  { name: 'strategy', value: (s) => s.strategy },
  { name: 'n', value: (s) => s.n },
  { name: 'suppressed', value: (s) => s.suppressed === true },
  ...(['pre', 'post'] as const).flatMap((side) =>
    (['mean', 'sd', 'median', 'min', 'max'] as const).map((stat) => ({ name: `${side}.${stat}`, value: (s: StrategyFindings) => s[side][stat] })),
  ),
  ...(['mean', 'sd', 'median'] as const).map((stat) => ({ name: `gain.${stat}`, value: (s: StrategyFindings) => s.gain[stat] })),
  { name: 'r', value: (s) => s.r },
  { name: 'effectSize', value: (_s, f) => f.settings.effectSize },
  { name: 'benchmarkBand', value: (s, f) => (s.suppressed ? null : bandLabel(f.settings.benchmark, s.effectSizes[f.settings.effectSize].value)) },
  ...EFFECT_SIZE_KINDS.flatMap((kind) =>
    (['value', 'ciLow', 'ciHigh', 'se', 'hedges'] as const).map((part) => ({
      name: `effectSizes.${kind}.${part}`,
      value: (s: StrategyFindings) => s.effectSizes[kind][part],
    })),
  ),
  { name: 'tTest.t', value: (s) => s.tTest.t },
  { name: 'tTest.df', value: (s) => s.tTest.df },
  { name: 'tTest.p', value: (s) => s.tTest.p },
  { name: 'wilcoxon.p', value: (s) => s.wilcoxon.p },
  { name: 'normalizedGain.class', value: (s) => s.normalizedGain.class },
  { name: 'normalizedGain.studentMean', value: (s) => s.normalizedGain.studentMean },
  { name: 'proficiency.cutoff', value: (s) => s.proficiency?.cutoff ?? null },
  { name: 'proficiency.preRate', value: (s) => s.proficiency?.preRate ?? null },
  { name: 'proficiency.postRate', value: (s) => s.proficiency?.postRate ?? null },
  { name: 'proficiency.mcnemarP', value: (s) => s.proficiency?.mcnemarP ?? null },
  { name: 'pooled.k', value: (s) => s.pooled?.k ?? null },
  { name: 'pooled.estimate', value: (s) => s.pooled?.estimate ?? null },
  { name: 'pooled.ciLow', value: (s) => s.pooled?.ciLow ?? null },
  { name: 'pooled.ciHigh', value: (s) => s.pooled?.ciHigh ?? null },
  { name: 'pooled.i2', value: (s) => s.pooled?.i2 ?? null },
  { name: 'reference', value: (s, f) => comparisonOf(s, f)?.reference ?? null },
  { name: 'gainDiff', value: (s, f) => comparisonOf(s, f)?.gainDiff ?? null },
  { name: 'ancova.diff', value: (s, f) => comparisonOf(s, f)?.ancova.diff ?? null },
  { name: 'ancova.ciLow', value: (s, f) => comparisonOf(s, f)?.ancova.ciLow ?? null },
  { name: 'ancova.ciHigh', value: (s, f) => comparisonOf(s, f)?.ancova.ciHigh ?? null },
  { name: 'ancova.p', value: (s, f) => comparisonOf(s, f)?.ancova.p ?? null },
  { name: 'hedgesG.value', value: (s, f) => comparisonOf(s, f)?.hedgesG.value ?? null },
  { name: 'hedgesG.ciLow', value: (s, f) => comparisonOf(s, f)?.hedgesG.ciLow ?? null },
  { name: 'hedgesG.ciHigh', value: (s, f) => comparisonOf(s, f)?.hedgesG.ciHigh ?? null },
  { name: 'welch.p', value: (s, f) => comparisonOf(s, f)?.welch.p ?? null },
];

export function renderStrategyCsv(findings: Findings, excel: boolean): string {
  return writeCsv(
    COLUMNS.map((column) => column.name),
    findings.strategies.map((strategy) => COLUMNS.map((column) => column.value(strategy, findings))),
    excel,
  );
}
