/**
 * Table cells as the human formats print them: rounded, a real minus sign, "–" for a figure that
 * could not be computed, and "fewer than N" for a suppressed group.
 */
import type { EffectSize, Group, Proficiency } from '../../analysis/findings.js';
import { formatNumber, formatPercent } from '../../analysis/wording.js';

/** `0.89 [0.70, 1.07]`. */
export function effectCell(effect: EffectSize): string {
  if (effect.value === null) return '–';
  if (effect.ciLow === null || effect.ciHigh === null) return formatNumber(effect.value);
  return `${formatNumber(effect.value)} [${formatNumber(effect.ciLow)}, ${formatNumber(effect.ciHigh)}]`;
}

/** `1.2 [−0.4, 2.8]` for any estimate with an interval. */
export function intervalCell(value: number | null, low: number | null, high: number | null, digits = 2): string {
  if (value === null) return '–';
  if (low === null || high === null) return formatNumber(value, digits);
  return `${formatNumber(value, digits)} [${formatNumber(low, digits)}, ${formatNumber(high, digits)}]`;
}

/** `20.6 → 26.4`. */
export function prePostCell(group: Group): string {
  return `${formatNumber(group.pre.mean, 1)} → ${formatNumber(group.post.mean, 1)}`;
}

/** `31% → 58%`. */
export function proficiencyCell(proficiency: Proficiency | null): string {
  return proficiency === null ? '–' : `${formatPercent(proficiency.preRate)} → ${formatPercent(proficiency.postRate)}`;
}

/** The n of a group, or `fewer than N` when suppressed. */
export function countCell(group: Group, minN: number | null): string {
  return group.suppressed ? `fewer than ${minN ?? '?'}` : String(group.n);
}

/** A score as a team reads it: `28`, `28.5`. */
export function scoreCell(value: number | null): string {
  if (value === null) return '–';
  return Number.isInteger(value) ? formatNumber(value, 0) : formatNumber(value, 1);
}

/** A signed score change: `+4.5`, `−1`, `0`. */
export function changeCell(value: number | null): string {
  if (value === null) return '–';
  return value > 0 ? `+${scoreCell(value)}` : scoreCell(value);
}
