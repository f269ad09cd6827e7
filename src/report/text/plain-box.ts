/**
 * cli-table3's box, drawn directly for tables whose cells are plain text: printable ASCII, Latin-1
 * letters and the few single-width symbols the report's figures use (− → … – — ’ ≥ ± ·). Loading
 * and running cli-table3 costs about 35 ms for a class report — a sixth of its run (issue 7) —
 * mostly in measuring every cell's display width; for these characters the width is the length.
 * The layout is cli-table3 0.6's with the options table.ts uses (fixed column widths, one space of
 * padding, word wrap, compact style, no colours), ported step by step, quirks included, so the
 * output is byte-for-byte the same (tests/report/plain-box.test.ts compares the two on random
 * tables). Anything else — wide characters, emoji, combining marks, tabs, line breaks, other
 * spaces — goes to cli-table3.
 */

/** Characters one column wide that are not white space: printable ASCII, À–ÿ, and − → … – — ‘ ’ “ ” ≤ ≥ ± ·. */
const PLAIN = /^[\x20-\x7E\u00C0-\u00FF\u2212\u2192\u2026\u2013\u2014\u2018\u2019\u201C\u201D\u2264\u2265\u00B1\u00B7]*$/;

/** Whether `drawPlainBox` can draw these cells exactly as cli-table3 would. */
export function isPlainBox(head: readonly string[], rows: readonly (readonly string[])[], columns: number): boolean {
  if (head.length !== 0 && head.length !== columns) return false;
  if (!head.every((cell) => PLAIN.test(cell))) return false;
  return rows.every((row) => row.length === columns && row.every((cell) => PLAIN.test(cell)));
}

/**
 * The box: `head` (none when empty) and `rows` in columns of `widths` (each including one space
 * of padding on both sides), aligned left or right.
 */
export function drawPlainBox(head: readonly string[], rows: readonly (readonly string[])[], widths: readonly number[], aligns: readonly ('left' | 'right')[]): string {
  const table = head.length > 0 ? [head, ...rows] : [...rows];
  const result: string[] = [];
  for (let rowIndex = 0; rowIndex < table.length; rowIndex++) {
    const cellLines = table[rowIndex].map((content, column) => wrapCell(content, Math.max(1, widths[column])));
    const height = cellLines.reduce((most, lines) => Math.max(most, lines.length), 1);
    if (rowIndex === 0) result.push(border(widths, '┌', '┬', '┐'));
    else if (rowIndex === 1 && head.length > 0) result.push(border(widths, '├', '┼', '┤'));
    for (let lineNumber = 0; lineNumber < height; lineNumber++) {
      let line = '';
      for (let column = 0; column < widths.length; column++) {
        const width = Math.max(1, widths[column]);
        const text = cellLines[column][lineNumber];
        line += text === undefined ? `│${' '.repeat(width)}` : `│ ${pad(truncate(text, width - 2), width - 2, aligns[column])} `;
      }
      result.push(`${line}│`);
    }
    if (rowIndex + 1 === table.length) result.push(border(widths, '└', '┴', '┘'));
  }
  return result.join('\n');
}

function border(widths: readonly number[], left: string, middle: string, right: string): string {
  return `${widths.map((width, column) => `${column === 0 ? left : middle}${'─'.repeat(Math.max(1, width))}`).join('')}${right}`;
}

/** cli-table3's word wrap (utils.wordWrap) to the width inside the padding. */
function wrapCell(content: string, width: number): string[] {
  const maxLength = width - 2;
  const lines: string[] = [];
  const split = content.split(/(\s+)/g);
  let line: string[] = [];
  let lineLength = 0;
  let whitespace: string | undefined;
  for (let i = 0; i < split.length; i += 2) {
    const word = split[i];
    let newLength = lineLength + word.length;
    if (lineLength > 0 && whitespace) newLength += whitespace.length;
    if (newLength > maxLength) {
      if (lineLength !== 0) lines.push(line.join(''));
      line = [word];
      lineLength = word.length;
    } else {
      line.push(whitespace || '', word);
      lineLength = newLength;
    }
    whitespace = split[i + 1];
  }
  if (lineLength) lines.push(line.join(''));
  return lines;
}

/** cli-table3's truncate: too long → cut, ending in an ellipsis. */
function truncate(text: string, length: number): string {
  if (text.length <= length) return text;
  return `${text.slice(0, Math.max(0, length - 1))}…`;
}

/** cli-table3's pad (the ellipsis is one column wide). */
function pad(text: string, length: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, length - text.length));
  return align === 'right' ? fill + text : text + fill;
}
