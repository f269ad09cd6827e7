/**
 * Grouping without a Map of arrays (issue 7): the students of one strategy are numbered by the
 * level they belong to (a teacher, an ELL value…), from the codes reading gave them, and counted.
 * A level whose students are consecutive (an export sorted by teacher) is a range of the
 * strategy's students; otherwise the students' indices are written level by level into one
 * Int32Array, and a level is a range of that. Its scores are then read from the score arrays:
 * 40,000 classrooms cost a few typed arrays instead of 40,000 growing arrays of student objects
 * that live until their column is summarised.
 */
import { compareNames } from './compare-names.js';
import type { ScoreArray } from './group-jobs.js';

/** The levels of one breakdown column: their values, and where each level's items are. */
export interface Levels {
  /** The level values, ordered by `compareNames`. */
  values: string[];
  /** The level of each code: `levelOf[code + 1]` (code -1 is none), -1 for a code no item has. */
  levelOf: Int32Array;
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
 * Items by code: item i's code is `codes[members[i]]` (`codes[i]` when `members` is null), each
 * code from -1 to `codeCount − 1`, and a code's level value `labelOf(code)`.
 */
export interface CodedItems {
  members: ArrayLike<number> | null;
  codes: ArrayLike<number>;
  codeCount: number;
  labelOf: (code: number) => string;
}

/**
 * The levels of the items: each distinct value (codes with the same label are one level) is a
 * level, ordered by `compareNames`, counted, and found. Two passes over typed arrays and no
 * string or lookup per item: the students' teachers, sections and `--by` values are codes from
 * reading.
 *
 * @example
 * levelsOf({ members: null, codes: [1, 0, 1, 2, 0], codeCount: 3, labelOf: (code) => ['T1', 'T2', 'T10'][code] });
 * // => { values: ['T1', 'T2', 'T10'], levelOf: Int32Array [-1, 0, 1, 2], counts: Int32Array [2, 2, 1], first: Int32Array [1, 0, 3], contiguous: false }
 */
export function levelsOf(items: CodedItems): Levels {
  const { members, codes, codeCount, labelOf } = items;
  const count = members === null ? codes.length : members.length;
  // Pass 1: each code's items and first item (by code + 1, so that -1 is slot 0).
  const counted = new Int32Array(codeCount + 1);
  const firstSeen = new Int32Array(codeCount + 1).fill(-1);
  for (let i = 0; i < count; i++) {
    const slot = codes[members === null ? i : members[i]] + 1;
    if (counted[slot]++ === 0) firstSeen[slot] = i;
  }
  // The distinct labels, in the order first seen, and each code's level among them.
  const found: string[] = [];
  const foundCounts: number[] = [];
  const foundFirst: number[] = [];
  const byLabel = new Map<string, number>();
  const seenOrder = Array.from({ length: codeCount + 1 }, (_, slot) => slot)
    .filter((slot) => counted[slot] > 0)
    .sort((a, b) => firstSeen[a] - firstSeen[b]);
  const labelOfSlot = new Int32Array(codeCount + 1).fill(-1);
  for (const slot of seenOrder) {
    const label = labelOf(slot - 1);
    let index = byLabel.get(label);
    if (index === undefined) {
      index = found.length;
      byLabel.set(label, index);
      found.push(label);
      foundCounts.push(0);
      foundFirst.push(firstSeen[slot]);
    }
    labelOfSlot[slot] = index;
    foundCounts[index] += counted[slot];
  }
  // Report order: the labels sorted by their values.
  const byName = found.map((_, index) => index).sort((a, b) => compareNames(found[a], found[b]));
  const levelOfLabel = new Int32Array(found.length);
  const counts = new Int32Array(found.length);
  const first = new Int32Array(found.length);
  byName.forEach((index, level) => {
    levelOfLabel[index] = level;
    counts[level] = foundCounts[index];
    first[level] = foundFirst[index];
  });
  const levelOf = labelOfSlot.map((index) => (index === -1 ? -1 : levelOfLabel[index]));
  // Pass 2: the levels are consecutive when there are as many runs of equal levels as levels.
  let runs = 0;
  let last = -2;
  for (let i = 0; i < count; i++) {
    const level = levelOf[codes[members === null ? i : members[i]] + 1];
    if (level !== last) {
      runs++;
      last = level;
    }
  }
  return { values: byName.map((index) => found[index]), levelOf, counts, first, contiguous: runs === found.length };
}

/**
 * Writes the position of each item (plus `base`) to `order` from position `at` on, level after
 * level in report order, each level's items in their input order (a stable counting sort), and
 * returns where each level starts: level k is `order[starts[k]]` … `order[starts[k + 1] − 1]`.
 * `levels` are `levelsOf(items)`.
 *
 * @example
 * const ell = { members: null, codes: [0, 1, 0, 1, 1], codeCount: 2, labelOf: (code: number) => ['N', 'Y'][code] };
 * const order = new Int32Array(5);
 * writeOrder(levelsOf(ell), ell, order, 0, 0); // => Int32Array [0, 2, 5]
 * order; // => Int32Array [0, 2, 1, 3, 4]
 */
export function writeOrder(levels: Levels, items: CodedItems, order: Int32Array, at: number, base: number): Int32Array {
  const { counts, levelOf } = levels;
  const { members, codes } = items;
  const starts = new Int32Array(counts.length + 1);
  starts[0] = at;
  for (let k = 0; k < counts.length; k++) starts[k + 1] = starts[k] + counts[k];
  const next = starts.slice(0, counts.length);
  const count = members === null ? codes.length : members.length;
  for (let i = 0; i < count; i++) order[next[levelOf[codes[members === null ? i : members[i]] + 1]]++] = base + i;
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
