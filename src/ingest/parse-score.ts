/**
 * Reading one score cell as exported by gradebooks and assessment platforms.
 *
 * - Numbers: `34`, `40.00`, `-2.5`, `1e2`; `-0` reads as 0.
 * - Percentages: `85%` → 85 (the number before the sign; no division).
 * - Points out of a maximum: `17/20` → 17 (the points earned; the maximum is ignored here —
 *   give `--max-score` or let a Points Possible row supply it).
 * - Decimal commas (`17,50`) when `decimalComma` is set (semicolon and tab files); a dot is then
 *   also accepted, and when both appear the dots are thousands separators (`1.234,5`).
 *   Without `decimalComma`, a comma is only accepted as a thousands separator (`1,234`).
 * - Codes for "no score" (EX, N/A, ABS, INC, MIS, MI, M, X, I, `-`, Absent, Exempt, Incomplete,
 *   Missing, Excused…), a blank cell and Excel errors (`#VALUE!`, `#DIV/0!`, `#N/A`) are
 *   `missing`, with the code as written (`blank` for an empty cell).
 * - Anything else (`920L`, `Level 4`, `B+`, `<1`, `NaN`, `Infinity`, `1e309`) is `unparseable`,
 *   never silently read as a number.
 *
 * @example parseScore('17,50', { decimalComma: true }) // { kind: 'number', value: 17.5 }
 * @example parseScore('ABS') // { kind: 'missing', code: 'ABS' }
 */
export type ParsedScore =
  | { kind: 'number'; value: number }
  | { kind: 'missing'; code: string }
  | { kind: 'unparseable'; raw: string };

export interface ParseScoreOptions {
  decimalComma: boolean;
}

/** Upper-cased codes that mean "no score" (FORMATS.md, "Codes seen for no score"). */
export const MISSING_SCORE_CODES: ReadonlySet<string> = new Set([
  'EX', 'EXC', 'EXCUSED', 'EXEMPT',
  'N/A', 'NA',
  'ABS', 'ABSENT',
  'INC', 'INCOMPLETE',
  'MIS', 'MISSING', 'MI', 'M',
  'X', 'I',
  '-', '--', '—', '–',
]);

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const THOUSANDS_COMMA = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const EXCEL_ERROR = /^#(?:N\/A|[A-Z0-9/]+[!?])$/i;

const COMMA_OFF: ParseScoreOptions = { decimalComma: false };

export function parseScore(raw: string, options: ParseScoreOptions = COMMA_OFF): ParsedScore {
  const whole = wholeScore(raw);
  if (whole !== null) return whole;
  const text = raw.trim();
  if (text === '') return { kind: 'missing', code: 'blank' };
  const first = text.charCodeAt(0);
  const startsLikeNumber = (first >= 48 && first <= 57) || first === 46 || first === 43 || first === 45;
  if (!startsLikeNumber || text.length === 1 || text === '--') {
    if (MISSING_SCORE_CODES.has(text.toUpperCase())) return { kind: 'missing', code: text };
    if (first === 35 && EXCEL_ERROR.test(text)) return { kind: 'missing', code: text };
    if (!startsLikeNumber) return { kind: 'unparseable', raw };
  }
  const value = readNumber(text, options.decimalComma);
  return value === null ? { kind: 'unparseable', raw } : numberScore(value);
}

/** One shared, frozen result for each whole score from 0 to 1000: a million score cells make no million objects (issue 7). */
const WHOLE_SCORES: readonly ParsedScore[] = Array.from({ length: 1001 }, (_, value) => Object.freeze({ kind: 'number' as const, value }));

/** The usual cell, one to three digits (`7`, `34`, `100`), read without trimming, regular expressions or allocation; otherwise null. */
function wholeScore(raw: string): ParsedScore | null {
  if (raw.length === 0 || raw.length > 3) return null;
  let value = 0;
  for (let index = 0; index < raw.length; index++) {
    const digit = raw.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return null;
    value = value * 10 + digit;
  }
  return WHOLE_SCORES[value];
}

function numberScore(value: number): ParsedScore {
  return Number.isInteger(value) && value >= 0 && value <= 1000 && !Object.is(value, -0) ? WHOLE_SCORES[value] : { kind: 'number', value };
}

function readNumber(text: string, decimalComma: boolean): number | null {
  let body = text;
  if (body.charCodeAt(body.length - 1) === 37 /* % */) {
    body = body.slice(0, -1).trimEnd();
  } else {
    const slash = body.indexOf('/');
    if (slash > 0) {
      if (readPlainNumber(body.slice(slash + 1).trim(), decimalComma) === null) return null;
      body = body.slice(0, slash).trimEnd();
    }
  }
  return readPlainNumber(body, decimalComma);
}

function readPlainNumber(text: string, decimalComma: boolean): number | null {
  let body = text;
  if (body.indexOf(',') !== -1) {
    if (decimalComma) {
      if (body.indexOf('.') !== -1) body = body.split('.').join('');
      body = body.replace(',', '.');
    } else if (THOUSANDS_COMMA.test(body)) {
      body = body.split(',').join('');
    } else {
      return null;
    }
  }
  if (!NUMBER.test(body)) return null;
  const value = Number(body);
  if (!Number.isFinite(value)) return null;
  return value === 0 ? 0 : value;
}
