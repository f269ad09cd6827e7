/**
 * Proficiency before and after: for each strategy, the share of students at or above the target
 * before the cycle (light bar) and after it (full bar).
 */
import { formatNumber, formatPercent } from '../../../analysis/wording.js';
import { truncate } from '../escape.js';
import type { ChartContext } from './context.js';
import { GRID, INK, MUTED } from './palette.js';
import { figure, px, text } from './svg.js';

const WIDTH = 900;
const LEFT = 190;
const RIGHT = 60;
const BAR = 18;
const GROUP = 2 * BAR + 22;

export function proficiencyChart(context: ChartContext): string | null {
  const target = context.findings.settings.proficientAt;
  const rows = context.strategies.filter((strategy) => strategy.proficiency !== null);
  if (target === null || rows.length === 0) return null;
  const top = 24;
  const height = top + rows.length * GROUP + 30;
  const x = (rate: number) => LEFT + rate * (WIDTH - LEFT - RIGHT);
  const parts: string[] = [];
  for (const tick of [0, 0.25, 0.5, 0.75, 1]) {
    parts.push(`<line x1="${px(x(tick))}" x2="${px(x(tick))}" y1="${top - 6}" y2="${top + rows.length * GROUP}" stroke="${GRID}"/>`);
    parts.push(text(x(tick), height - 10, formatPercent(tick), `text-anchor="middle" fill="${MUTED}"`));
  }
  rows.forEach((strategy, index) => {
    const proficiency = strategy.proficiency!;
    const y = top + index * GROUP;
    const colour = context.colours.get(strategy.strategy)!;
    parts.push(text(LEFT - 12, y + BAR + 2, truncate(strategy.strategy, 26), `text-anchor="end" font-weight="600" fill="${INK}"`));
    parts.push(text(LEFT - 12, y + BAR + 17, `n = ${strategy.n}`, `text-anchor="end" fill="${MUTED}"`));
    const bars: Array<[string, number, string]> = [
      ['before', proficiency.preRate, '0.35'],
      ['after', proficiency.postRate, '1'],
    ];
    bars.forEach(([when, rate, opacity], row) => {
      const barY = y + row * (BAR + 2);
      parts.push(`<rect x="${LEFT}" y="${px(barY)}" width="${px(Math.max(1, x(rate) - LEFT))}" height="${BAR}" fill="${colour}" fill-opacity="${opacity}"/>`);
      parts.push(text(x(rate) + 6, barY + 13, `${formatPercent(rate)} ${when}`, `fill="${INK}" font-size="11"`));
    });
  });
  const description = rows
    .map((strategy) => {
      const p = strategy.proficiency!;
      return `${strategy.strategy}: ${formatPercent(p.preRate)} before, ${formatPercent(p.postRate)} after (${p.up} reached the target, ${p.down} fell below it).`;
    })
    .join(' ');
  const cutoff = formatNumber(target, Number.isInteger(target) ? 0 : 1);
  return figure({
    id: 'chart-proficiency',
    title: `Students at or above the target (${cutoff}) before and after`,
    description,
    caption: `Share of each strategy’s students scoring at least ${cutoff}: light bars before the cycle, full bars after.`,
    width: WIDTH,
    height,
    body: parts.join('\n'),
  });
}
