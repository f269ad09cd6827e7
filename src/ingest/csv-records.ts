/**
 * The CSV tokenizer: the one place that turns decoded text into records. Everything else in
 * ingest sees only `{ fields, line }`, so a faster tokenizer can replace this module.
 *
 * RFC 4180 with the leniencies real exports need: LF, CRLF or lone CR line ends; quoted fields
 * with doubled quotes and embedded newlines; stray text after a closing quote is kept; a blank
 * line is a record with one empty field (the ledger counts it). A final line end does not start
 * another record. `line` is the 1-based physical line where the record starts.
 */
export interface CsvRecord {
  fields: string[];
  line: number;
}

/** A quoted field that never closes. */
export class CsvSyntaxError extends Error {
  constructor(readonly line: number) {
    super(`a quoted field starting on line ${line} never closes`);
  }
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * The tokenizer as a reader: `next()` reads one record into `record` and says whether there was
 * one. Issue 7: a million records read through generators cost two iterator results, a record
 * object and a fresh fields array each; the reader makes only the cells' strings. `record` and
 * its `fields` array are the same objects after every `next()`, overwritten in place, so a caller
 * that keeps a record (the header search, the sample, a test) keeps `copyRecord(reader.record)`.
 * `csvRecords` is the same reader as a generator of records of their own.
 */
export class CsvReader {
  /** The record the last `next()` read. Overwritten by the next call: copy it to keep it. */
  readonly record: CsvRecord = { fields: [], line: 0 };
  /** The index in the text just after the last record read. */
  index = 0;
  private line: number;
  private readonly separator: number;
  private readonly delimiter: string;
  /**
   * The next separator, LF and CR at or after where a field was last looked for (the text's
   * length when there is none), found with `indexOf`: issue 7, it finds them in a fraction of
   * the time a loop over `charCodeAt` takes (measured: 120 ms against 200 ms over the 75 MB
   * benchmark file). Each is looked for again once reading has passed it.
   */
  private nextSeparator = -1;
  private nextLF = -1;
  private nextCR = -1;

  constructor(
    private readonly text: string,
    delimiter: string,
    firstLine = 1,
  ) {
    this.delimiter = delimiter.charAt(0);
    this.separator = delimiter.charCodeAt(0);
    this.line = firstLine;
  }

  /** The first index at or after `from` that holds the separator, LF or CR; the text's length when none does. */
  private fieldEnd(from: number): number {
    const text = this.text;
    if (this.nextSeparator < from) this.nextSeparator = orLength(text.indexOf(this.delimiter, from), text.length);
    return Math.min(this.nextSeparator, this.lineEnd(from));
  }

  /** The first index at or after `from` that holds LF or CR; the text's length when none does. */
  private lineEnd(from: number): number {
    const text = this.text;
    if (this.nextLF < from) this.nextLF = orLength(text.indexOf('\n', from), text.length);
    if (this.nextCR < from) this.nextCR = orLength(text.indexOf('\r', from), text.length);
    return Math.min(this.nextLF, this.nextCR);
  }

  /** Reads the next record into `record`; false (and `record` unchanged) at the end of the text. */
  next(): boolean {
    const text = this.text;
    const separator = this.separator;
    const length = text.length;
    let index = this.index;
    if (index >= length) return false;
    let line = this.line;
    const startLine = line;
    const fields = this.record.fields;
    let count = 0;
    for (;;) {
      let end: number;
      if (index < length && text.charCodeAt(index) === QUOTE) {
        let value = '';
        let from = index + 1;
        for (;;) {
          const quote = text.indexOf('"', from);
          if (quote === -1) throw new CsvSyntaxError(startLine);
          // A quoted cell with no line end in it (nearly every one) needs no counting.
          if (this.lineEnd(from) < quote) line += countLineEnds(text, from, quote);
          if (text.charCodeAt(quote + 1) === QUOTE) {
            value += text.slice(from, quote + 1);
            from = quote + 2;
            continue;
          }
          value += text.slice(from, quote);
          index = quote + 1;
          break;
        }
        end = this.fieldEnd(index);
        if (end > index) value += text.slice(index, end);
        fields[count++] = value;
      } else {
        end = this.fieldEnd(index);
        fields[count++] = text.slice(index, end);
      }
      index = end;
      if (index >= length) break;
      const code = text.charCodeAt(index);
      if (code === separator) {
        index++;
        continue;
      }
      index += code === CR && text.charCodeAt(index + 1) === LF ? 2 : 1;
      line++;
      break;
    }
    if (fields.length !== count) fields.length = count;
    this.record.line = startLine;
    this.index = index;
    this.line = line;
    return true;
  }
}

function orLength(found: number, length: number): number {
  return found === -1 ? length : found;
}

/** The records of `text`, each an object of its own (see `CsvReader` for the reused one). */
export function* csvRecords(text: string, delimiter: string, firstLine = 1): Generator<CsvRecord> {
  const reader = new CsvReader(text, delimiter, firstLine);
  while (reader.next()) yield copyRecord(reader.record);
}

/** A record of its own: a copy of `record` that the reader's next record does not overwrite. */
export function copyRecord(record: CsvRecord): CsvRecord {
  return { fields: record.fields.slice(), line: record.line };
}

/** Line ends in text[from, to): LF, CRLF and lone CR each count once. */
function countLineEnds(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === LF) count++;
    else if (code === CR && text.charCodeAt(i + 1) !== LF) count++;
  }
  return count;
}

/**
 * `text` as a string of its own. V8 makes a substring of 13 or more characters a view into the
 * string it was cut from, so one name kept from a record would keep the whole file's text alive
 * (75 MB for a million students, issue 7). Cells that outlive the read go through this.
 */
export function ownString(text: string): string {
  // Concatenating makes a new string; cutting the added character off keeps only a view of that.
  return text.length < 13 ? text : `${text} `.slice(0, -1);
}
