/**
 * CSV cells that a spreadsheet would run as a formula are defused (OWASP, "CSV Injection"): a text
 * cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe, so
 * Excel and LibreOffice show it as text. Real numbers are written as numbers — a negative gain
 * stays `-1.5`, not `'-1.5` — because only values that are numbers in the findings are numbers here.
 */
export type CsvValue = string | number | boolean | null;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return FORMULA_START.test(value) ? `'${value}` : value;
}
