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

/** Where the tokenizer is: the index in the text just after the last record yielded. */
export interface CsvCursor {
  index: number;
}

export function* csvRecords(text: string, delimiter: string, firstLine = 1, cursor?: CsvCursor): Generator<CsvRecord> {
  const separator = delimiter.charCodeAt(0);
  const length = text.length;
  let index = 0;
  let line = firstLine;
  while (index < length) {
    const startLine = line;
    const fields: string[] = [];
    for (;;) {
      let end = index;
      if (index < length && text.charCodeAt(index) === QUOTE) {
        let value = '';
        let from = index + 1;
        for (;;) {
          const quote = text.indexOf('"', from);
          if (quote === -1) throw new CsvSyntaxError(startLine);
          line += countLineEnds(text, from, quote);
          if (text.charCodeAt(quote + 1) === QUOTE) {
            value += text.slice(from, quote + 1);
            from = quote + 2;
            continue;
          }
          value += text.slice(from, quote);
          index = quote + 1;
          break;
        }
        end = index;
        while (end < length) {
          const code = text.charCodeAt(end);
          if (code === separator || code === LF || code === CR) break;
          end++;
        }
        if (end > index) value += text.slice(index, end);
        fields.push(value);
      } else {
        while (end < length) {
          const code = text.charCodeAt(end);
          if (code === separator || code === LF || code === CR) break;
          end++;
        }
        fields.push(text.slice(index, end));
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
    if (cursor !== undefined) cursor.index = index;
    yield { fields, line: startLine };
  }
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
