/**
 * Rows → CSV text (RFC 4180): every text cell quoted with inner quotes doubled (so a defused cell
 * or one holding commas or line breaks stays one cell), numbers bare so spreadsheets read them as
 * numbers. With `excel`: a UTF-8 byte-order mark and CRLF line ends, which is what Excel expects.
 */
import { csvCell, type CsvValue } from './defuse.js';

export function writeCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvValue[]>, excel: boolean): string {
  const line = (cells: readonly CsvValue[]) =>
    cells.map((value) => (typeof value === 'string' ? `"${csvCell(value).replace(/"/g, '""')}"` : csvCell(value))).join(',');
  const eol = excel ? '\r\n' : '\n';
  return `${excel ? '\uFEFF' : ''}${[line(header), ...rows.map(line)].join(eol)}${eol}`;
}
