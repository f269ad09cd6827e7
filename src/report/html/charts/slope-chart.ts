/**
 * Each student's pre → post score as a line, one panel per strategy: lines going down are drawn in
 * orange, the group mean as a thick line, the proficiency target as a dashed line.
 */
import { formatNumber } from '../../../analysis/wording.js';
import { truncate } from '../escape.js';
import { matchedStudentsOf, type ChartContext } from './context.js';
import { DECLINE_COLOUR, GRID, INK, MUTED } from './palette.js';
import { figure, label, linearScale, px, text } from './svg.js';

const CHART_WIDTH = 900;
const PANEL_HEIGHT = 270;
const PER_ROW = 4;

export function slopeChart(context: ChartContext): string | null {
  const { findings } = context;
  const panels = context.strategies
    .map((strategy) => ({ strategy, students: matchedStudentsOf(findings, strategy.strategy) }))
    .filter((panel) => panel.students.length > 0);
  if (panels.length === 0) return null;
  const scores = panels.flatMap((panel) => panel.students.flatMap((student) => [student.pre, student.post]));
  const maxScore = findings.settings.maxScore;
  // issue 8: no spread of per-student arrays into a call (stack overflow at ~120,000 students)
  const high = scores.reduce((most, score) => (score > most ? score : most), maxScore ?? -Infinity);
  const lowest = scores.reduce((least, score) => (score < least ? score : least), Infinity);
  const low = lowest >= 0 && lowest <= high / 2 ? 0 : lowest;
  const top = 42;
  const bottom = PANEL_HEIGHT - 30;
  const y = linearScale(low, high, [bottom, top]);
  const columns = Math.min(PER_ROW, panels.length);
  const panelWidth = Math.min(300, CHART_WIDTH / columns);
  const width = Math.round(columns * panelWidth);
  const height = Math.ceil(panels.length / PER_ROW) * PANEL_HEIGHT;
  const target = findings.settings.proficientAt;

  const body = panels.map(({ strategy, students }, index) => {
    const left = (index % PER_ROW) * panelWidth + 46;
    const offsetY = Math.floor(index / PER_ROW) * PANEL_HEIGHT;
    const x0 = left + 20;
    const x1 = left + panelWidth - 125;
    const colour = context.colours.get(strategy.strategy)!;
    const parts = [`<g transform="translate(0 ${offsetY})">`];
    parts.push(text(left - 36, 18, truncate(strategy.strategy, 30), `font-weight="600" fill="${INK}"`));
    parts.push(text(left - 36, 33, `n = ${students.length}`, `fill="${MUTED}"`));
    for (const tick of y.ticks) {
      parts.push(`<line x1="${px(left)}" x2="${px(x1 + 10)}" y1="${px(y(tick))}" y2="${px(y(tick))}" stroke="${GRID}"/>`);
      parts.push(text(left - 6, y(tick) + 4, label(tick, 1), `text-anchor="end" fill="${MUTED}"`));
    }
    if (target !== null) {
      parts.push(`<line x1="${px(left)}" x2="${px(x1 + 10)}" y1="${px(y(target))}" y2="${px(y(target))}" stroke="${INK}" stroke-dasharray="5 4"/>`);
      parts.push(text(left + 2, y(target) - 4, `target ${label(target, 1)}`, `fill="${INK}" font-size="10"`));
    }
    for (const student of students) {
      const down = student.gain < 0;
      parts.push(
        `<line x1="${px(x0)}" y1="${px(y(student.pre))}" x2="${px(x1)}" y2="${px(y(student.post))}" stroke="${down ? DECLINE_COLOUR : colour}" stroke-opacity="${down ? 0.9 : 0.35}" stroke-width="${down ? 1.8 : 1.2}"/>`,
      );
    }
    const preMean = mean(students.map((student) => student.pre));
    const postMean = mean(students.map((student) => student.post));
    parts.push(`<line x1="${px(x0)}" y1="${px(y(preMean))}" x2="${px(x1)}" y2="${px(y(postMean))}" stroke="${INK}" stroke-width="3.5"/>`);
    parts.push(`<circle cx="${px(x0)}" cy="${px(y(preMean))}" r="4.5" fill="${INK}"/><circle cx="${px(x1)}" cy="${px(y(postMean))}" r="4.5" fill="${INK}"/>`);
    parts.push(text(x1 + 10, y(postMean) + 4, `mean ${formatNumber(postMean, 1)}`, `fill="${INK}" font-weight="600" font-size="11"`));
    parts.push(text(x0, bottom + 18, 'Pre', `text-anchor="middle" fill="${MUTED}"`));
    parts.push(text(x1, bottom + 18, 'Post', `text-anchor="middle" fill="${MUTED}"`));
    parts.push('</g>');
    return parts.join('\n');
  });

  const description = panels
    .map(({ strategy, students }) => {
      const up = students.filter((student) => student.gain > 0).length;
      const down = students.filter((student) => student.gain < 0).length;
      return (
        `${strategy.strategy}: ${students.length} students, ${up} went up, ${down} went down, ${students.length - up - down} unchanged; ` +
        `mean ${formatNumber(mean(students.map((s) => s.pre)), 1)} before and ${formatNumber(mean(students.map((s) => s.post)), 1)} after.`
      );
    })
    .join(' ');
  return figure({
    id: 'chart-slopes',
    title: 'Each student before and after, by strategy',
    description,
    caption:
      'One line per student from the pre- to the post-assessment; orange lines went down. The thick line joins the group means' +
      (target !== null ? `; the dashed line is the proficiency target (${label(target, 1)}).` : '.'),
    width,
    height,
    body: body.join('\n'),
  });
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}
