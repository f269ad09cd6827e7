/**
 * Forest plot: each classroom's effect size with its 95% CI (square sized by n), the strategy's
 * pooled estimate as a diamond (with its prediction interval), zero and the benchmark line.
 */
import type { EffectSize, Group } from '../../../analysis/findings.js';
import { formatNumber } from '../../../analysis/wording.js';
import { benchmarkThreshold, thresholdName } from '../../document/benchmark.js';
import { EFFECT_SIZE_NAMES } from '../../document/effect-size-names.js';
import { truncate } from '../escape.js';
import type { ChartContext } from './context.js';
import { GRID, INK, MUTED } from './palette.js';
import { figure, label, linearScale, px, text } from './svg.js';

const WIDTH = 900;
const ROW = 24;
const LEFT = 250;
const RIGHT = 170;

interface Row {
  kind: 'strategy' | 'classroom' | 'summary';
  label: string;
  colour: string;
  effect: EffectSize | null;
  n: number;
  /** Summary rows: the prediction interval. */
  interval?: [number, number];
}

export function forestPlot(context: ChartContext): string | null {
  const { settings } = context.findings;
  const kind = settings.effectSize;
  const rows: Row[] = [];
  for (const strategy of context.strategies) {
    const colour = context.colours.get(strategy.strategy)!;
    const over = strategy.pooled?.over ?? (strategy.breakdowns.teacher ? 'teacher' : strategy.breakdowns.section ? 'section' : null);
    const levels = over === null ? [] : (strategy.breakdowns[over] ?? []);
    rows.push({ kind: 'strategy', label: strategy.strategy, colour, effect: null, n: strategy.n });
    for (const level of levels) {
      rows.push({ kind: 'classroom', label: levelLabel(level, level.value, context.minN), colour, effect: level.suppressed ? null : level.effectSizes[kind], n: level.n });
    }
    const pooled = strategy.pooled;
    if (pooled !== null && pooled.estimate !== null) {
      rows.push({
        kind: 'summary',
        label: `Pooled (${pooled.k} ${pooled.over === 'teacher' ? 'classrooms' : 'sections'})`,
        colour,
        effect: { value: pooled.estimate, se: pooled.se, ciLow: pooled.ciLow, ciHigh: pooled.ciHigh, hedges: null },
        n: strategy.n,
        interval: pooled.piLow !== null && pooled.piHigh !== null ? [pooled.piLow, pooled.piHigh] : undefined,
      });
    } else {
      rows.push({ kind: 'summary', label: 'All students', colour, effect: strategy.effectSizes[kind], n: strategy.n });
    }
  }
  if (!rows.some((row) => row.effect?.value !== null && row.effect !== null)) return null;

  const threshold = benchmarkThreshold(settings.benchmark);
  const values = rows.flatMap((row) => [row.effect?.value, row.effect?.ciLow, row.effect?.ciHigh, ...(row.interval ?? [])]);
  const finite = values.filter((value): value is number => typeof value === 'number' && Number.isFinite(value));
  const x = linearScale(Math.min(0, ...finite), Math.max(threshold, ...finite), [LEFT, WIDTH - RIGHT], 8);
  const top = 30;
  const height = top + rows.length * ROW + 40;
  const largest = Math.max(...rows.filter((row) => row.kind === 'classroom' && Number.isFinite(row.n)).map((row) => row.n), 1);
  const parts: string[] = [];
  for (const tick of x.ticks) {
    parts.push(`<line x1="${px(x(tick))}" x2="${px(x(tick))}" y1="${top - 8}" y2="${top + rows.length * ROW}" stroke="${GRID}"/>`);
    parts.push(text(x(tick), top + rows.length * ROW + 18, label(tick), `text-anchor="middle" fill="${MUTED}"`));
  }
  parts.push(`<line x1="${px(x(0))}" x2="${px(x(0))}" y1="${top - 8}" y2="${top + rows.length * ROW}" stroke="${INK}"/>`);
  parts.push(`<line x1="${px(x(threshold))}" x2="${px(x(threshold))}" y1="${top - 8}" y2="${top + rows.length * ROW}" stroke="#B8860B" stroke-width="2" stroke-dasharray="6 4"/>`);
  parts.push(text(x(threshold), top - 14, thresholdName(settings.benchmark), `text-anchor="middle" fill="#8a6508" font-weight="600"`));
  parts.push(text(WIDTH - RIGHT + 12, top - 14, `${EFFECT_SIZE_NAMES[kind].short} [95% CI]`, `fill="${MUTED}" font-weight="600"`));
  parts.push(text((LEFT + WIDTH - RIGHT) / 2, height - 6, `effect size (${EFFECT_SIZE_NAMES[kind].short})`, `text-anchor="middle" fill="${MUTED}"`));

  rows.forEach((row, index) => {
    const middle = top + index * ROW + ROW / 2;
    const weight = row.kind === 'classroom' ? '400' : '600';
    const indent = row.kind === 'classroom' ? 20 : row.kind === 'summary' ? 20 : 4;
    parts.push(text(indent, middle + 4, truncate(row.label, 36), `fill="${row.kind === 'strategy' ? row.colour : INK}" font-weight="${weight}"`));
    const effect = row.effect;
    if (effect === null || effect.value === null) return;
    parts.push(text(WIDTH - RIGHT + 12, middle + 4, cellText(effect), `fill="${INK}" font-weight="${weight}"`));
    if (row.kind === 'summary') {
      if (row.interval) parts.push(`<line x1="${px(x(row.interval[0]))}" x2="${px(x(row.interval[1]))}" y1="${px(middle)}" y2="${px(middle)}" stroke="${row.colour}" stroke-width="1.5" stroke-dasharray="2 3"/>`);
      const low = effect.ciLow ?? effect.value;
      const high = effect.ciHigh ?? effect.value;
      parts.push(`<path d="M${px(x(low))} ${px(middle)} L${px(x(effect.value))} ${px(middle - 7)} L${px(x(high))} ${px(middle)} L${px(x(effect.value))} ${px(middle + 7)} Z" fill="${row.colour}" stroke="${INK}" stroke-width="0.8"/>`);
      return;
    }
    if (effect.ciLow !== null && effect.ciHigh !== null) {
      parts.push(`<line x1="${px(x(effect.ciLow))}" x2="${px(x(effect.ciHigh))}" y1="${px(middle)}" y2="${px(middle)}" stroke="${INK}" stroke-width="1.5"/>`);
    }
    const size = 5 + 6 * Math.sqrt(row.n / largest);
    parts.push(`<rect x="${px(x(effect.value) - size / 2)}" y="${px(middle - size / 2)}" width="${px(size)}" height="${px(size)}" fill="${row.colour}"/>`);
  });

  const description = rows
    .filter((row) => row.kind !== 'strategy')
    .map((row) => `${row.label}: ${row.effect === null || row.effect.value === null ? 'not shown' : cellText(row.effect)}`)
    .join('; ');
  return figure({
    id: 'chart-forest',
    title: `Effect size by classroom (${EFFECT_SIZE_NAMES[kind].short})`,
    description: `${description}. Benchmark: ${thresholdName(settings.benchmark)}.`,
    caption:
      `Each square is one classroom’s effect size (larger squares, more students) with its 95% confidence interval; ` +
      `diamonds are each strategy’s pooled (or overall) estimate, the dotted line its prediction interval. ` +
      `The dashed line marks the ${thresholdName(settings.benchmark)}; intervals crossing it are consistent with either side.`,
    width: WIDTH,
    height,
    body: parts.join('\n'),
  });
}

function levelLabel(level: Group, value: string, minN: number | null): string {
  return level.suppressed ? `${value} (fewer than ${minN ?? '?'})` : `${value} (n = ${level.n})`;
}

function cellText(effect: EffectSize): string {
  if (effect.value === null) return '–';
  if (effect.ciLow === null || effect.ciHigh === null) return formatNumber(effect.value);
  return `${formatNumber(effect.value)} [${formatNumber(effect.ciLow)}, ${formatNumber(effect.ciHigh)}]`;
}
