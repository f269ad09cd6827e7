/**
 * Rows → CSV text (RFC 4180): every text cell quoted with inner quotes doubled (so a defused cell
 * or one holding commas or line breaks stays one cell), numbers bare so spreadsheets read them as
 * numbers. With `excel`: a UTF-8 byte-order mark and CRLF line ends, which is what Excel expects.
 */
import { csvCell, type CsvValue } from './defuse.js';

export function writeCsv(header: readonly string[], rows: Iterable<readonly CsvValue[]>, excel: boolean): string {
  return [...csvChunks(header, rows, excel)].join('');
}

/** The same text as `writeCsv`, in chunks of about 64 K characters, for streaming output. */
export function* csvChunks(header: readonly string[], rows: Iterable<readonly CsvValue[]>, excel: boolean): Generator<string> {
  const eol = excel ? '\r\n' : '\n';
  let text = `${excel ? '\uFEFF' : ''}${csvLine(header)}${eol}`;
  for (const row of rows) {
    text += `${csvLine(row)}${eol}`;
    if (text.length >= 1 << 16) {
      yield text;
      text = '';
    }
  }
  yield text;
}

function csvLine(cells: readonly CsvValue[]): string {
  let line = '';
  for (let index = 0; index < cells.length; index++) {
    const value = cells[index];
    if (index > 0) line += ',';
    line += typeof value === 'string' ? `"${csvCell(value).replace(/"/g, '""')}"` : csvCell(value);
  }
  return line;
}
