import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { median, sortedMedian } from '../../src/stats/median.js';
import { sortedCopy } from '../../src/stats/sorted-copy.js';

describe('sortedCopy', () => {
  it('sorts numerically without touching its input, by insertion up to 64 values and natively beyond', () => {
    // (−0 and 0 are one number to sortedCopy, whose order between them is unspecified: + 0 makes −0 0.)
    const finite = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }).map((value) => value + 0);
    fc.assert(
      fc.property(fc.array(finite, { maxLength: 200 }), (values) => {
        const before = values.slice();
        const sorted = sortedCopy(values);
        expect(values).toEqual(before);
        expect(sorted).toEqual(Array.from(new Float64Array(values).sort()));
      }),
    );
  });

  it('sorts large groups of whole numbers by counting, and mixed ones natively, with the same result', () => {
    const scores = fc.integer({ min: -40, max: 300 });
    fc.assert(
      fc.property(fc.array(scores, { minLength: 65, maxLength: 2000 }), fc.option(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 })), (values, odd) => {
        if (odd !== null) values.push(odd + 0); // a fraction or a far value: the native sort
        expect(sortedCopy(values)).toEqual(Array.from(new Float64Array(values).sort()));
      }),
    );
    const state = Array.from({ length: 200_000 }, (_, index) => (index * 7919) % 41);
    const sorted = sortedCopy(state);
    expect(sorted).toHaveLength(200_000);
    expect([sorted[0], sorted[4878], sorted[4879], sorted[199_999]]).toEqual([0, 0, 1, 40]); // 4,879 zeros: 200,000 = 41 × 4,878 + 2
  });

  it('keeps ties, negatives and integers as they are', () => {
    expect(sortedCopy([3, -1, 3, 0, -7, 3])).toEqual([-7, -1, 0, 3, 3, 3]);
    expect(sortedCopy([])).toEqual([]);
    expect(sortedCopy([2.5])).toEqual([2.5]);
  });
});

describe('sortedMedian', () => {
  it('is the median of any sorted copy (odd and even counts)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -40, max: 40 }), { minLength: 1, maxLength: 120 }), (values) => {
        expect(sortedMedian(sortedCopy(values))).toBe(median(values));
      }),
    );
  });
});
