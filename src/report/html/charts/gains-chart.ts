/**
 * The distribution of gains: one histogram row per strategy on a shared scale, with zero and the
 * mean gain marked, so a team sees whether growth was broad or carried by a few students.
 */
import { formatNumber } from '../../../analysis/wording.js';
import { truncate } from '../escape.js';
import { matchedStudentsOf, type ChartContext } from './context.js';
import { DECLINE_COLOUR, GRID, INK, MUTED } from './palette.js';
import { figure, label, linearScale, niceStep, px, text } from './svg.js';

const WIDTH = 900;
const ROW_HEIGHT = 92;
const LEFT = 190;
const RIGHT = 30;

export function gainsChart(context: ChartContext): string | null {
  const rows = context.strategies
    .map((strategy) => ({ strategy, gains: matchedStudentsOf(context.findings, strategy.strategy).map((student) => student.gain) }))
    .filter((row) => row.gains.length > 0);
  if (rows.length === 0) return null;
  const all = rows.flatMap((row) => row.gains);
  // issue 8: no spread of per-student arrays into a call (stack overflow at ~120,000 students)
  const largest = all.reduce((most, gain) => (gain > most ? gain : most), -Infinity);
  const smallest = all.reduce((least, gain) => (gain < least ? gain : least), Infinity);
  const step = niceStep(largest - smallest || 1, 16);
  const first = Math.floor(Math.min(smallest, 0) / step) * step;
  const last = (Math.floor(Math.max(largest, 0) / step) + 1) * step;
  const x = linearScale(first, last, [LEFT, WIDTH - RIGHT], 10);
  const bins = Math.round((last - first) / step);
  const counts = rows.map((row) => {
    const histogram = new Array<number>(bins).fill(0);
    for (const gain of row.gains) histogram[Math.min(bins - 1, Math.floor((gain - first) / step + 1e-9))] += 1;
    return histogram;
  });
  const tallest = Math.max(...counts.flat());
  const height = rows.length * ROW_HEIGHT + 56;

  const parts: string[] = [];
  rows.forEach(({ strategy, gains }, index) => {
    const base = (index + 1) * ROW_HEIGHT;
    const colour = context.colours.get(strategy.strategy)!;
    parts.push(text(LEFT - 12, base - ROW_HEIGHT / 2, truncate(strategy.strategy, 26), `text-anchor="end" font-weight="600" fill="${INK}"`));
    parts.push(text(LEFT - 12, base - ROW_HEIGHT / 2 + 15, `n = ${gains.length}`, `text-anchor="end" fill="${MUTED}"`));
    parts.push(`<line x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${base}" y2="${base}" stroke="${GRID}"/>`);
    counts[index].forEach((count, bin) => {
      if (count === 0) return;
      const low = first + bin * step;
      const barHeight = (count / tallest) * (ROW_HEIGHT - 22);
      const fill = low + step <= 0 ? DECLINE_COLOUR : colour;
      parts.push(`<rect x="${px(x(low) + 1)}" y="${px(base - barHeight)}" width="${px(x(low + step) - x(low) - 2)}" height="${px(barHeight)}" fill="${fill}" fill-opacity="0.85"/>`);
    });
    const meanGain = gains.reduce((sum, gain) => sum + gain, 0) / gains.length;
    parts.push(`<path d="M${px(x(meanGain))} ${px(base + 2)} l-5 9 h10 z" fill="${INK}"/>`);
    parts.push(text(x(meanGain) + 8, base + 11, `mean ${formatNumber(meanGain, 1)}`, `fill="${INK}" font-size="11"`));
  });
  parts.push(`<line x1="${px(x(0))}" x2="${px(x(0))}" y1="10" y2="${rows.length * ROW_HEIGHT}" stroke="${INK}" stroke-dasharray="3 3"/>`);
  for (const tick of x.ticks) parts.push(text(x(tick), rows.length * ROW_HEIGHT + 30, label(tick, 1), `text-anchor="middle" fill="${MUTED}"`));
  parts.push(text((LEFT + WIDTH - RIGHT) / 2, height - 6, 'gain (points)', `text-anchor="middle" fill="${MUTED}"`));

  const description = rows
    .map(({ strategy, gains }) => {
      const sorted = [...gains].sort((a, b) => a - b);
      const declined = gains.filter((gain) => gain < 0).length;
      return `${strategy.strategy}: gains from ${formatNumber(sorted[0], 1)} to ${formatNumber(sorted[sorted.length - 1], 1)} points, median ${formatNumber(medianOf(sorted), 1)}; ${declined} of ${gains.length} went down.`;
    })
    .join(' ');
  return figure({
    id: 'chart-gains',
    title: 'Distribution of gains',
    description,
    caption: `How many students gained how many points (bins of ${label(step, 2)}), by strategy; orange bars are losses, the dashed line is no change, the triangle the mean gain.`,
    width: WIDTH,
    height,
    body: parts.join('\n'),
  });
}

function medianOf(sorted: readonly number[]): number {
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
