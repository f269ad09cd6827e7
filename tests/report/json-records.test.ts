/**
 * src/report/json-records.ts: rows written from their columns are, byte for byte, the records'
 * `JSON.stringify` text joined by the separator — for any text (escapes, non-ASCII, lone
 * surrogates), any number (NaN, ±Infinity, −0, large and fractional), the coded columns, and the
 * ledger's and students' own columns — in chunks of bounded size whatever a value's length.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StudentRow } from '../../src/analysis/findings.js';
import { StudentRows } from '../../src/analysis/student-rows.js';
import { LedgerRows } from '../../src/ingest/ledger-rows.js';
import { ROW_STATUSES, type LedgerRow } from '../../src/ingest/types.js';
import type { RecordColumn } from '../../src/record-rows.js';
import { recordLines } from '../../src/report/json-records.js';

/** The text of rows `start` to `end`, each chunk decoded when it comes (the chunks share one buffer); and the chunks' sizes. */
function written(columns: readonly RecordColumn[], start: number, end: number, separator = ',\n  ') {
  const decoder = new TextDecoder();
  let text = '';
  const sizes: number[] = [];
  for (const chunk of recordLines(columns, start, end, separator)) {
    text += decoder.decode(chunk);
    sizes.push(chunk.length);
  }
  return { text, sizes };
}

const stringify = (records: readonly object[], separator = ',\n  ') => records.map((record) => JSON.stringify(record)).join(separator);

const number = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(0, -0, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -(2 ** 31), 2 ** 31 - 1, 2 ** 31, 2 ** 53, 1e21, 5e-324),
);
const text = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom('a', '"', '\\', '\n', '\u007f', '\u2028', 'é', '😀', '\ud83d', '\u0000') }));

describe('recordLines', () => {
  it('writes records of text, number and coded columns as JSON.stringify does', () => {
    const columns: RecordColumn[] = [
      { key: 'id', strings: ['S1', 'S2', 'S"3'] },
      { key: 'pre', numbers: [20, Number.NaN, -3.25] },
      { key: 'flag', codes: new Uint8Array([1, 0, 2]), labels: ['declined', 'no-data', null] },
      { key: 'note', text: (index) => (index === 1 ? null : 'é\n') },
    ];
    expect(written(columns, 0, 3).text).toBe('{"id":"S1","pre":20,"flag":"no-data","note":"é\\n"},\n  {"id":"S2","pre":null,"flag":"declined","note":null},\n  {"id":"S\\"3","pre":-3.25,"flag":null,"note":"é\\n"}');
    expect(written(columns, 1, 2, '').text).toBe('{"id":"S2","pre":null,"flag":"declined","note":null}');
    expect(written(columns, 2, 2).text).toBe('');
    expect(written([], 0, 2).text).toBe('{},\n  {}');
  });

  it('agrees with JSON.stringify on any text and any number', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ name: fc.option(text), score: number, kind: fc.integer({ min: 0, max: 2 }) }), { maxLength: 40 }), fc.constantFrom(',', ',\n    '), (rows, separator) => {
        const labels = ['matched', 'x"y', null];
        const columns: RecordColumn[] = [
          { key: 'name', strings: rows.map((row) => row.name) },
          { key: 'score', numbers: Float64Array.from(rows, (row) => row.score) },
          { key: 'kind', codes: rows.map((row) => row.kind), labels },
          { key: 'again', text: (index) => rows[index].name },
        ];
        const records = rows.map((row) => ({ name: row.name, score: row.score, kind: labels[row.kind], again: row.name }));
        expect(written(columns, 0, rows.length, separator).text).toBe(stringify(records, separator));
      }),
      { numRuns: 300 },
    );
  });

  it('hands on chunks of about 64 KB, and one as long as a value that needs more', () => {
    const long = `${'x'.repeat(100_000)}😀`;
    const ids = Array.from({ length: 5000 }, (_, index) => (index === 2500 ? long : `S${index}`));
    const columns: RecordColumn[] = [{ key: 'id', strings: ids }, { key: 'line', numbers: Float64Array.from(ids, (_, index) => index + 2) }];
    const { text: out, sizes } = written(columns, 0, ids.length);
    expect(out).toBe(stringify(ids.map((id, index) => ({ id, line: index + 2 }))));
    expect(sizes.length).toBeGreaterThan(4);
    // The long value and the rest of its record are a chunk of their own; every other chunk is at most 64 KB.
    expect(sizes.filter((size) => size > 1 << 16)).toEqual([Buffer.byteLength(`{"id":"${long}","line":2502},\n  `)]);
    expect(out).toContain(`{"id":"${long}","line":2502}`);
  });

  it('remembers number texts only up to a bound, and still writes every number right', () => {
    const values = Float64Array.from({ length: 70_000 }, (_, index) => index / 7 + 0.5);
    const { text: out } = written([{ key: 'effectSize', numbers: values }], 0, values.length, ',');
    expect(out).toBe(stringify(Array.from(values, (effectSize) => ({ effectSize })), ','));
  });

  it("writes the ledger's rows from their columns as the rows' records", () => {
    const ledgerRow = fc.record({
      file: fc.constantFrom('pre.csv', 'post "final".csv', 'Büro.csv'),
      line: fc.oneof(fc.integer({ min: 1, max: 2 ** 31 }), fc.constant(2 ** 40)),
      id: fc.option(text),
      status: fc.constantFrom(...ROW_STATUSES),
      detail: fc.oneof(fc.constant(''), text),
    }) as fc.Arbitrary<LedgerRow>;
    fc.assert(
      fc.property(fc.array(ledgerRow, { maxLength: 60 }), (records) => {
        const rows = LedgerRows.from(records);
        expect(written(rows.columns(), 0, rows.length).text).toBe(stringify(rows.toArray()));
      }),
    );
  });

  it("writes the students' rows from their columns as the rows' records", () => {
    const studentRow = fc.record({
      id: text,
      name: fc.option(text),
      strategy: fc.option(fc.constantFrom('Number talks', 'Worked examples')),
      teacher: fc.option(text),
      section: fc.option(text),
      pre: fc.option(number),
      post: fc.option(number),
      gain: fc.option(number),
      percentGain: fc.option(number),
      normalizedChange: fc.option(number),
      effectSize: fc.option(number),
      flag: fc.constantFrom('declined', 'below-hinge', 'at-or-above-hinge', 'no-data'),
    }) as fc.Arbitrary<StudentRow>;
    fc.assert(
      fc.property(fc.array(studentRow, { maxLength: 60 }), fc.nat(5), (records, from) => {
        const rows = StudentRows.from(records);
        const start = Math.min(from, rows.length);
        expect(written(rows.columns(), start, rows.length).text).toBe(stringify(rows.slice(start)));
      }),
    );
  });
});
