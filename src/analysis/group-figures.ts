/**
 * Groups as rows of numbers, so a worker thread can hand back 20,000 classrooms' figures in one
 * shared Float64Array instead of 20,000 cloned objects (issue 7). `writeGroupFigures` and
 * `readGroupFigures` are exact inverses: every number comes back bit for bit (−0 and NaN
 * included), every null as null, and the object is built with the keys in the order
 * `summarizeScores` writes them, so a report made from a read-back Group is byte-identical.
 */
import type { EffectSize, Group } from './findings.js';

/** Numbers per Group: n, pre (5), post (5), gain (3), r, 4 effect sizes (5 each), t-test (5), Wilcoxon (2), normalized gains (2), proficiency (6). */
export const GROUP_FIGURES = 50;

/** Where the proficiency figures start; whether `proficiency` is null is the null flag of the first. */
const PROFICIENCY = 44;

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
  const { values } = figures;
  const at = index * GROUP_FIGURES;
  let i = 0;
  let low = 0;
  let high = 0;
  const put = (value: number | null): void => {
    if (value === null) {
      values[at + i] = 0;
      if (i < 32) low |= 1 << i;
      else high |= 1 << (i - 32);
    } else {
      values[at + i] = value;
    }
    i++;
  };
  put(group.n);
  for (const side of [group.pre, group.post]) {
    put(side.mean);
    put(side.sd);
    put(side.median);
    put(side.min);
    put(side.max);
  }
  put(group.gain.mean);
  put(group.gain.sd);
  put(group.gain.median);
  put(group.r);
  const { dav, dz, drm, db } = group.effectSizes;
  for (const size of [dav, dz, drm, db]) {
    put(size.value);
    put(size.se);
    put(size.ciLow);
    put(size.ciHigh);
    put(size.hedges);
  }
  put(group.tTest.t);
  put(group.tTest.df);
  put(group.tTest.p);
  put(group.tTest.ciLow);
  put(group.tTest.ciHigh);
  put(group.wilcoxon.v);
  put(group.wilcoxon.p);
  put(group.normalizedGain.class);
  put(group.normalizedGain.studentMean);
  const proficiency = group.proficiency;
  put(proficiency === null ? null : proficiency.cutoff);
  put(proficiency === null ? 0 : proficiency.preRate);
  put(proficiency === null ? 0 : proficiency.postRate);
  put(proficiency === null ? 0 : proficiency.up);
  put(proficiency === null ? 0 : proficiency.down);
  put(proficiency === null ? 0 : proficiency.mcnemarP);
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
  const { values } = figures;
  const at = index * GROUP_FIGURES;
  const low = figures.nulls[2 * index];
  const high = figures.nulls[2 * index + 1];
  const get = (i: number): number | null => ((i < 32 ? (low >>> i) & 1 : (high >>> (i - 32)) & 1) === 1 ? null : values[at + i]);
  const effectSize = (i: number): EffectSize => ({ value: get(i), se: get(i + 1), ciLow: get(i + 2), ciHigh: get(i + 3), hedges: get(i + 4) });
  return {
    n: values[at],
    pre: { mean: get(1), sd: get(2), median: get(3), min: get(4), max: get(5) },
    post: { mean: get(6), sd: get(7), median: get(8), min: get(9), max: get(10) },
    gain: { mean: get(11), sd: get(12), median: get(13) },
    r: get(14),
    effectSizes: { dav: effectSize(15), dz: effectSize(20), drm: effectSize(25), db: effectSize(30) },
    tTest: { t: get(35), df: get(36), p: get(37), ciLow: get(38), ciHigh: get(39) },
    wilcoxon: { v: get(40), p: get(41) },
    normalizedGain: { class: get(42), studentMean: get(43) },
    proficiency:
      get(PROFICIENCY) === null
        ? null
        : {
            cutoff: values[at + PROFICIENCY],
            preRate: values[at + PROFICIENCY + 1],
            postRate: values[at + PROFICIENCY + 2],
            up: values[at + PROFICIENCY + 3],
            down: values[at + PROFICIENCY + 4],
            mcnemarP: values[at + PROFICIENCY + 5],
          },
  };
}
