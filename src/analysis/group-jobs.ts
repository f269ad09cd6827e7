/**
 * Every group the findings summarise — each strategy, and each of its breakdown groups (a
 * teacher's class, a section, a `--by` value) — as numbered jobs over typed arrays, so that any
 * thread can summarise any of them (issue 7): the scores of every student, strategy after
 * strategy, and each group's students as a range of them (a strategy, or a class whose rows are
 * consecutive in the export) or else as a range of one index array. Jobs are numbered
 * in report order (a strategy, then its columns' levels), which is also the order of their
 * warnings. Threads take jobs a chunk at a time from a shared counter, the largest chunks first,
 * so a thread slowed by the rest of the machine simply takes fewer and none is left with a large
 * group at the end.
 */
import type { MatchedStudents } from '../ingest/types.js';
import { summarizeScores, type GroupSettings, type GroupSummary } from './group.js';
import { gatherScores, levelsOf, scoresBetween, writeOrder } from './levels.js';

/**
 * Scores as a typed array: whole numbers (almost every export) as 16- or 32-bit integers, which
 * take a quarter or half the memory of doubles and come out of `gatherScores` as arrays of small
 * integers, on which the statistics run about 1.4× faster than on arrays of doubles; anything else
 * as doubles.
 */
export type ScoreArray = Int16Array | Int32Array | Float64Array;

/** A chunk holds at most this many jobs… */
export const CHUNK_JOBS = 32;
/** …and at most this many students, unless it is one larger job (about a millisecond of work). */
export const CHUNK_STUDENTS = 2_000;

/** The numbers every thread needs; typed arrays only, so they can live in shared memory. */
export interface GroupJobs {
  /** Every student's pre score, the strategies one after another. */
  pre: ScoreArray;
  /** Every student's post score, in the order of `pre`. */
  post: ScoreArray;
  /** The members of the breakdown groups that are not runs of consecutive students, as indices into `pre` and `post`, group after group. */
  order: Int32Array;
  /**
   * Job j's students: `pre`/`post` positions `from[j]` … `to[j] − 1` when `direct[j]` is 1 (a
   * strategy, or a level whose students are consecutive), else those positions of `order`.
   */
  from: Int32Array;
  to: Int32Array;
  direct: Uint8Array;
  /** Chunk c is jobs `chunks[2c]` … `chunks[2c + 1] − 1`; the chunks are listed largest first. */
  chunks: Int32Array;
  /** `next[0]` is the first chunk no thread has taken yet. */
  next: Int32Array;
}

/** One breakdown column of one strategy: its levels and the job number of the first. */
export interface ColumnJobs {
  column: string;
  /** The level values in report order; level k is job `firstJob + k`. */
  values: string[];
  firstJob: number;
}

/**
 * A breakdown column: its name in the findings, and the students' levels in it as codes (student
 * i's is `codes[i]`, from -1 to `codeCount − 1`) with the level value of each code.
 */
export interface BreakdownColumn {
  column: string;
  codes: Int32Array;
  codeCount: number;
  labelOf: (code: number) => string;
}

/** What `planGroupJobs` returns. */
export interface GroupPlan {
  jobs: GroupJobs;
  /** Strategy s is job `strategyJobs[s]`; its students are `jobs.pre`/`jobs.post` positions `jobs.from[job]` … `jobs.to[job] − 1`. */
  strategyJobs: number[];
  /** For each strategy, its columns' jobs, in the order of `columns`. */
  columns: ColumnJobs[][];
  /** How many jobs there are. */
  count: number;
}

/**
 * Numbers the groups of `strategies` (each strategy's members: rows of the `students`' columns,
 * in matching order; strategies in report order) and of their breakdowns by `columns`. With
 * `shared`, the arrays live in SharedArrayBuffers so that worker threads can read them (and take
 * jobs) without a copy.
 *
 * @example
 * const plan = planGroupJobs(students, [students.rows], [{ column: 'teacher', codes: students.teachers, codeCount: students.texts.length, labelOf: (code) => students.texts[code] ?? '(blank)' }], false);
 * plan.strategyJobs; // => [0]
 * plan.columns[0][0]; // => { column: 'teacher', values: ['T1', 'T2'], firstJob: 1 }
 */
