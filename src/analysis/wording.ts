/**
 * Numbers in words a team reads: fixed decimals, a real minus sign, percentages, p-values.
 * Used by the plain-language answer and by every human report format.
 */

/** `0.8912` → `0.89`; `-1.5` → `−1.50`; null → `–`. */
export function formatNumber(value: number | null, digits = 2): string {
  if (value === null) return '–';
  const text = Math.abs(value).toFixed(digits);
  const isZero = Number(text) === 0;
  return value < 0 && !isZero ? `−${text}` : text;
}

/** `0.625` → `63%`. */
export function formatPercent(value: number | null, digits = 0): string {
  if (value === null) return '–';
  return `${(value * 100).toFixed(digits)}%`;
}

/** p-values as journals print them: `p < 0.001`, else three decimals. */
export function formatP(p: number | null): string {
  if (p === null) return 'p –';
  return p < 0.001 ? 'p < 0.001' : `p = ${p.toFixed(3)}`;
}

/** `1 student`, `3 students`. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
