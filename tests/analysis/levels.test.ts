/**
 * Grouping by integer codes (levels.ts): the levels of a breakdown column, in report order, with
 * each level's members in input order — exactly the groups the Map-of-arrays grouping made, codes
 * with the same label being one level and items reached through `members` as well as directly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gatherScores, levelsOf, scoresBetween, writeOrder, type CodedItems } from '../../src/analysis/levels.js';
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

/** Texts numbered in the order first seen (null is -1), as reading codes a column. */
function numbered(values: ReadonlyArray<string | null>): { codes: Int32Array; texts: string[] } {
  const texts: string[] = [];
  const codes = Int32Array.from(values, (value) => {
    if (value === null) return -1;
    const code = texts.indexOf(value);
    return code !== -1 ? code : texts.push(value) - 1;
  });
  return { codes, texts };
}

/** Items whose codes are those of `values` (each item its own code), labelled by their text; null is `(blank)`. */
function coded(values: ReadonlyArray<string | null>): CodedItems {
  const { codes, texts } = numbered(values);
  return { members: null, codes, codeCount: texts.length, labelOf: (code) => (code === -1 ? '(blank)' : texts[code]) };
}

describe('levelsOf', () => {
  it('numbers the levels in report order and counts them', () => {
    const levels = levelsOf(coded(['T2', 'T1', 'T2', 'T10', 'T1'])); // codes 0 1 0 2 1
    expect(levels.values).toEqual(['T1', 'T2', 'T10']); // numbers inside names compare as numbers
    expect([...levels.levelOf]).toEqual([-1, 1, 0, 2]); // no item has code -1; T2 (code 0) is level 1…
    expect([...levels.counts]).toEqual([2, 2, 1]);
    expect([...levels.first]).toEqual([1, 0, 3]);
    expect(levels.contiguous).toBe(false);
  });

  it('makes one level of the codes with the same label, and none of a code no item has', () => {
    // Code -1 (no teacher) and a teacher literally named "(blank)" are one level, as a Map keyed by label made them.
    const items: CodedItems = { members: null, codes: [2, -1, 0, 2, -1], codeCount: 4, labelOf: (code) => ['(blank)', 'Unused', 'Okafor', 'Other'][code] ?? '(blank)' };
    const levels = levelsOf(items);
    expect(levels.values).toEqual(['(blank)', 'Okafor']);
    expect([...levels.levelOf]).toEqual([0, 0, -1, 1, -1]);
    expect([...levels.counts]).toEqual([3, 2]);
    expect([...levels.first]).toEqual([1, 0]);
    expect(levels.contiguous).toBe(false);
  });

  it('reads each item\'s code through `members` (rows of a longer column) when given', () => {
    // The column has 6 rows; the items are rows 5, 1 and 3, in that order.
    const { codes, texts } = numbered(['N', 'Y', 'N', 'Y', 'N', 'N']);
    const items: CodedItems = { members: Int32Array.of(5, 1, 3), codes, codeCount: texts.length, labelOf: (code) => texts[code] };
    const levels = levelsOf(items);
    expect(levels.values).toEqual(['N', 'Y']);
    expect([...levels.counts]).toEqual([1, 2]);
    expect([...levels.first]).toEqual([0, 1]);
    expect(levels.contiguous).toBe(true);
    const order = new Int32Array(3);
    expect([...writeOrder(levels, items, order, 0, 0)]).toEqual([0, 1, 3]);
    expect([...order]).toEqual([0, 1, 2]); // positions among the items, not rows
  });

  it('knows when each level is one run of consecutive items (an export sorted by teacher)', () => {
    const levels = levelsOf(coded(['B', 'B', 'A', 'A', 'A', 'C']));
    expect(levels.contiguous).toBe(true);
    expect(levels.values).toEqual(['A', 'B', 'C']);
    expect([...levels.first]).toEqual([2, 0, 5]);
    expect([...levels.counts]).toEqual([3, 2, 1]);
    // A level that comes back later is not a run.
    expect(levelsOf(coded(['B', 'A', 'B'])).contiguous).toBe(false);
    // Two codes of one label, one after the other, are still one run.
    expect(levelsOf(coded(['A', null, '(blank)', 'B'])).contiguous).toBe(true);
    expect(levelsOf(coded([null, 'A', '(blank)'])).contiguous).toBe(false);
    expect(levelsOf(coded([]))).toMatchObject({ values: [], contiguous: true });
  });

  it('writes each level\'s members in input order, offset by `at` and `base`', () => {
    const ell = coded(['N', 'Y', 'N', 'Y', 'Y']);
    const order = new Int32Array(8).fill(-1);
    const starts = writeOrder(levelsOf(ell), ell, order, 2, 100);
    expect([...starts]).toEqual([2, 4, 7]);
    expect([...order]).toEqual([-1, -1, 100, 102, 101, 103, 104, -1]);
  });

  it('makes the groups of the Map-of-arrays grouping, for any values', () => {
    const value = fc.constantFrom('T1', 'T2', 'T10', 'Okafor', 'okafor', '(blank)', 'Élan', 'Y', 'N', null);
    fc.assert(
      fc.property(fc.array(value, { maxLength: 60 }), (values) => {
        const items = coded(values);
        const levels = levelsOf(items);
        const order = new Int32Array(values.length);
        const starts = writeOrder(levels, items, order, 0, 0);
        const grouped = levels.values.map((label, k): [string, number[]] => [label, [...order.subarray(starts[k], starts[k + 1])]]);
        expect(grouped).toEqual(mapGrouping(values.map((v) => v ?? '(blank)')));
        if (levels.contiguous) {
          levels.values.forEach((_, k) => expect(grouped[k][1]).toEqual(Array.from({ length: levels.counts[k] }, (__, i) => levels.first[k] + i)));
        }
      }),
    );
  });

  it('makes the groups of the Map-of-arrays grouping of the members, for any rows of a column', () => {
    const value = fc.constantFrom('T1', 'T2', 'T10', 'Okafor', '(blank)', null);
    const column = fc.array(value, { minLength: 1, maxLength: 40 });
    const drawn = column.chain((values) => fc.tuple(fc.constant(values), fc.array(fc.nat({ max: values.length - 1 }), { maxLength: 40 })));
    fc.assert(
      fc.property(drawn, ([values, rows]) => {
        const items: CodedItems = { ...coded(values), members: Int32Array.from(rows) };
        const levels = levelsOf(items);
        const order = new Int32Array(rows.length);
        const starts = writeOrder(levels, items, order, 0, 0);
        const grouped = levels.values.map((label, k): [string, number[]] => [label, [...order.subarray(starts[k], starts[k + 1])]]);
        expect(grouped).toEqual(mapGrouping(rows.map((row) => values[row] ?? '(blank)')));
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
