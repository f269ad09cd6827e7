/**
 * Limits and sanity checks on an input file, kept out of the tokenizer so they survive a faster
 * one: a file that is not CSV text at all (a workbook, a PDF, binary data with NUL bytes), a field
 * longer than `--max-field-size` (almost always an unbalanced quote swallowing thousands of lines),
 * and a file too large to hold as text. Each is an `InputError` naming the file (and line and
 * column when there is one), never an out-of-memory crash or an internal error.
 */
import { InputError } from '../errors.js';
import type { CsvRecord } from './csv-records.js';

/** The default `--max-field-size`: 1 MiB of text in one cell (a real cell is rarely over 1 KB). */
export const DEFAULT_MAX_FIELD_SIZE = 1024 * 1024;

/** File signatures of things people export instead of CSV, with what to tell them. */
const SIGNATURES: Array<{ bytes: number[]; what: string; hint: string }> = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'an Excel workbook (.xlsx) or another zip file', hint: 'Open it in the spreadsheet program and save it as CSV (File > Save As > CSV UTF-8).' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Excel workbook (.xls)', hint: 'Open it in the spreadsheet program and save it as CSV (File > Save As > CSV UTF-8).' },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document', hint: 'Export the gradebook as CSV instead of PDF.' },
  { bytes: [0x1f, 0x8b], what: 'a gzip-compressed file', hint: 'Decompress it first (gunzip), then give impact the CSV.' },
];

const NOT_TEXT_HINT = 'Export the gradebook as CSV again, or open the file in a spreadsheet program and save it as CSV UTF-8.';

/**
 * Rejects bytes that are not CSV text: a known binary signature, or decoded text containing a NUL
 * character (which no gradebook writes; UTF-16 is decoded before this check, so its NULs are gone).
 */
export function checkLooksLikeText(bytes: Uint8Array, text: string, file: string): void {
  for (const signature of SIGNATURES) {
    if (signature.bytes.every((byte, index) => bytes[index] === byte)) {
      throw new InputError(`this is ${signature.what}, not a CSV text file`, { file }, signature.hint);
    }
  }
  const nul = text.indexOf('\u0000');
  if (nul !== -1) {
    throw new InputError(
      'the file contains a NUL byte, so it is binary data or a damaged export, not CSV text',
      { file, line: lineAt(text, nul) },
      `${NOT_TEXT_HINT} If it is UTF-16 without a byte-order mark, give --encoding utf-16le.`,
    );
  }
}

/** Throws when a field of `record` is longer than `maxFieldSize` characters. */
export function checkRecordLimits(record: CsvRecord, maxFieldSize: number, file: string, columns?: readonly string[]): void {
  const fields = record.fields;
  for (let index = 0; index < fields.length; index++) {
    const length = fields[index].length;
    if (length <= maxFieldSize) continue;
    const which = columns?.[index] === undefined ? `field ${index + 1} of the record starting here` : 'the cell';
    throw new InputError(
      `${which} is ${formatSize(length)} long, over the ${formatSize(maxFieldSize)} limit for one cell`,
      { file, line: record.line, column: columns?.[index] },
      'A quote (") that never closes where it should swallows the lines after it: check that line. If the cells really are that long, raise the limit with --max-field-size (e.g. --max-field-size 16MB).',
    );
  }
}

/** A file or stdin too large to decode as one string: an input error instead of a crash, or null. */
export function tooLargeError(error: unknown, file: string): InputError | null {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const tooLarge =
    code === 'ERR_FS_FILE_TOO_LARGE' ||
    code === 'ERR_STRING_TOO_LONG' ||
    code === 'ERR_BUFFER_TOO_LARGE' ||
    (error instanceof RangeError && /string length|Array buffer allocation|too large|too long/i.test(error.message));
  if (!tooLarge) return null;
  return new InputError(
    'the file is too large to read (impact holds one input as text, up to about 500 MB)',
    { file },
    'Split the export (e.g. by school or subject) or filter it to the students in the cycle first.',
  );
}

/**
 * `--max-field-size`: a number of characters, optionally with a unit (`1MB`, `512KB`, `16M`,
 * `2000000`); KB and MB are powers of 1024. Returns null for text that is not a size.
 */
export function parseSize(raw: string): number | null {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?\s*$/i.exec(raw);
  if (match === null) return null;
  const unit = (match[2] ?? 'b').toLowerCase()[0];
  const value = Math.floor(Number(match[1]) * (unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1));
  return Number.isSafeInteger(value) && value >= 1 ? value : null;
}

/** `5.0 MB`, `812 KB`, `120 characters`. */
export function formatSize(characters: number): string {
  if (characters >= 1024 * 1024) return `${(characters / 1024 / 1024).toFixed(1)} MB`;
  if (characters >= 1024) return `${Math.round(characters / 1024)} KB`;
  return `${characters} characters`;
}

/** The 1-based line of text[offset]: LF, CRLF and lone CR each end a line. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset; index++) {
    const code = text.charCodeAt(index);
    if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10)) line++;
  }
  return line;
}
