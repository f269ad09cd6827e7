/**
 * One input file as a table: decoded, delimiter sniffed, header found, columns named, and the
 * data records as a one-pass stream (the first few are kept as a sample for guessing roles).
 */
import { InputError, UsageError } from '../errors.js';
import { copyRecord, CsvReader, CsvSyntaxError, type CsvRecord } from './csv-records.js';
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
  /** Every data record after the header, in order: read once, by `next()` or by iterating. */
  rows: TableRows;
  /**
   * About how many data records there are, from the length of the records read with the header:
   * for sizing the arrays the rows go into (an estimate; there may be more or fewer).
   */
  expectedRows: number;
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
  const reader = new CsvReader(decoded.text, delimiter);
  const head: CsvRecord[] = [];
  try {
    while (head.length < HEADER_SEARCH_RECORDS + SAMPLE_RECORDS && reader.next()) head.push(copyRecord(reader.record));
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
    rows: new TableRows(sample, reader, { label, maxFieldSize, columns: names, length: decoded.text.length, progress: options.progress }),
    expectedRows: expectedRecords(decoded.text.length, reader.index, head.length) - headerIndex - 1,
    notices: decoded.notices,
  };
}

/**
 * About how many records a text of `length` characters holds, when its first `records` records
 * took `read` characters: a little over the estimate, so that an even file needs no growth.
 *
 * @example expectedRecords(1000, 100, 10) // 102
 */
export function expectedRecords(length: number, read: number, records: number): number {
  if (read >= length || records === 0) return records;
  return Math.ceil((length / read) * records * 1.02);
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

interface RowsContext {
  label: string;
  maxFieldSize: number;
  columns: readonly string[];
  /** The text's length: with the reader's index, how far reading has got. */
  length: number;
  progress: ReadProgress | undefined;
}

/**
 * A table's data records, one pass: the data records read ahead with the header (copies, the
 * start of which is the sample), then the rest from the tokenizer, each checked against the input
 * limits (issue 8). The progress listener hears of the start, of every `PROGRESS_EVERY_RECORDS`
 * records and of the end (or of the reading stopping).
 *
 * `next()` is the fast way (issue 7): the records after those read ahead are the reader's one
 * record object, overwritten by the following `next()` (`scanRows` takes the cells it keeps,
 * never the record). Iterating gives records of their own, as a generator did before; a caller
 * that stops reading early calls `close()` (iterating does that itself).
 */
export class TableRows implements Iterable<CsvRecord> {
  /** Data records handed out so far. */
  private rows = 0;
  private state: 'unread' | 'reading' | 'done' = 'unread';

  constructor(
    /** Data records read with the header, copies of their own. */
    private readonly readAhead: readonly CsvRecord[],
    private readonly reader: CsvReader,
    private readonly context: RowsContext,
  ) {}

  /**
   * The next data record, or null at the end. A record after those read ahead is overwritten by
   * the next call: copy what is kept. An error (a quote that never closes, a cell over the limit)
   * ends the reading.
   */
  next(): CsvRecord | null {
    if (this.state === 'done') return null;
    const { label, maxFieldSize, columns, length, progress } = this.context;
    if (this.state === 'unread') {
      this.state = 'reading';
      progress?.reading(label, 0, this.reader.index, length);
    }
    if (this.rows < this.readAhead.length) return this.readAhead[this.rows++];
    try {
      let more: boolean;
      try {
        more = this.reader.next();
      } catch (error) {
        throw located(error, label);
      }
      if (!more) {
        this.close();
        return null;
      }
      const record = this.reader.record;
      checkRecordLimits(record, maxFieldSize, label, columns); // issue 8
      this.rows++;
      if (progress !== undefined && this.rows % PROGRESS_EVERY_RECORDS === 0) progress.reading(label, this.rows, this.reader.index, length);
      return record;
    } catch (error) {
      this.close();
      throw error;
    }
  }

  /** Ends the reading early: the progress listener hears that this file is finished. */
  close(): void {
    if (this.state === 'reading') this.context.progress?.finished(this.context.label);
    this.state = 'done';
  }

  /** The remaining records, each a record of its own. */
  *[Symbol.iterator](): Iterator<CsvRecord> {
    try {
      for (let record = this.next(); record !== null; record = this.next()) yield record === this.reader.record ? copyRecord(record) : record;
    } finally {
      this.close();
    }
  }
}

/** Turns the tokenizer's syntax error into an input error naming the file and line. */
function located(error: unknown, label: string): unknown {
  if (error instanceof CsvSyntaxError) {
    return new InputError(error.message, { file: label, line: error.line }, 'A quote (") opens a field that never closes; fix the quote or choose another --delimiter.');
  }
  return tooLargeError(error, label) ?? error; // issue 8
}
