/**
 * A document table as a cli-table3 box that fits the terminal width. Columns keep their natural
 * width when they fit; otherwise wrapping is spent where it reads best: first on the headings and
 * on text columns (names, bands), down to their longest word, and only then on figures.
 * Plain-ASCII tables are drawn by plain-box.ts (the same box, without loading cli-table3).
 */
import { createRequire } from 'node:module';
import type CliTable from 'cli-table3';
import type { Table as DocTable } from '../document/model.js';
import { drawPlainBox, isPlainBox } from './plain-box.js';
import { printable } from './printable.js';

/** cli-table3, loaded the first time a table has cells plain-box.ts does not draw. */
let cliTable: typeof CliTable | null = null;
function loadCliTable(): typeof CliTable {
  cliTable ??= createRequire(import.meta.url)('cli-table3') as typeof CliTable;
  return cliTable;
}

/** The narrowest a column is ever squeezed to (content plus padding). */
const NARROWEST = 6;

const width = (text: string) => [...text].length;
// issue 8: no spread of per-student arrays into a call (stack overflow at ~120,000 students)
const largest = (values: readonly number[], start: number) => values.reduce((most, value) => (value > most ? value : most), start);
const longestWord = (text: string) => largest(text.split(/\s+/).map(width), 0);

export function textTable(table: DocTable, maxWidth: number): string {
  const head = table.columns.map((column) => printable(column.label));
  const rows = table.rows.map((row) => row.map(printable));
  const cells = (index: number) => rows.map((row) => row[index] ?? '');
  const natural = head.map((label, index) => largest(cells(index).map(width), width(label)) + 2);
  // What a column can shrink to before figures have to wrap: text wraps at words, figures not at all.
  const comfortable = head.map((label, index) => {
    const body = table.columns[index].align === 'left' ? cells(index).map(longestWord) : cells(index).map(width);
    return largest(body, longestWord(label)) + 2;
  });
  const widths = [...natural];
  const budget = maxWidth - (widths.length + 1);
  shrink(widths, budget, comfortable);
  shrink(widths, budget, widths.map(() => NARROWEST));
  const aligns = table.columns.map((column) => column.align);
  const render = (part: string[][], withHead: boolean) => {
    if (isPlainBox(withHead ? head : [], part, widths.length)) return drawPlainBox(withHead ? head : [], part, widths, aligns);
    const Table = loadCliTable();
    const box = new Table({
      head: withHead ? head : [],
      colWidths: widths,
      colAligns: table.columns.map((column) => column.align),
      wordWrap: true,
      style: { head: [], border: [], compact: true },
    });
    for (const row of part) box.push(row);
    return box.toString();
  };
  if (rows.length <= CHUNK_ROWS) return render(rows, true);
  // Issue 8: cli-table3 overflows the stack on ~100,000 rows (and its layout slows down with the
  // square of the rows), so long tables are drawn in chunks
  // of the same column widths and joined where one chunk's bottom border meets the next one's top.
  const lines: string[] = [];
  for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
    const part = render(rows.slice(start, start + CHUNK_ROWS), start === 0).split('\n');
    if (start > 0) part.shift();
    if (start + CHUNK_ROWS < rows.length) part.pop();
    for (const line of part) lines.push(line);
  }
  return lines.join('\n');
}

const CHUNK_ROWS = 200;

/** Takes one column at a time off the widest column that is still above its floor. */
function shrink(widths: number[], budget: number, floors: readonly number[]): void {
  let total = widths.reduce((sum, columnWidth) => sum + columnWidth, 0);
  while (total > budget) {
    let widest = -1;
    for (let index = 0; index < widths.length; index++) {
      if (widths[index] > floors[index] && (widest === -1 || widths[index] > widths[widest])) widest = index;
    }
    if (widest === -1) return;
    widths[widest] -= 1;
    total -= 1;
  }
}
