/**
 * Grouping without a Map of arrays (issue 7): the students of one strategy are numbered by the
 * level they belong to (a teacher, an ELL value…) in one pass and counted. A level whose students
 * are consecutive (an export sorted by teacher) is a range of the strategy's students; otherwise
 * the students' indices are written level by level into one Int32Array, and a level is a range of
 * that. Its scores are then read from the score arrays: 40,000 classrooms cost a few typed arrays
 * instead of 40,000 growing arrays of student objects that live until their column is summarised.
 */
import { compareNames } from './compare-names.js';
import type { ScoreArray } from './group-jobs.js';

/** The levels of one breakdown column: their values, and where each level's items are. */
export interface Levels {
  /** The level values, ordered by `compareNames`. */
  values: string[];
  /** Each value's level: its index in `values`. */
  index: Map<string, number>;
  /** How many items each level has. */
  counts: Int32Array;
  /** The index of each level's first item. */
  first: Int32Array;
  /**
   * Whether every level's items are consecutive (an export sorted by teacher): level k is then
   * items `first[k]` … `first[k] + counts[k] − 1`, and needs no `writeOrder`.
   */
  contiguous: boolean;
}

/**
 * The levels of `items` by `valueOf`: each distinct value is a level, ordered by `compareNames`,
 * counted, and found. One pass and no per-item array: consecutive items with the same value (a
 * class's rows) cost one comparison, any other item one Map lookup.
 *
 * @param items the students (or anything) to group
 * @param valueOf the level of an item
 * @example
 * levelsOf(['T2', 'T1', 'T2', 'T10', 'T1'], (teacher) => teacher);
 * // => { values: ['T1', 'T2', 'T10'], index: Map { 'T1' => 0, 'T2' => 1, 'T10' => 2 }, counts: Int32Array [2, 2, 1], first: Int32Array [1, 0, 3], contiguous: false }
 */
export function levelsOf<T>(items: readonly T[], valueOf: (item: T) => string): Levels {
  const numbers = new Map<string, number>();
  const found: string[] = [];
  const counted: number[] = [];
  const firstSeen: number[] = [];
  let last: string | undefined;
  let lastCode = -1;
  let runs = 0;
  for (let i = 0; i < items.length; i++) {
    const value = valueOf(items[i]);
    if (value !== last) {
      let code = numbers.get(value);
      if (code === undefined) {
        code = found.length;
        numbers.set(value, code);
        found.push(value);
        counted.push(0);
        firstSeen.push(i);
      }
      if (code !== lastCode) runs++;
      last = value;
      lastCode = code;
    }
    counted[lastCode]++;
  }
  // Report order: the codes sorted by their values.
  const byName = found.map((_, code) => code).sort((a, b) => compareNames(found[a], found[b]));
  const index = new Map<string, number>();
  const counts = new Int32Array(found.length);
  const first = new Int32Array(found.length);
  byName.forEach((code, level) => {
    index.set(found[code], level);
    counts[level] = counted[code];
    first[level] = firstSeen[code];
  });
  return { values: byName.map((code) => found[code]), index, counts, first, contiguous: runs === found.length };
}

/**
 * Writes the index of each of `items` (plus `base`) to `order` from position `at` on, level after
 * level in report order, each level's items in their input order (a stable counting sort), and
 * returns where each level starts: level k is `order[starts[k]]` … `order[starts[k + 1] − 1]`.
 * `levels` are `levelsOf(items, valueOf)`.
 *
 * @example
 * const ell = ['N', 'Y', 'N', 'Y', 'Y'];
 * const order = new Int32Array(5);
 * writeOrder(levelsOf(ell, (value) => value), ell, (value) => value, order, 0, 0); // => Int32Array [0, 2, 5]
 * order; // => Int32Array [0, 2, 1, 3, 4]
 */
export function writeOrder<T>(levels: Levels, items: readonly T[], valueOf: (item: T) => string, order: Int32Array, at: number, base: number): Int32Array {
  const { counts, index } = levels;
  const starts = new Int32Array(counts.length + 1);
  starts[0] = at;
  for (let k = 0; k < counts.length; k++) starts[k + 1] = starts[k] + counts[k];
  const next = starts.slice(0, counts.length);
  let last: string | undefined;
  let level = -1;
  for (let i = 0; i < items.length; i++) {
    const value = valueOf(items[i]);
    if (value !== last) {
      level = index.get(value)!;
      last = value;
    }
    order[next[level]++] = base + i;
  }
  return starts;
}

/**
 * The scores of the members `order[from]` … `order[to − 1]`, as plain arrays for the statistics.
 *
 * @example
 * gatherScores(Int32Array.of(10, 12, 14), Int32Array.of(13, 15, 20), Int32Array.of(2, 0), 0, 2); // => { pre: [14, 10], post: [20, 13] }
 */
export function gatherScores(pre: ScoreArray, post: ScoreArray, order: Int32Array, from: number, to: number): { pre: number[]; post: number[] } {
  // Allocated at their size: a large group's arrays are made once, not grown (and copied) by push.
  const before: number[] = new Array(to - from);
  const after: number[] = new Array(to - from);
  for (let i = from; i < to; i++) {
    const member = order[i];
    before[i - from] = pre[member];
    after[i - from] = post[member];
  }
  return { pre: before, post: after };
}

/**
 * The scores at positions `from` … `to − 1`, as plain arrays for the statistics.
 *
 * @example
 * scoresBetween(Int32Array.of(10, 12, 14), Int32Array.of(13, 15, 20), 1, 3); // => { pre: [12, 14], post: [15, 20] }
 */
export function scoresBetween(pre: ScoreArray, post: ScoreArray, from: number, to: number): { pre: number[]; post: number[] } {
  const before: number[] = new Array(to - from);
  const after: number[] = new Array(to - from);
  for (let i = from; i < to; i++) {
    before[i - from] = pre[i];
    after[i - from] = post[i];
  }
  return { pre: before, post: after };
}
