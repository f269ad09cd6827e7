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

/** Starts of cells `readLabel` also reads as labels (`Out of 20`, `Legend: …`, `Key: …`), lower case: keep in step with it. */
const LABEL_PREFIXES = ['out of ', 'legend', 'key:'];

/** 1 for each ASCII character a label prefix starts with. */
const PREFIX_LETTERS = (() => {
  const letters = new Uint8Array(128);
  for (const prefix of LABEL_PREFIXES) letters[prefix.charCodeAt(0)] = 1;
  return letters;
})();

/** For each ASCII character, the lengths (bit n: n characters) of the whole-cell labels starting with it. */
const LABEL_LENGTHS = (() => {
  const lengths = new Uint32Array(128);
  for (const label of LABELS.keys()) if (label.length < 32) lengths[label.charCodeAt(0)] |= 1 << label.length;
  return lengths;
})();

/**
 * False when `cell` can be no label (`readLabel` would return undefined), settled without
 * trimming, lower-casing or a lookup: issue 7 runs this on the name cell of every row. Trimmed of
 * ASCII spaces, the cell must start with a label prefix, or, with any final colon dropped, have
 * the first letter and the length of a whole-cell label. True means "look properly".
 *
 * Why the ASCII rules are enough: the cell is settled here only when its first and last
 * characters are ASCII (so `trim` removes what the ASCII trim removes: other spaces are not
 * ASCII), and `toLowerCase` keeps every other character's length and turns none into ASCII
 * but the Kelvin sign (into k, which as a first character is left to `readLabel`) and dotted
 * capital I (into i and a combining dot, which no label has).
 *
 * @example mayBeLabel('Berg, Ada') // false: no label starts with b
 * @example mayBeLabel(' Points Possible: ') // true
 */
export function mayBeLabel(cell: string): boolean {
  let start = 0;
  let end = cell.length;
  while (start < end && isAsciiSpace(cell.charCodeAt(start))) start++;
  while (end > start && isAsciiSpace(cell.charCodeAt(end - 1))) end--;
  if (end === start) return false;
  const first = cell.charCodeAt(start);
  if (first > 127 || cell.charCodeAt(end - 1) > 127) return true;
  const letter = lowerAscii(first);
  if (PREFIX_LETTERS[letter] === 1) {
    for (const prefix of LABEL_PREFIXES) if (startsWithAscii(cell, start, end, prefix)) return true;
  }
  if (cell.charCodeAt(end - 1) === 58 /* : */) {
    end--;
    while (end > start && isAsciiSpace(cell.charCodeAt(end - 1))) end--;
    if (end > start && cell.charCodeAt(end - 1) > 127) return true;
  }
  const length = end - start;
  return length > 0 && length < 32 && (LABEL_LENGTHS[letter] & (1 << length)) !== 0;
}

/** Whether cell[start, end) starts with `prefix` (lower case ASCII), ignoring ASCII case. */
function startsWithAscii(cell: string, start: number, end: number, prefix: string): boolean {
  if (end - start < prefix.length) return false;
  for (let index = 0; index < prefix.length; index++) if (lowerAscii(cell.charCodeAt(start + index)) !== prefix.charCodeAt(index)) return false;
  return true;
}

function lowerAscii(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

function isBlank(field: string): boolean {
  return field.trim() === '';
}

/** What String.prototype.trim removes among ASCII characters: tab, LF, VT, FF, CR and space. */
function isAsciiSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}

function labelOf(cell: string | undefined): { kind: NonStudentKind; detail: string } | undefined {
  if (cell === undefined) return undefined;
  // No label starts with a digit: IDs, the usual key cell, are settled without lower-casing.
  const first = cell.charCodeAt(0);
  if (first >= 48 && first <= 57) return undefined;
  return mayBeLabel(cell) ? readLabel(cell) : undefined;
}

/**
 * The label `cell` is, if any: trimmed, lower-cased and any final colon dropped, a whole-cell
 * label, `out of N`, or text starting with `legend` or `key:`. (`labelOf` asks `mayBeLabel` first.)
 */
export function readLabel(cell: string): { kind: NonStudentKind; detail: string } | undefined {
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
  const keyCell = fields[keyIndex];
  // A filled key cell (every student row) is a record that is not blank: the other cells need no look.
  const keyFilled = keyCell !== undefined && keyCell.trim() !== '';
  if (!keyFilled && fields.every(isBlank)) return { kind: 'blank', detail: 'blank line' };
  const ownLabel = labelOf(keyCell) ?? (nameIndex >= 0 ? labelOf(fields[nameIndex]) : undefined);
  if (ownLabel !== undefined) return ownLabel;
  if (keyFilled) return null;
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
