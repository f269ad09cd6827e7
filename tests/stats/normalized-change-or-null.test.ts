/**
 * normalizedChangeOrNull is normalizedChange for the per-student table: the same number where
 * normalizedChange gives one, null exactly where it throws.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizedChange, normalizedChangeOrNull } from '../../src/stats/normalized-change.js';
import { StatisticError } from '../../src/stats/statistic-error.js';

function orNull(pre: number, post: number, maxScore: number): number | null {
  try {
    return normalizedChange(pre, post, maxScore);
  } catch (error) {
    if (error instanceof StatisticError) return null;
    throw error;
  }
}

describe('normalizedChangeOrNull', () => {
  it('gives the documented values', () => {
    expect(normalizedChangeOrNull(30, 35, 40)).toBe(0.5); // (35 − 30) / (40 − 30)
    expect(normalizedChangeOrNull(20, 10, 40)).toBe(-0.5); // (10 − 20) / 20
    expect(normalizedChangeOrNull(25, 25, 40)).toBe(0);
    expect(normalizedChangeOrNull(40, 40, 40)).toBeNull(); // no room to move
    expect(normalizedChangeOrNull(0, 0, 40)).toBeNull();
    expect(normalizedChangeOrNull(41, 40, 40)).toBeNull(); // out of range
    expect(normalizedChangeOrNull(10, 20, 0)).toBeNull(); // no positive maximum
    expect(normalizedChangeOrNull(Number.NaN, 20, 40)).toBeNull();
  });

  it('is normalizedChange, with null where that throws', () => {
    const score = fc.oneof(fc.integer({ min: -2, max: 42 }), fc.double({ min: -1, max: 41, noNaN: false }), fc.constantFrom(0, -0, 40));
    fc.assert(
      fc.property(score, score, fc.constantFrom(40, 0, -5, 12.5, Number.NaN), (pre, post, maxScore) => {
        expect(Object.is(normalizedChangeOrNull(pre, post, maxScore), orNull(pre, post, maxScore))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
