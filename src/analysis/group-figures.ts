/**
 * Groups as rows of numbers, so a worker thread can hand back 20,000 classrooms' figures in one
 * shared Float64Array instead of 20,000 cloned objects (issue 7). `writeGroupFigures` and
 * `readGroupFigures` are exact inverses: every number comes back bit for bit (−0 and NaN
 * included), every null as null, and the object is built with the keys in the order
 * `summarizeScores` writes them, so a report made from a read-back Group is byte-identical.
 */
import { EFFECT_SIZE_KINDS, type Group } from './findings.js';

/**
 * Where each figure of a Group goes: its path of keys, in the order `summarizeScores` writes
 * them, so the object read back has its keys in that order. Writing and reading both walk this
 * one list. `proficiency` is null or a whole object: when it is null, all six of its figures are.
 */
const LAYOUT: ReadonlyArray<readonly string[]> = [
  ['n'],
  ...['pre', 'post'].flatMap((side) => ['mean', 'sd', 'median', 'min', 'max'].map((key) => [side, key])),
  ...['mean', 'sd', 'median'].map((key) => ['gain', key]),
  ['r'],
  ...EFFECT_SIZE_KINDS.flatMap((kind) => ['value', 'se', 'ciLow', 'ciHigh', 'hedges'].map((key) => ['effectSizes', kind, key])),
  ...['t', 'df', 'p', 'ciLow', 'ciHigh'].map((key) => ['tTest', key]),
  ...['v', 'p'].map((key) => ['wilcoxon', key]),
  ...['class', 'studentMean'].map((key) => ['normalizedGain', key]),
  ...['cutoff', 'preRate', 'postRate', 'up', 'down', 'mcnemarP'].map((key) => ['proficiency', key]),
];

/** Numbers per Group: n, pre (5), post (5), gain (3), r, 4 effect sizes (5 each), t-test (5), Wilcoxon (2), normalized gains (2), proficiency (6). */
export const GROUP_FIGURES = LAYOUT.length;

/** Where the proficiency figures start; whether `proficiency` is null is the null flag of the first. */
const PROFICIENCY = LAYOUT.findIndex((path) => path[0] === 'proficiency');

/** The figures of `count` groups: `GROUP_FIGURES` numbers per group, and one bit per number that is null. */
export interface GroupFigures {
  values: Float64Array;
  /** Two 32-bit words per group; bit b of word w is figure 32w + b. */
  nulls: Uint32Array;
}

/**
 * Room for the figures of `count` groups, in SharedArrayBuffers when `shared` (for worker threads).
 *
 * @example
 * groupFigures(40_000, true).values.length; // => 2000000
 */
export function groupFigures(count: number, shared: boolean): GroupFigures {
  const memory = (bytes: number): ArrayBufferLike => (shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes));
  return { values: new Float64Array(memory(count * GROUP_FIGURES * 8)), nulls: new Uint32Array(memory(count * 2 * 4)) };
}

/**
 * Writes `group` as group number `index` of `figures`: each figure's number, or 0 and its null
 * bit where it is null. The optional `suppressed` flag of privacy is not written (the analysis
 * never sets it). Each group's numbers and bits are its own, so threads may write different
 * groups at once.
 *
 * @example
 * writeGroupFigures(group, figures, 7); // the 8th group
 */
export function writeGroupFigures(group: Group, figures: GroupFigures, index: number): void {
  const at = index * GROUP_FIGURES;
  let low = 0;
  let high = 0;
  for (let i = 0; i < GROUP_FIGURES; i++) {
    let value: unknown = group;
    for (const key of LAYOUT[i]) value = value === null ? null : (value as Record<string, unknown>)[key];
    if (value === null) {
      figures.values[at + i] = 0;
      if (i < 32) low |= 1 << i;
      else high |= 1 << (i - 32);
    } else {
      figures.values[at + i] = value as number;
    }
  }
  figures.nulls[2 * index] = low;
  figures.nulls[2 * index + 1] = high;
}

/**
 * Group number `index` of `figures`, as `writeGroupFigures` wrote it: the same numbers and nulls,
 * as a new object whose keys are in `summarizeScores`' order.
 *
 * @example
 * readGroupFigures(figures, 7); // => the 8th group, e.g. { n: 25, pre: { mean: 18.2, … }, … }
 */
export function readGroupFigures(figures: GroupFigures, index: number): Group {
  const at = index * GROUP_FIGURES;
  const low = figures.nulls[2 * index];
  const high = figures.nulls[2 * index + 1];
  const isNull = (i: number): boolean => (i < 32 ? (low >>> i) & 1 : (high >>> (i - 32)) & 1) === 1;
  const noProficiency = isNull(PROFICIENCY);
  const group: Record<string, unknown> = {};
  for (let i = 0; i < GROUP_FIGURES; i++) {
    const path = LAYOUT[i];
    if (noProficiency && path[0] === 'proficiency') {
      group.proficiency = null;
      continue;
    }
    let parent = group;
    for (let depth = 0; depth < path.length - 1; depth++) parent = (parent[path[depth]] ??= {}) as Record<string, unknown>;
    parent[path[path.length - 1]] = isNull(i) ? null : figures.values[at + i];
  }
  return group as unknown as Group;
}
