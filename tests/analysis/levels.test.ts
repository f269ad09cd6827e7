/**
 * Grouping by integer codes (levels.ts): the levels of a breakdown column, in report order, with
 * each level's members in input order — exactly the groups the Map-of-arrays grouping made.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gatherScores, levelsOf, scoresBetween, writeOrder } from '../../src/analysis/levels.js';
import { compareNames } from '../../src/analysis/compare-names.js';

/** The grouping levelsOf replaces: a Map of arrays of indices, its keys sorted by compareNames. */
function mapGrouping(values: readonly string[]): Array<[string, number[]]> {
  const groups = new Map<string, number[]>();
  values.forEach((value, i) => {
    const members = groups.get(value);
    if (members) members.push(i);
    else groups.set(value, [i]);
  });
  return [...groups.keys()].sort(compareNames).map((value) => [value, groups.get(value)!]);
}

describe('levelsOf', () => {
  it('numbers the levels in report order and counts them', () => {
    const levels = levelsOf(['T2', 'T1', 'T2', 'T10', 'T1'], (teacher) => teacher);
    expect(levels.values).toEqual(['T1', 'T2', 'T10']); // numbers inside names compare as numbers
    expect([...levels.index]).toEqual([['T1', 0], ['T2', 1], ['T10', 2]]);
    expect([...levels.counts]).toEqual([2, 2, 1]);
    expect([...levels.first]).toEqual([1, 0, 3]);
    expect(levels.contiguous).toBe(false);
  });

  it('knows when each level is one run of consecutive items (an export sorted by teacher)', () => {
    const levels = levelsOf(['B', 'B', 'A', 'A', 'A', 'C'], (teacher) => teacher);
    expect(levels.contiguous).toBe(true);
    expect(levels.values).toEqual(['A', 'B', 'C']);
    expect([...levels.first]).toEqual([2, 0, 5]);
    expect([...levels.counts]).toEqual([3, 2, 1]);
    // A level that comes back later is not a run.
    expect(levelsOf(['B', 'A', 'B'], (teacher) => teacher).contiguous).toBe(false);
    expect(levelsOf([], (teacher: string) => teacher)).toMatchObject({ values: [], contiguous: true });
  });

  it('writes each level\'s members in input order, offset by `at` and `base`', () => {
    const ell = ['N', 'Y', 'N', 'Y', 'Y'];
    const order = new Int32Array(8).fill(-1);
    const starts = writeOrder(levelsOf(ell, (value) => value), ell, (value) => value, order, 2, 100);
    expect([...starts]).toEqual([2, 4, 7]);
    expect([...order]).toEqual([-1, -1, 100, 102, 101, 103, 104, -1]);
  });

  it('makes the groups of the Map-of-arrays grouping, for any values', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('T1', 'T2', 'T10', 'Okafor', 'okafor', '(blank)', 'Élan', 'Y', 'N'), { maxLength: 60 }), (values) => {
        const levels = levelsOf(values, (value) => value);
        const order = new Int32Array(values.length);
        const starts = writeOrder(levels, values, (value) => value, order, 0, 0);
        const grouped = levels.values.map((value, k): [string, number[]] => [value, [...order.subarray(starts[k], starts[k + 1])]]);
        expect(grouped).toEqual(mapGrouping(values));
        if (levels.contiguous) {
          levels.values.forEach((_, k) => expect(grouped[k][1]).toEqual(Array.from({ length: levels.counts[k] }, (__, i) => levels.first[k] + i)));
        }
      }),
    );
  });
});

describe('gatherScores and scoresBetween', () => {
  it('read a group\'s scores into plain arrays', () => {
    const pre = Int16Array.of(10, 12, 14, 9);
    const post = Int16Array.of(13, 15, 20, 9);
    expect(gatherScores(pre, post, Int32Array.of(3, 0, 2), 1, 3)).toEqual({ pre: [10, 14], post: [13, 20] });
    expect(scoresBetween(pre, post, 1, 3)).toEqual({ pre: [12, 14], post: [15, 20] });
    expect(scoresBetween(Float64Array.of(-0, 2.5), Float64Array.of(1, 2), 0, 2).pre.map((score) => Object.is(score, -0))).toEqual([true, false]);
  });
});
