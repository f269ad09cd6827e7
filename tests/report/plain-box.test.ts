import Table from 'cli-table3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawPlainBox, isPlainBox } from '../../src/report/text/plain-box.js';

/** The box as cli-table3 draws it with the options src/report/text/table.ts uses. */
function cliTableBox(head: string[], rows: string[][], widths: number[], aligns: Array<'left' | 'right'>): string {
  const box = new Table({ head, colWidths: widths, colAligns: aligns, wordWrap: true, style: { head: [], border: [], compact: true } });
  for (const row of rows) box.push(row);
  return box.toString();
}

// Words, runs of spaces (leading, trailing, doubled) and words too long for their column.
const cell = fc.string({ unit: fc.constantFrom(...'ab Z9.- x ', 'é', 'Ü', '−', '→', '…', '–', '’', '≥', '±'), maxLength: 24 });
const table = fc.integer({ min: 1, max: 5 }).chain((columns) =>
  fc.record({
    head: fc.oneof(fc.constant([] as string[]), fc.array(cell, { minLength: columns, maxLength: columns })),
    rows: fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { maxLength: 6 }),
    widths: fc.array(fc.integer({ min: 2, max: 16 }), { minLength: columns, maxLength: columns }),
    aligns: fc.array(fc.constantFrom<'left' | 'right'>('left', 'right'), { minLength: columns, maxLength: columns }),
  }),
);

describe('drawPlainBox (cli-table3 without cli-table3, for plain ASCII)', () => {
  it('draws exactly what cli-table3 draws', () => {
    fc.assert(
      fc.property(table, ({ head, rows, widths, aligns }) => {
        expect(drawPlainBox(head, rows, widths, aligns)).toBe(cliTableBox(head, rows, widths, aligns));
      }),
      { numRuns: 2000 },
    );
  });

  it('a report-like table, wrapped and cut', () => {
    const head = ['Student', 'Pre', 'Post', 'Gain'];
    const rows = [['Okafor, Ada', '12', '30', '+18'], ['A-very-long-unbreakable-name', '7', '', '-1']];
    expect(drawPlainBox(head, rows, [12, 6, 6, 7], ['left', 'right', 'right', 'right'])).toBe(cliTableBox(head, rows, [12, 6, 6, 7], ['left', 'right', 'right', 'right']));
  });

  it('leaves wide characters, emoji, combining marks, tabs, line breaks and other spaces to cli-table3', () => {
    for (const text of ['b', 'Zoë', '0.08 [−0.11, 0.27]', '19.7 → 20.3', '≥ 28']) expect(isPlainBox(['a'], [[text]], 1)).toBe(true);
    for (const text of ['学生', '👍', 'Zoe\u0308', 'a\tb', 'a\nb', 'a\u00A0b', '©']) expect(isPlainBox(['a'], [[text]], 1)).toBe(false);
    expect(isPlainBox(['a', 'b'], [['c']], 2)).toBe(false);
  });
});
