/**
 * Rows that are in the file but are not a student: blank lines, Canvas's Points Possible,
 * Manual Posting / Muted rows and test student, Points / Out of rows, Class Average summaries,
 * date rows and legends. Also the lines above the header. They go to the ledger as `notAStudent`.
 */
import { parseScore } from './parse-score.js';

export type NonStudentKind = 'blank' | 'maximum' | 'summary' | 'test-student' | 'no-id';

export interface NonStudent {
  kind: NonStudentKind;
  /** For the ledger: `Points Possible row`, `blank line`… */
  detail: string;
}

/** Whole-cell labels (lower case, trimmed, trailing colon dropped) → what the row is. */
const LABELS = new Map<string, { kind: NonStudentKind; detail: string }>([
  ['points possible', { kind: 'maximum', detail: 'Points Possible row' }],
  ['möjliga poäng', { kind: 'maximum', detail: 'Points Possible row' }],
  ['puntos posibles', { kind: 'maximum', detail: 'Points Possible row' }],
  ['points possibles', { kind: 'maximum', detail: 'Points Possible row' }],
  ['mögliche punkte', { kind: 'maximum', detail: 'Points Possible row' }],
  ['points', { kind: 'maximum', detail: 'Points row' }],
  ['out of', { kind: 'maximum', detail: 'Out of row' }],
  ['max', { kind: 'maximum', detail: 'Max row' }],
  ['max points', { kind: 'maximum', detail: 'Max row' }],
  ['maximum', { kind: 'maximum', detail: 'Max row' }],
  ['possible', { kind: 'maximum', detail: 'Points Possible row' }],
  ['manual posting', { kind: 'summary', detail: 'Manual Posting row' }],
  ['manuell publicering', { kind: 'summary', detail: 'Manual Posting row' }],
  ['muted', { kind: 'summary', detail: 'Muted row' }],
  ['class average', { kind: 'summary', detail: 'Class Average row' }],
  ['class avg', { kind: 'summary', detail: 'Class Average row' }],
  ['average', { kind: 'summary', detail: 'Average row' }],
  ['class median', { kind: 'summary', detail: 'Class Median row' }],
  ['total', { kind: 'summary', detail: 'Total row' }],
  ['totals', { kind: 'summary', detail: 'Total row' }],
  ['date', { kind: 'summary', detail: 'Date row' }],
  ['due date', { kind: 'summary', detail: 'Date row' }],
  ['student, test', { kind: 'test-student', detail: 'Canvas test student' }],
  ['test student', { kind: 'test-student', detail: 'Canvas test student' }],
  ['student, test (inactive)', { kind: 'test-student', detail: 'Canvas test student' }],
]);

function labelOf(cell: string | undefined): { kind: NonStudentKind; detail: string } | undefined {
  if (cell === undefined) return undefined;
  // No label starts with a digit: IDs, the usual key cell, are settled without lower-casing.
  const first = cell.charCodeAt(0);
  if (first >= 48 && first <= 57) return undefined;
  let key = cell.trim().toLowerCase();
  if (key === '') return undefined;
  if (key.endsWith(':')) key = key.slice(0, -1).trimEnd();
  const label = LABELS.get(key);
  if (label !== undefined) return label;
  if (key.startsWith('out of ') && parseScore(key.slice(7)).kind === 'number') return { kind: 'maximum', detail: 'Out of row' };
  if (key.startsWith('legend') || key.startsWith('key:')) return { kind: 'summary', detail: 'legend line' };
  return undefined;
}

/**
 * Whether a data row is not a student, and why. `keyIndex` is the column students are matched on
 * (the ID, or the name with `--match name`); `nameIndex` the name column or -1.
 * A row whose key cell is empty is never a student; when a label explains it, the detail says so.
 */
export function classifyNonStudent(fields: readonly string[], keyIndex: number, nameIndex: number): NonStudent | null {
  let blank = true;
  for (const field of fields) {
    if (field.trim() !== '') {
      blank = false;
      break;
    }
  }
  if (blank) return { kind: 'blank', detail: 'blank line' };
  const keyCell = fields[keyIndex];
  const ownLabel = labelOf(keyCell) ?? (nameIndex >= 0 ? labelOf(fields[nameIndex]) : undefined);
  if (ownLabel !== undefined) return ownLabel;
  if (keyCell !== undefined && keyCell.trim() !== '') return null;
  for (let index = 0; index < fields.length; index++) {
    const label = labelOf(fields[index]);
    if (label !== undefined) return label;
  }
  return { kind: 'no-id', detail: 'no student ID (blank ID cell)' };
}

/** Labels such as `Points Possible` in a line above the header, for the ledger detail and the maximum. */
export function describeLineAboveHeader(fields: readonly string[]): { detail: string; maximum: number | null } {
  if (fields.every((field) => field.trim() === '')) return { detail: 'blank line above the header', maximum: null };
  const first = fields[0]?.trim() ?? '';
  const label = labelOf(first);
  if (label?.kind === 'maximum') {
    for (let index = 1; index < fields.length; index++) {
      const parsed = parseScore(fields[index]);
      if (parsed.kind === 'number') return { detail: `${label.detail} above the header`, maximum: parsed.value };
    }
  }
  const text = fields.map((field) => field.trim()).filter((field) => field !== '').join(' ');
  const shown = text.length > 60 ? `${text.slice(0, 60)}…` : text;
  return { detail: `above the header: ${shown}`, maximum: null };
}

/** The maximum a Points / Out of row gives in a column, if it reads as a number. */
export function maximumFromRow(fields: readonly string[], scoreIndex: number, decimalComma: boolean): number | null {
  const parsed = parseScore(fields[scoreIndex] ?? '', { decimalComma });
  if (parsed.kind === 'number' && parsed.value > 0) return parsed.value;
  for (const field of fields) {
    const key = field.trim().toLowerCase();
    if (key.startsWith('out of ')) {
      const value = parseScore(key.slice(7), { decimalComma });
      if (value.kind === 'number' && value.value > 0) return value.value;
    }
  }
  return null;
}
