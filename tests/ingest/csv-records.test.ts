import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { copyRecord, CsvReader, csvRecords, CsvSyntaxError, type CsvRecord } from '../../src/ingest/csv-records.js';

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

describe('CsvReader', () => {
  /** Every record the reader reads, copied as it is read. */
  const readAll = (text: string, delimiter = ',') => {
    const reader = new CsvReader(text, delimiter);
    const out: CsvRecord[] = [];
    while (reader.next()) out.push(copyRecord(reader.record));
    return out;
  };

  it('reads into one record object and one fields array, overwritten by each next()', () => {
    const text = 'a,b,c\n1\n"x,y",2\n';
    const reader = new CsvReader(text, ',');
    const { record } = reader;
    const fields = record.fields;
    expect(reader.next()).toBe(true);
    expect(record).toEqual({ fields: ['a', 'b', 'c'], line: 1 });
    const kept = copyRecord(record);
    // A shorter record after a longer one: the array shrinks, nothing of the last record is left.
    expect(reader.next()).toBe(true);
    expect(reader.record).toBe(record);
    expect(record.fields).toBe(fields);
    expect(record).toEqual({ fields: ['1'], line: 2 });
    expect(reader.next()).toBe(true);
    expect(record).toEqual({ fields: ['x,y', '2'], line: 3 });
    // The end: false, and the last record is left as it was.
    expect(reader.next()).toBe(false);
    expect(record).toEqual({ fields: ['x,y', '2'], line: 3 });
    expect(reader.index).toBe(text.length);
    // A copy is a record of its own.
    expect(kept).toEqual({ fields: ['a', 'b', 'c'], line: 1 });
    expect(kept.fields).not.toBe(fields);
  });

  it('reads what csvRecords yields, and csvRecords yields records of their own', () => {
    const text = 'a,b,c\n\n1,"two\nlines",3\r\nx\r"y"z,,\n';
    const yielded = [...csvRecords(text, ',')];
    expect(readAll(text)).toEqual(yielded);
    expect(new Set(yielded.map((record) => record.fields)).size).toBe(yielded.length);
    expect(yielded.map((record) => record.fields)).toEqual([['a', 'b', 'c'], [''], ['1', 'two\nlines', '3'], ['x'], ['yz', '', '']]);
  });

  it('starts counting lines at firstLine and stops at a quote that never closes', () => {
    expect(readAll('a\nb\n', ',').map((record) => record.line)).toEqual([1, 2]);
    expect([...csvRecords('a\nb\n', ',', 10)].map((record) => record.line)).toEqual([10, 11]);
    const reader = new CsvReader('a\n"b\n', ',');
    expect(reader.next()).toBe(true);
    expect(() => reader.next()).toThrow(CsvSyntaxError);
  });
});

/**
 * The tokenizer as it was before issue 7 made it a reader that finds field ends with indexOf: one
 * character at a time. The reader must read exactly what this reads, records, lines and errors.
 */
function* referenceRecords(text: string, delimiter: string): Generator<CsvRecord> {
  const separator = delimiter.charCodeAt(0);
  const length = text.length;
  let index = 0;
  let line = 1;
  const isEnd = (code: number) => code === separator || code === 10 || code === 13;
  while (index < length) {
    const startLine = line;
    const fields: string[] = [];
    for (;;) {
      let end = index;
      if (index < length && text.charCodeAt(index) === 34) {
        let value = '';
        let from = index + 1;
        for (;;) {
          const quote = text.indexOf('"', from);
          if (quote === -1) throw new CsvSyntaxError(startLine);
          for (let i = from; i < quote; i++) if (text.charCodeAt(i) === 10 || (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) !== 10)) line++;
          if (text.charCodeAt(quote + 1) === 34) {
            value += text.slice(from, quote + 1);
            from = quote + 2;
            continue;
          }
          value += text.slice(from, quote);
          index = quote + 1;
          break;
        }
        end = index;
        while (end < length && !isEnd(text.charCodeAt(end))) end++;
        fields.push(value + text.slice(index, end));
      } else {
        while (end < length && !isEnd(text.charCodeAt(end))) end++;
        fields.push(text.slice(index, end));
      }
      index = end;
      if (index >= length) break;
      const code = text.charCodeAt(index);
      if (code === separator) {
        index++;
        continue;
      }
      index += code === 13 && text.charCodeAt(index + 1) === 10 ? 2 : 1;
      line++;
      break;
    }
    yield { fields, line: startLine };
  }
}

describe('CsvReader against the character-by-character tokenizer', () => {
  const outcome = (read: () => CsvRecord[]) => {
    try {
      return { records: read() };
    } catch (error) {
      return { error: error instanceof CsvSyntaxError ? `syntax ${error.line}` : String(error) };
    }
  };

  it('reads any text the same: records, lines and errors (property)', () => {
    const unit = fc.constantFrom('a', 'b', ' ', ',', ';', '\t', '|', '"', '""', '\n', '\r', '\r\n', 'é', 'Berg, Ada', '"x, y"');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), fc.constantFrom(',', ';', '\t', '|'), (text, delimiter) => {
        expect(outcome(() => [...csvRecords(text, delimiter)])).toEqual(outcome(() => [...referenceRecords(text, delimiter)]));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads long files with rare delimiters and line ends the same', () => {
    const texts = ['a'.repeat(5000), `${'a'.repeat(3000)},b`, `x\r${'y,'.repeat(2000)}`, `"q\n${'z'.repeat(2000)}"\r\n1,2\n`, 'a\rb\r\nc\nd,"e\r\nf",g\r'];
    for (const text of texts) expect([...csvRecords(text, ',')]).toEqual([...referenceRecords(text, ',')]);
  });
});
