import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { csvRecords, CsvSyntaxError } from '../../src/ingest/csv-records.js';

const records = (text: string, delimiter = ',') => [...csvRecords(text, delimiter)];

describe('csvRecords', () => {
  it('splits fields and numbers physical lines from 1', () => {
    expect(records('a,b\n1,2\n')).toEqual([
      { fields: ['a', 'b'], line: 1 },
      { fields: ['1', '2'], line: 2 },
    ]);
  });

  it('handles CRLF, lone CR and a missing final line end alike', () => {
    const expected = [
      { fields: ['a', 'b'], line: 1 },
      { fields: ['1', '2'], line: 2 },
    ];
    expect(records('a,b\r\n1,2\r\n')).toEqual(expected);
    expect(records('a,b\r1,2\r')).toEqual(expected);
    expect(records('a,b\n1,2')).toEqual(expected);
  });

  it('keeps blank lines as records with one empty field', () => {
    expect(records('a\n\nb\n')).toEqual([
      { fields: ['a'], line: 1 },
      { fields: [''], line: 2 },
      { fields: ['b'], line: 3 },
    ]);
  });

  it('reads quoted fields with delimiters, doubled quotes and newlines, counting the lines they span', () => {
    const text = 'name,score\n"Peña, Sofía",30\n"line one\r\nline two\nline ""three""",31\n"O\'Brien",32\n';
    expect(records(text)).toEqual([
      { fields: ['name', 'score'], line: 1 },
      { fields: ['Peña, Sofía', '30'], line: 2 },
      { fields: ['line one\r\nline two\nline "three"', '31'], line: 3 },
      { fields: ["O'Brien", '32'], line: 6 },
    ]);
  });

  it('keeps empty trailing fields', () => {
    expect(records('a,,\n')).toEqual([{ fields: ['a', '', ''], line: 1 }]);
    expect(records('a,')).toEqual([{ fields: ['a', ''], line: 1 }]);
  });

  it('uses the delimiter it is given', () => {
    expect(records('a;b,c\t d\n', ';')).toEqual([{ fields: ['a', 'b,c\t d'], line: 1 }]);
    expect(records('a\tb\n', '\t')).toEqual([{ fields: ['a', 'b'], line: 1 }]);
  });

  it('keeps text after a closing quote instead of failing', () => {
    expect(records('"a"b,c\n')).toEqual([{ fields: ['ab', 'c'], line: 1 }]);
  });

  it('reports a quote that never closes with the line it opened on', () => {
    expect(() => records('a,b\n1,"open\n2,3\n')).toThrow(CsvSyntaxError);
    try {
      records('a,b\n1,"open\n2,3\n');
    } catch (error) {
      expect((error as CsvSyntaxError).line).toBe(2);
    }
  });

  it('reads back what a standard writer wrote, on the right lines (property)', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\n', '\r\n', ' ', 'é') });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 6 }), (rows) => {
        const quote = (value: string) => `"${value.replace(/"/g, '""')}"`;
        const text = rows.map((row) => row.map(quote).join(',')).join('\n') + '\n';
        const read = records(text);
        expect(read.map((record) => record.fields)).toEqual(rows);
        let line = 1;
        rows.forEach((row, index) => {
          expect(read[index].line).toBe(line);
          line += 1 + row.join(',').split(/\r\n|\n/).length - 1;
        });
      }),
    );
  });
});
