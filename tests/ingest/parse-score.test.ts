import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseScore } from '../../src/ingest/parse-score.js';

const comma = { decimalComma: true };

describe('parseScore', () => {
  it.each([
    ['34', 34],
    ['40.00', 40],
    [' 17.5 ', 17.5],
    ['-2.5', -2.5],
    ['+3', 3],
    ['.5', 0.5],
    ['1e2', 100],
    ['85%', 85],
    ['73.64 %', 73.64],
    ['17/20', 17],
    ['17.5 / 20', 17.5],
    ['1,234', 1234],
  ])('reads %j as %d', (raw, value) => {
    expect(parseScore(raw)).toEqual({ kind: 'number', value });
  });

  it('reads decimal commas when asked, and dots too', () => {
    expect(parseScore('17,50', comma)).toEqual({ kind: 'number', value: 17.5 });
    expect(parseScore('1.234,5', comma)).toEqual({ kind: 'number', value: 1234.5 });
    expect(parseScore('40.00', comma)).toEqual({ kind: 'number', value: 40 });
    expect(parseScore('85,5%', comma)).toEqual({ kind: 'number', value: 85.5 });
  });

  it('does not read a decimal comma in a comma file', () => {
    expect(parseScore('17,50')).toEqual({ kind: 'unparseable', raw: '17,50' });
  });

  it('reads -0 as 0', () => {
    const parsed = parseScore('-0');
    expect(parsed.kind === 'number' && Object.is(parsed.value, 0)).toBe(true);
  });

  it.each(['EX', 'ex', 'N/A', 'NA', 'ABS', 'INC', 'MIS', 'MI', 'M', 'X', 'I', '-', '--', 'Absent', 'Exempt', 'Incomplete', 'Missing', 'Excused', '#VALUE!', '#DIV/0!', '#N/A', '#REF!', '#NAME?'])(
    'reads %j as a missing score with its code',
    (raw) => {
      expect(parseScore(raw)).toEqual({ kind: 'missing', code: raw });
    },
  );

  it('reads a blank cell as missing with the code "blank"', () => {
    expect(parseScore('')).toEqual({ kind: 'missing', code: 'blank' });
    expect(parseScore('   ')).toEqual({ kind: 'missing', code: 'blank' });
  });

  it.each(['920L', 'BR120L', 'Level 4', 'B+', '<1', 'NaN', 'Infinity', '-Infinity', '1e309', '12abc', '3.4.5', 'Yes*', '17/x', '(read only)', '1,23'])(
    'keeps %j unparseable, never a number',
    (raw) => {
      expect(parseScore(raw)).toEqual({ kind: 'unparseable', raw });
    },
  );

  it('round-trips every finite number JavaScript prints (property)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const parsed = parseScore(String(value));
        expect(parsed).toEqual({ kind: 'number', value: value === 0 ? 0 : value });
      }),
    );
  });

  it('never throws and always returns one of the three kinds (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.boolean(), (raw, decimalComma) => {
        const parsed = parseScore(raw, { decimalComma });
        expect(['number', 'missing', 'unparseable']).toContain(parsed.kind);
        if (parsed.kind === 'number') expect(Number.isFinite(parsed.value)).toBe(true);
      }),
    );
  });
});

describe('the one-to-three-digit fast path', () => {
  it('reads every such cell as the general path does, with or without decimal commas', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,3}$/), fc.boolean(), (raw, decimalComma) => {
        expect(parseScore(raw, { decimalComma })).toEqual({ kind: 'number', value: Number(raw) });
        // Padding goes to the general path and gives the same number.
        expect(parseScore(` ${raw} `, { decimalComma })).toEqual({ kind: 'number', value: Number(raw) });
      }),
    );
  });
});
