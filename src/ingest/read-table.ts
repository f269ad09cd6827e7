/**
 * One input file as a table: decoded, delimiter sniffed, header found, columns named, and the
 * data records as a one-pass stream (the first few are kept as a sample for guessing roles).
 */
import { InputError, UsageError } from '../errors.js';
import { csvRecords, CsvSyntaxError, type CsvCursor, type CsvRecord } from './csv-records.js';
import { decodeBytes, displayName, readBytes } from './decode.js';
import { findHeader } from './find-header.js';
import { headerNames, repeatedHeaders } from './columns.js';
import { checkLooksLikeText, checkRecordLimits, DEFAULT_MAX_FIELD_SIZE, tooLargeError } from './input-limits.js';
import { PROGRESS_EVERY_RECORDS, type ReadProgress } from './read-progress.js';
import { sniffDelimiter } from './sniff-delimiter.js';
import type { IngestNotice } from './types.js';

export interface TableOptions {
  delimiter?: string;
  encoding?: string;
  /** Column names the user gave: the header is the first record that has them all. */
  wantedNames?: readonly string[];
  /** Longest cell allowed, in characters (`--max-field-size`; default 1 MiB). See input-limits.ts. */
  maxFieldSize?: number;
  /** Told how far the data records have been read (a progress line for large files). */
  progress?: ReadProgress;
}

export interface Table {
  /** The file as the user named it (`-` for stdin). */
  file: string;
  /** How messages show it (`stdin` for `-`). */
  label: string;
  encoding: string;
  bom: boolean;
  delimiter: string;
  /** Semicolon and tab files write decimals with a comma. */
  decimalComma: boolean;
  headerLine: number;
  /** Column names (trimmed, numbered when repeated); see `headerNames`. */
  columns: string[];
  /** Header texts that head more than one column (see `repeatedHeaders`): naming one is ambiguous. */
  repeated: ReadonlyMap<string, readonly number[]>;
  /** Records above the header (titles, metadata, blank lines). */
  above: CsvRecord[];
  /** The first data records, for guessing column roles. They are also the start of `rows`. */
  sample: CsvRecord[];
  /** Every data record after the header, in order. Iterate once. */
  rows: Iterable<CsvRecord>;
  notices: IngestNotice[];
}

const HEADER_SEARCH_RECORDS = 60;
const SAMPLE_RECORDS = 200;

export async function readTable(file: string, options: TableOptions = {}): Promise<Table> {
  // Issue 8: a file too large to hold as text is an input error, not a crash (input-limits.ts).
  try {
    const bytes = await readBytes(file);
    return tableFromBytes(bytes, file, options);
  } catch (error) {
    throw tooLargeError(error, displayName(file)) ?? error;
  }
}

export function tableFromBytes(bytes: Buffer, file: string, options: TableOptions = {}): Table {
  const label = displayName(file);
  const decoded = decodeBytes(bytes, label, options.encoding);
  checkLooksLikeText(bytes, decoded.text, label); // issue 8: workbooks, PDFs, NUL bytes
  const maxFieldSize = options.maxFieldSize ?? DEFAULT_MAX_FIELD_SIZE;
  const delimiter = options.delimiter !== undefined ? normaliseDelimiter(options.delimiter) : sniffDelimiter(decoded.text);
  const cursor: CsvCursor = { index: 0 };
  const records = csvRecords(decoded.text, delimiter, 1, cursor);
  const head: CsvRecord[] = [];
  try {
    while (head.length < HEADER_SEARCH_RECORDS + SAMPLE_RECORDS) {
      const next = records.next();
      if (next.done === true) break;
      head.push(next.value);
    }
  } catch (error) {
    throw located(error, label);
  }
  if (head.length === 0 || head.every((record) => record.fields.every((field) => field.trim() === ''))) {
    throw new InputError('the file is empty', { file: label }, 'Export the gradebook again, or check that this is the right file.');
  }
  const headerIndex = findHeader(head.slice(0, HEADER_SEARCH_RECORDS), options.wantedNames ?? []);
  const header = head[headerIndex];
  const sample = head.slice(headerIndex + 1);
  const names = headerNames(header.fields);
  for (let index = 0; index < head.length; index++) checkRecordLimits(head[index], maxFieldSize, label, index > headerIndex ? names : undefined); // issue 8
  return {
    file,
    label,
    encoding: decoded.encoding,
    bom: decoded.bom,
    delimiter,
    decimalComma: delimiter !== ',',
    headerLine: header.line,
    columns: names,
    repeated: repeatedHeaders(header.fields),
    above: head.slice(0, headerIndex),
    sample: sample.slice(0, SAMPLE_RECORDS),
    rows: chain(sample, records, { label, maxFieldSize, columns: names, cursor, length: decoded.text.length, progress: options.progress }),
    notices: decoded.notices,
  };
}

/** `,` `;` `\t` `|`, or the words comma, semicolon, tab, pipe. */
export function normaliseDelimiter(delimiter: string): string {
  const named: Record<string, string> = { comma: ',', semicolon: ';', tab: '\t', '\\t': '\t', pipe: '|' };
  const value = named[delimiter.toLowerCase()] ?? delimiter;
  if (value.length !== 1 || value === '"' || value === '\n' || value === '\r') {
    throw new UsageError(`--delimiter "${delimiter}" must be one character`, 'Use , ; tab or |.');
  }
  return value;
}

interface ChainContext {
  label: string;
  maxFieldSize: number;
  columns: readonly string[];
  /** Where the tokenizer is in the text, and the text's length: how far reading has got. */
  cursor: CsvCursor;
  length: number;
  progress: ReadProgress | undefined;
}

function* chain(first: readonly CsvRecord[], rest: Iterator<CsvRecord>, context: ChainContext): Generator<CsvRecord> {
  const { label, maxFieldSize, columns, cursor, length, progress } = context;
  let rows = 0;
  try {
    progress?.reading(label, 0, cursor.index, length);
    for (const record of first) {
      rows++;
      yield record;
    }
    for (;;) {
      let next: IteratorResult<CsvRecord>;
      try {
        next = rest.next();
      } catch (error) {
        throw located(error, label);
      }
      if (next.done === true) return;
      checkRecordLimits(next.value, maxFieldSize, label, columns); // issue 8
      rows++;
      if (progress !== undefined && rows % PROGRESS_EVERY_RECORDS === 0) progress.reading(label, rows, cursor.index, length);
      yield next.value;
    }
  } finally {
    progress?.finished(label);
  }
}

/** Turns the tokenizer's syntax error into an input error naming the file and line. */
function located(error: unknown, label: string): unknown {
  if (error instanceof CsvSyntaxError) {
    return new InputError(error.message, { file: label, line: error.line }, 'A quote (") opens a field that never closes; fix the quote or choose another --delimiter.');
  }
  return tooLargeError(error, label) ?? error; // issue 8
}
