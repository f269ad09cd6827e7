/**
 * A Group written as numbers by a worker thread and read back by the main thread must be the
 * very Group: the same numbers bit for bit, the same nulls, the same keys in the same order (the
 * JSON report of a million students is compared byte for byte with the one-thread analysis).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GROUP_FIGURES, groupFigures, readGroupFigures, writeGroupFigures } from '../../src/analysis/group-figures.js';
import { summarizeScores } from '../../src/analysis/group.js';
import type { Group } from '../../src/analysis/findings.js';

/** Every leaf of `value` with its path, in key order: equal lists mean equal objects, keys in the same order. */
function leaves(value: unknown, path = ''): Array<[string, unknown]> {
  if (value === null || typeof value !== 'object') return [[path, value]];
  return Object.entries(value).flatMap(([key, inner]) => leaves(inner, `${path}.${key}`));
}

function expectSameGroup(actual: Group, expected: Group): void {
  const got = leaves(actual);
  const want = leaves(expected);
  expect(got.map(([path]) => path)).toEqual(want.map(([path]) => path));
  got.forEach(([path, value], i) => expect(Object.is(value, want[i][1]), `${path}: ${String(value)} vs ${String(want[i][1])}`).toBe(true));
  expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
}

function roundTrip(group: Group, index = 3): Group {
  const figures = groupFigures(index + 2, false);
  writeGroupFigures(group, figures, index);
  return readGroupFigures(figures, index);
}

/** Scores of 0 to 30 students: whole numbers with ties and equal columns, or decimals. */
const scores = fc.integer({ min: 0, max: 30 }).chain((n) => {
  const score = fc.oneof(fc.integer({ min: 0, max: 8 }), fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 40 }));
  return fc.tuple(fc.array(score, { minLength: n, maxLength: n }), fc.array(score, { minLength: n, maxLength: n }));
});

describe('writeGroupFigures and readGroupFigures', () => {
  it('give back every group summarizeScores makes, null figures and all', () => {
    fc.assert(
      fc.property(scores, fc.constantFrom(null, 40), fc.constantFrom(null, 4), ([pre, post], maxScore, proficientAt) => {
        const { group } = summarizeScores(pre, post, { maxScore, proficientAt });
        expectSameGroup(roundTrip(group), group);
      }),
      { numRuns: 300 },
    );
  });

  it('keep −0, NaN and infinities bit for bit, and tell null from 0', () => {
    const { group } = summarizeScores([10, 12, 14], [13, 15, 20], { maxScore: 40, proficientAt: 12 });
    const odd: Group = {
      ...group,
      pre: { mean: -0, sd: Number.NaN, median: Infinity, min: -Infinity, max: 0 },
      gain: { mean: null, sd: 0, median: null },
      r: Number.MIN_VALUE,
    };
    const back = roundTrip(odd, 0);
    expectSameGroup(back, odd);
    expect(Object.is(back.pre.mean, -0)).toBe(true);
    expect(back.gain).toEqual({ mean: null, sd: 0, median: null });
  });

  it('writes each group in its own place, so threads can write different groups at once', () => {
    const first = summarizeScores([1, 2, 3], [2, 4, 7], { maxScore: null, proficientAt: null }).group;
    const second = summarizeScores([5], [6], { maxScore: 10, proficientAt: 5 }).group;
    const figures = groupFigures(2, false);
    writeGroupFigures(second, figures, 1);
    writeGroupFigures(first, figures, 0);
    expect(figures.values.length).toBe(2 * GROUP_FIGURES);
    expectSameGroup(readGroupFigures(figures, 0), first);
    expectSameGroup(readGroupFigures(figures, 1), second);
    expect(readGroupFigures(figures, 1).proficiency).toEqual({ cutoff: 5, preRate: 1, postRate: 1, up: 0, down: 0, mcnemarP: 1 });
  });

  it('can live in shared memory', () => {
    const figures = groupFigures(1, true);
    expect(figures.values.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(figures.nulls.buffer).toBeInstanceOf(SharedArrayBuffer);
  });
});
