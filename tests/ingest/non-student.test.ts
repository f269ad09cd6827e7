import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { classifyNonStudent, mayBeLabel, readLabel } from '../../src/ingest/non-student.js';

/** The row a name cell makes next to a filled ID: null when the cell is no label. */
const labelIn = (name: string) => classifyNonStudent(['S1', name], 0, 1);

describe('classifyNonStudent', () => {
  it.each([
    ['Points Possible', 'Points Possible row'],
    ['  POINTS POSSIBLE:  ', 'Points Possible row'],
    ['\tclass avg :', 'Class Average row'],
    ['Student, Test (inactive)', 'Canvas test student'],
    ['MÖJLIGA POÄNG', 'Points Possible row'],
    ['Out of 20', 'Out of row'],
    ['out of 1,234.5', 'Out of row'],
    ['Legend: EX = excused, and a long explanation after it', 'legend line'],
    ['Key: M = missing', 'legend line'],
    ['Total', 'Total row'],
  ])('reads the name cell %j as a label', (cell, detail) => {
    expect(labelIn(cell)?.detail).toBe(detail);
  });

  it.each(['Berg, Ada', 'Totals Jr, Ann', 'Max', 'Okafor, Hana', 'Out of range', ':', '  ', 'Lee, Kim', 'Average Joe'])('does not read %j as a label unless it is one', (cell) => {
    expect(labelIn(cell)).toEqual(cell === 'Max' ? { kind: 'maximum', detail: 'Max row' } : null);
  });
});

describe('mayBeLabel', () => {
  it('settles ordinary names without looking further', () => {
    expect(mayBeLabel('Berg, Ada')).toBe(false);
    expect(mayBeLabel('Nguyen, Omar')).toBe(false);
    expect(mayBeLabel('Okafor, Hana')).toBe(false);
    expect(mayBeLabel('Lee, Kim')).toBe(false);
    expect(mayBeLabel('Outland, Kay')).toBe(false);
    expect(mayBeLabel(' out OF 20 ')).toBe(true);
    expect(mayBeLabel('LEGEND')).toBe(true);
    expect(mayBeLabel('Out of')).toBe(true);
    expect(mayBeLabel('')).toBe(false);
    expect(mayBeLabel(' Points Possible: ')).toBe(true);
    expect(mayBeLabel('Date\u00a0:')).toBe(true);
    // Not ASCII inside: lower-casing keeps the length and the first letter.
    expect(mayBeLabel('Peña, Sofía')).toBe(false);
    expect(mayBeLabel('Öberg, Åsa')).toBe(true);
    // Ends that Unicode trims (a no-break space) or a Kelvin sign (K) first: the full check decides.
    expect(mayBeLabel('Total\u00a0')).toBe(true);

    expect(mayBeLabel('\u212aey: M = missing')).toBe(true);
  });

  it('is never false for a label with an odd character put anywhere in it (exhaustive)', () => {
    const labels = ['points possible', 'möjliga poäng', 'out of', 'out of 20', 'max', 'class avg', 'date', 'student, test (inactive)', 'legend', 'key: x', 'total'];
    const odd = ['İ', '\u212a', '\u00a0', '\ufeff', '\u3000', 'Ö', ' ', ':'];
    for (const label of labels) {
      for (const written of [label, label.toUpperCase(), `${label}:`, ` ${label} : `]) {
        for (let at = 0; at <= written.length; at++) {
          for (const char of odd) {
            for (const cell of [written.slice(0, at) + char + written.slice(at), written.slice(0, at) + char + written.slice(at + 1)]) {
              if (readLabel(cell) !== undefined && !mayBeLabel(cell)) expect.fail(`mayBeLabel(${JSON.stringify(cell)}) is false, but it reads as a label`);
            }
          }
        }
      }
    }
  });

  it('is never false for a cell that is a label (property, against the full reading)', () => {
    const labels = ['points possible', 'out of', 'out of 12.5/20', 'legend: x', 'key:', 'möjliga poäng', 'points', 'out of 20', 'max', 'maximum', 'muted', 'class average', 'total', 'totals', 'date', 'due date', 'student, test', 'student, test (inactive)', 'legend', 'key: x', 'average', 'possible'];
    // Labels in any case, padded, with a colon, cut short or grown, and random text from their letters.
    const cased = fc.tuple(fc.constantFrom(...labels), fc.array(fc.boolean(), { minLength: 30, maxLength: 30 })).map(([label, upper]) => [...label].map((char, index) => (upper[index] ? char.toUpperCase() : char)).join(''));
    const padding = fc.constantFrom('', ' ', '\t', ' \r\n', '\u00a0', '\ufeff');
    const padded = fc.tuple(padding, cased, fc.constantFrom('', ':', ' :', ': ', '::'), padding, fc.nat(3)).map(([before, label, colon, after, cut]) => before + label.slice(0, label.length - (cut === 3 ? 1 : 0)) + colon + after);
    const letters = fc.string({ unit: fc.constantFrom('a', 'P', 'o', 'T', 'k', 'L', ' ', ':', ',', '(', ')', '1', 'ö', 'Ö', 'İ', '\u212a', '\t', '\u00a0', '\u3000'), maxLength: 26 });
    // Labels with a character swapped for (or put before) one that lower-cases oddly (İ, the Kelvin sign) or that Unicode trims.
    const odd = fc
      .tuple(padded, fc.nat(30), fc.constantFrom('İ', '\u212a', '\u00a0', '\ufeff', 'Ö', 'Ä'), fc.boolean())
      .map(([label, at, char, insert]) => label.slice(0, at) + char + label.slice(insert ? at : at + 1));
    fc.assert(
      fc.property(fc.oneof(padded, letters, odd), (cell) => {
        if (readLabel(cell) !== undefined) expect(mayBeLabel(cell)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