export function planGroupJobs(students: Pick<MatchedStudents, 'pre' | 'post'>, strategies: readonly Int32Array[], columns: readonly BreakdownColumn[], shared: boolean): GroupPlan {
  const memory = (bytes: number): ArrayBufferLike => (shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes));
  const { pre, post } = scoreArrays(students, strategies, memory);
  // Each strategy's levels of each column; `order` is needed only for columns whose levels are
  // not runs of consecutive students.
  const items = strategies.map((members) => columns.map(({ codes, codeCount, labelOf }) => ({ members, codes, codeCount, labelOf })));
  const levels = items.map((columnItems) => columnItems.map(levelsOf));
  const ordered = levels.reduce((total, own, s) => total + own.reduce((sum, column) => sum + (column.contiguous ? 0 : strategies[s].length), 0), 0);
  const order = new Int32Array(memory(ordered * 4));
  const strategyJobs: number[] = [];
  const byStrategy: ColumnJobs[][] = [];
  const from: number[] = [];
  const to: number[] = [];
  const direct: number[] = [];
  let base = 0;
  let written = 0;
  strategies.forEach((members, s) => {
    strategyJobs.push(from.length);
    from.push(base);
    to.push(base + members.length);
    direct.push(1);
    byStrategy.push(
      columns.map(({ column }, c) => {
        const own = levels[s][c];
        const firstJob = from.length;
        if (own.contiguous) {
          for (let k = 0; k < own.values.length; k++) {
            from.push(base + own.first[k]);
            to.push(base + own.first[k] + own.counts[k]);
            direct.push(1);
          }
        } else {
          const starts = writeOrder(own, items[s][c], order, written, base);
          written += members.length;
          for (let k = 0; k < own.values.length; k++) {
            from.push(starts[k]);
            to.push(starts[k + 1]);
            direct.push(0);
          }
        }
        return { column, values: own.values, firstJob };
      }),
    );
    base += members.length;
  });
  const count = from.length;
  const chunks = chunkJobs(from, to);
  const int32 = (values: readonly number[]): Int32Array => {
    const array = new Int32Array(memory(values.length * 4));
    for (let i = 0; i < values.length; i++) array[i] = values[i];
    return array;
  };
  const uint8 = (values: readonly number[]): Uint8Array => {
    const array = new Uint8Array(memory(values.length));
    array.set(values);
    return array;
  };
  const jobs: GroupJobs = { pre, post, order, from: int32(from), to: int32(to), direct: uint8(direct), chunks: int32(chunks), next: int32([0]) };
  return { jobs, strategyJobs, columns: byStrategy, count };
}

/**
 * Every student's scores, as 16-bit integers when each is a whole number from −32,768 to 32,767
 * (every score of every export seen so far), else as 32-bit integers when each fits, else as
 * doubles. −0 is kept only by doubles.
 */
function scoreArrays(students: Pick<MatchedStudents, 'pre' | 'post'>, strategies: readonly Int32Array[], memory: (bytes: number) => ArrayBufferLike): { pre: ScoreArray; post: ScoreArray } {
  const before = students.pre;
  const after = students.post;
  let narrowest = 2; // bytes per score
  let count = 0;
  for (const members of strategies) {
    for (const member of members) narrowest = Math.max(narrowest, bytesFor(before[member]), bytesFor(after[member]));
    count += members.length;
  }
  const create = (): ScoreArray =>
    narrowest === 2 ? new Int16Array(memory(count * 2)) : narrowest === 4 ? new Int32Array(memory(count * 4)) : new Float64Array(memory(count * 8));
  const pre = create();
  const post = create();
  let i = 0;
  for (const members of strategies) {
    for (const member of members) {
      pre[i] = before[member];
      post[i] = after[member];
      i++;
    }
  }
  return { pre, post };
}

/** The bytes of the narrowest score array that keeps `score` exactly: 2 (Int16Array), 4 (Int32Array) or 8 (Float64Array). */
function bytesFor(score: number): number {
  if ((score | 0) !== score || (score === 0 && 1 / score < 0)) return 8;
  return score >= -32768 && score <= 32767 ? 2 : 4;
}

/**
 * The jobs cut into chunks of at most `CHUNK_JOBS` jobs and `CHUNK_STUDENTS` students (a larger
 * job is a chunk of its own), as [first, end) pairs, the chunks with the most students first.
 */
function chunkJobs(from: readonly number[], to: readonly number[]): number[] {
  const chunks: Array<[number, number, number]> = [];
  let first = 0;
  let students = 0;
  for (let job = 0; job < from.length; job++) {
    const size = to[job] - from[job];
    if (job > first && (job - first === CHUNK_JOBS || students + size > CHUNK_STUDENTS)) {
      chunks.push([first, job, students]);
      first = job;
      students = 0;
    }
    students += size;
  }
  if (from.length > first) chunks.push([first, from.length, students]);
  // Largest first; among equals, in job order (Array.prototype.sort is stable).
  chunks.sort((a, b) => b[2] - a[2]);
  return chunks.flatMap(([start, end]) => [start, end]);
}

/**
 * Takes chunks of jobs from `jobs.next` until none is left, and hands each job's figures to
 * `done`. Safe to run in several threads at once over shared `jobs`: each job is taken by exactly
 * one of them.
 *
 * @example
 * const groups: GroupSummary[] = [];
 * takeJobs(plan.jobs, { maxScore: null, proficientAt: null }, (job, summary) => (groups[job] = summary));
 */
export function takeJobs(jobs: GroupJobs, settings: GroupSettings, done: (job: number, summary: GroupSummary) => void): void {
  const chunks = jobs.chunks.length / 2;
  for (;;) {
    const chunk = Atomics.add(jobs.next, 0, 1);
    if (chunk >= chunks) return;
    for (let job = jobs.chunks[2 * chunk]; job < jobs.chunks[2 * chunk + 1]; job++) {
      const { pre, post } = jobScores(jobs, job);
      done(job, summarizeScores(pre, post, settings));
    }
  }
}

/**
 * The scores of job `job`'s students, as plain arrays for the statistics.
 *
 * @example
 * jobScores(plan.jobs, plan.strategyJobs[0]); // => { pre: [10, 12, 14], post: [13, 15, 20] }
 */
export function jobScores(jobs: GroupJobs, job: number): { pre: number[]; post: number[] } {
  return jobs.direct[job] === 1
    ? scoresBetween(jobs.pre, jobs.post, jobs.from[job], jobs.to[job])
    : gatherScores(jobs.pre, jobs.post, jobs.order, jobs.from[job], jobs.to[job]);
}
