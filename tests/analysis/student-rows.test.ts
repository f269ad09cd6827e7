import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { StudentRow } from '../../src/analysis/findings.js';
import { StudentRows } from '../../src/analysis/student-rows.js';

const ADA: StudentRow = { id: 'S1', name: 'Ada', strategy: 'Number talks', teacher: 'Ito', section: null, pre: 20, post: 25, gain: 5, percentGain: 0.125, normalizedChange: 0.25, effectSize: 0.8, flag: 'at-or-above-hinge' };
const BEN: StudentRow = { id: 'S2', name: null, strategy: null, teacher: null, section: 'Math 5', pre: null, post: 17.5, gain: null, percentGain: null, normalizedChange: null, effectSize: null, flag: 'no-data' };

const row = fc.record({
  id: fc.string(),
  name: fc.option(fc.string()),
  strategy: fc.option(fc.constantFrom('Number talks', 'Worked examples')),
  teacher: fc.option(fc.string()),
  section: fc.option(fc.string()),
  pre: fc.option(fc.double({ noNaN: true })),
  post: fc.option(fc.double({ noNaN: true })),
  gain: fc.option(fc.double({ noNaN: true })),
  percentGain: fc.option(fc.double({ noNaN: true })),
  normalizedChange: fc.option(fc.double({ noNaN: true })),
  effectSize: fc.option(fc.double({ noNaN: true })),
  flag: fc.constantFrom('declined', 'below-hinge', 'at-or-above-hinge', 'no-data'),
}) as fc.Arbitrary<StudentRow>;

describe('StudentRows', () => {
  it('gives back the records it was given, however many, past its first capacity', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 150 }), fc.integer({ min: 1, max: 8 }), (records, capacity) => {
        const rows = new StudentRows(capacity);
        records.forEach((record, index) => expect(rows.add(record.id, record.name, record.strategy, record.teacher, record.section, record.pre, record.post, record.gain, record.percentGain, record.normalizedChange, record.effectSize, record.flag)).toBe(index));
        expect(rows.length).toBe(records.length);
        expect(rows.toArray()).toEqual(records);
        expect([...rows]).toEqual(records);
        expect(JSON.parse(JSON.stringify(rows))).toEqual(JSON.parse(JSON.stringify(records)));
        expect(rows.text('id')).toEqual(records.map((record) => record.id));
        expect(rows.text('section')).toEqual(records.map((record) => record.section));
        if (records.length > 2) expect(rows.slice(1, 3)).toEqual(records.slice(1, 3));
      }),
    );
  });

  it('makes each record on demand, and refuses a row or flag that does not exist', () => {
    const rows = StudentRows.from([ADA, BEN]);
    expect(rows.at(1)).toEqual(BEN);
    expect(rows.at(0)).not.toBe(rows.at(0));
    expect(() => rows.at(2)).toThrow(RangeError);
    expect(() => rows.add('S3', null, null, null, null, 1, 2, 1, null, null, null, 'great' as StudentRow['flag'])).toThrow(/not a student flag/);
    expect(rows.slice(5)).toEqual([]);
  });

  it('reads a NaN figure as null, as JSON writes it', () => {
    const rows = StudentRows.from([{ ...ADA, effectSize: NaN }]);
    expect(rows.at(0).effectSize).toBeNull();
  });

  it('maps its text, each strategy, teacher and section once, and never a flag or a figure', () => {
    const seen: string[] = [];
    const rows = StudentRows.from([ADA, { ...ADA, id: 'S3', name: 'Cleo' }, BEN]).mapStrings((text) => {
      seen.push(text);
      return `<${text}>`;
    });
    expect(rows.toArray()).toEqual([
      { ...ADA, id: '<S1>', name: '<Ada>', strategy: '<Number talks>', teacher: '<Ito>' },
      { ...ADA, id: '<S3>', name: '<Cleo>', strategy: '<Number talks>', teacher: '<Ito>' },
      { ...BEN, id: '<S2>', section: '<Math 5>' },
    ]);
    expect(seen.filter((text) => text === 'Ito')).toHaveLength(1);
  });

  it('replaces identities and sorts by ID, leaving the rows it came from as they were', () => {
    const rows = StudentRows.from([ADA, BEN, { ...BEN, id: 'S10' }]);
    const renamed = rows.withIdentities((id, index) => `P${9 - index}`, () => null).sortedByIds((a, b) => a.localeCompare(b));
    expect(renamed.toArray()).toEqual([
      { ...BEN, id: 'P7' },
      { ...BEN, id: 'P8' },
      { ...ADA, id: 'P9', name: null },
    ]);
    expect(rows.text('id')).toEqual(['S1', 'S2', 'S10']);
  });
});
