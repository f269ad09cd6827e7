/**
 * Every group as a numbered job (group-jobs.ts): the jobs are the strategies and their breakdown
 * levels in report order, each job's scores are its students' in input order, the chunks cover
 * every job once (largest first), and `analyze` gives exactly the findings of summarising each
 * group from its student objects, as it did before the jobs existed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHUNK_JOBS, jobScores, planGroupJobs, takeJobs, type BreakdownColumn } from '../../src/analysis/group-jobs.js';
import { analyze } from '../../src/analysis/analyze.js';
import type { GroupSettings } from '../../src/analysis/group.js';
import { summarizeGroup } from '../helpers/summarize-group.js';
import { compareNames } from '../../src/analysis/compare-names.js';
import type { GroupSummary } from '../../src/analysis/group.js';
import type { Warning } from '../../src/analysis/findings.js';
import { addMatchedStudentRows } from '../../src/analysis/students.js';
import { StudentRows } from '../../src/analysis/student-rows.js';
import type { Cohort, MatchedStudent } from '../../src/ingest/types.js';
import { ROW_STATUSES } from '../../src/ingest/types.js';

function student(id: number, strategy: string | null, teacher: string | null, pre: number, post: number, ell?: string): MatchedStudent {
  return { id: String(id), name: null, strategy, teacher, section: null, groups: ell === undefined ? {} : { ELL: ell }, pre, post } as MatchedStudent;
}

const TEACHER: BreakdownColumn = { column: 'teacher', valueOf: (s) => s.teacher ?? '(blank)' };
const ELL: BreakdownColumn = { column: 'ELL', valueOf: (s) => s.groups.ELL ?? '(blank)' };
const SETTINGS: GroupSettings = { maxScore: 40, proficientAt: 28 };

describe('planGroupJobs', () => {
  // Strategy A: teachers sorted (T2 then T1); ELL interleaved. Strategy B: one teacher.
  const a = [student(1, 'A', 'T2', 10, 13, 'Y'), student(2, 'A', 'T2', 12, 15, 'N'), student(3, 'A', 'T1', 14, 20, 'Y'), student(4, 'A', 'T1', 9, 9, 'N')];
  const b = [student(5, 'B', 'T3', 20, 22, 'N'), student(6, 'B', 'T3', 30, 31, 'N')];
  const plan = planGroupJobs([a, b], [TEACHER, ELL], false);

  it('numbers the strategies and their levels in report order', () => {
    expect(plan.strategyJobs).toEqual([0, 5]);
    expect(plan.columns).toEqual([
      [{ column: 'teacher', values: ['T1', 'T2'], firstJob: 1 }, { column: 'ELL', values: ['N', 'Y'], firstJob: 3 }],
      [{ column: 'teacher', values: ['T3'], firstJob: 6 }, { column: 'ELL', values: ['N'], firstJob: 7 }],
    ]);
    expect(plan.count).toBe(8);
  });

  it('gives each job its students\' scores in input order', () => {
    const scores = Array.from({ length: plan.count }, (_, job) => jobScores(plan.jobs, job));
    expect(scores).toEqual([
      { pre: [10, 12, 14, 9], post: [13, 15, 20, 9] }, // A
      { pre: [14, 9], post: [20, 9] }, // A, teacher T1 (a run: read in place)
      { pre: [10, 12], post: [13, 15] }, // A, teacher T2
      { pre: [12, 9], post: [15, 9] }, // A, ELL N (not a run: through `order`)
      { pre: [10, 14], post: [13, 20] }, // A, ELL Y
      { pre: [20, 30], post: [22, 31] }, // B
      { pre: [20, 30], post: [22, 31] }, // B, teacher T3
      { pre: [20, 30], post: [22, 31] }, // B, ELL N
    ]);
    // Only strategy A's ELL column needed an order: its 4 students.
    expect(plan.jobs.order.length).toBe(4);
    expect([...plan.jobs.direct]).toEqual([1, 1, 1, 0, 0, 1, 1, 1]);
  });

  it('keeps whole scores in 16-bit integers, larger ones in 32-bit, anything else as doubles', () => {
    expect(plan.jobs.pre).toBeInstanceOf(Int16Array);
    expect(planGroupJobs([[student(1, 'A', 'T', 40_000, 1)]], [], false).jobs.pre).toBeInstanceOf(Int32Array);
    const decimal = planGroupJobs([[student(1, 'A', 'T', 2.5, 3)]], [], false).jobs;
    expect(decimal.pre).toBeInstanceOf(Float64Array);
    expect(decimal.pre[0]).toBe(2.5);
    const negativeZero = planGroupJobs([[student(1, 'A', 'T', -0, 3)]], [], false).jobs;
    expect(negativeZero.pre).toBeInstanceOf(Float64Array);
    expect(Object.is(negativeZero.pre[0], -0)).toBe(true);
  });

  it('puts the arrays in shared memory when asked', () => {
    const shared = planGroupJobs([a], [TEACHER], true).jobs;
    for (const array of [shared.pre, shared.post, shared.order, shared.from, shared.to, shared.direct, shared.chunks, shared.next]) {
      expect(array.buffer).toBeInstanceOf(SharedArrayBuffer);
    }
  });

  it('cuts the jobs into chunks that cover each job once, the most students first', () => {
    // 3 strategies of 100 students, 40 classes of 2½ each: 3 + 120 jobs.
    const strategies = ['A', 'B', 'C'].map((name, s) =>
      Array.from({ length: 100 }, (_, i) => student(s * 100 + i, name, `T${Math.floor(i / 2.5)}`, i % 40, (i * 7) % 40)),
    );
    const { jobs, count } = planGroupJobs(strategies, [TEACHER], false);
    const pairs = Array.from({ length: jobs.chunks.length / 2 }, (_, c) => [jobs.chunks[2 * c], jobs.chunks[2 * c + 1]]);
    const covered = pairs.flatMap(([first, end]) => Array.from({ length: end - first }, (_, i) => first + i)).sort((x, y) => x - y);
    expect(covered).toEqual(Array.from({ length: count }, (_, job) => job));
    expect(pairs.every(([first, end]) => end - first <= CHUNK_JOBS)).toBe(true);
    const sizes = pairs.map(([first, end]) => jobs.to[end - 1] - jobs.from[first]);
    expect(sizes).toEqual([...sizes].sort((x, y) => y - x));
  });
});

describe('takeJobs', () => {
  it('summarises every job exactly once, even when two takers share the counter', () => {
    const students = Array.from({ length: 300 }, (_, i) => student(i, i % 2 === 0 ? 'A' : 'B', `T${i % 37}`, i % 40, (i * 11) % 40, i % 3 === 0 ? 'Y' : 'N'));
    const plan = planGroupJobs([students.filter((s) => s.strategy === 'A'), students.filter((s) => s.strategy === 'B')], [TEACHER, ELL], false);
    const seen: number[] = [];
    // The second taker starts on a shared counter the first has already advanced.
    let started = false;
    takeJobs(plan.jobs, SETTINGS, (job) => {
      seen.push(job);
      if (!started) {
        started = true;
        takeJobs(plan.jobs, SETTINGS, (other) => seen.push(other));
      }
    });
    expect(seen.sort((x, y) => x - y)).toEqual(Array.from({ length: plan.count }, (_, job) => job));
  });
});

function cohortOf(students: MatchedStudent[], breakdowns: string[]): Cohort {
  const counts = Object.fromEntries(ROW_STATUSES.map((status) => [status, 0])) as Cohort['ledger']['counts'];
  counts.matched = students.length;
  return {
    students: [...students],
    unmatched: [],
    ledger: { rowsRead: students.length, matchedRows: students.length, counts, rows: [] },
    maxScore: 40,
    breakdowns,
    hasTeacher: true,
    hasSection: false,
    hasStrategy: true,
    notices: [],
  } as unknown as Cohort;
}

/** The breakdowns as analyze made them before jobs: a Map of arrays of students per level, summarised one by one. */
function mapBreakdowns(members: MatchedStudent[], strategy: string, warnings: Warning[]): Record<string, unknown[]> {
  const result: Record<string, unknown[]> = {};
  for (const { column, valueOf } of [TEACHER, ELL]) {
    const levels = new Map<string, MatchedStudent[]>();
    for (const member of members) {
      const value = valueOf(member);
      levels.set(value, [...(levels.get(value) ?? []), member]);
    }
    result[column] = [...levels.keys()]
      .sort(compareNames)
      .map((value) => ({ value, ...summarizeGroup(levels.get(value)!, SETTINGS, `${strategy}, ${column} ${value}`, warnings) }));
  }
  return result;
}

describe('analyze, through the jobs', () => {
  it('gives the groups, and their warnings in order, that summarising student objects gives', () => {
    const classes = fc.array(
      fc.record({
        strategy: fc.constantFrom('A', 'B', 'C'),
        teacher: fc.constantFrom('T1', 'T2', 'T10', 'Okafor'),
        // A class of one (no SD), a class with no change, or any scores
        scores: fc.oneof(
          fc.array(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 })), { minLength: 1, maxLength: 6 }),
          fc.constant([[20, 20], [25, 25], [30, 30]] as Array<[number, number]>),
        ),
        ell: fc.array(fc.constantFrom('Y', 'N', undefined), { minLength: 6, maxLength: 6 }),
      }),
      { minLength: 1, maxLength: 12 },
    );
    fc.assert(
      fc.property(classes, (drawn) => {
        let id = 0;
        const students = drawn.flatMap(({ strategy, teacher, scores, ell }) => scores.map(([pre, post], i) => student(id++, strategy, teacher, pre, post, ell[i])));
        const findings = analyze(cohortOf(students, ['ELL']), { effectSize: 'dav', benchmark: 'hattie', maxScore: null, proficientAt: 28, reference: null });
        const warnings: Warning[] = [];
        const rows = new StudentRows();
        for (const found of findings.strategies) {
          const members = students.filter((s) => s.strategy === found.strategy);
          const { strategy, breakdowns, pooled, ...group } = found;
          void pooled;
          expect(group).toEqual(summarizeGroup(members, SETTINGS, strategy, warnings));
          expect(breakdowns).toEqual(mapBreakdowns(members, strategy, warnings));
          addMatchedStudentRows(rows, members, group, { maxScore: 40, benchmark: 'hattie' });
        }
        // Each student's effect size is scaled by the SDs of the strategy's group, as computed there.
        expect(findings.students.toArray()).toEqual(rows.toArray());
        const figureWarnings = findings.warnings.filter((warning) => warning.code === 'figure-not-computed');
        expect(figureWarnings).toEqual(warnings);
      }),
      { numRuns: 60 },
    );
  });

  it('hands each job\'s figures to `done` once, as summarizeScores computes them', () => {
    const students = [student(1, 'A', 'T1', 10, 13), student(2, 'A', 'T1', 12, 15), student(3, 'A', 'T2', 14, 20)];
    const plan = planGroupJobs([students], [TEACHER], false);
    const done: GroupSummary[] = [];
    takeJobs(plan.jobs, SETTINGS, (job, summary) => (done[job] = summary));
    expect(done.map(({ group }) => group.n)).toEqual([3, 2, 1]);
    expect(done[2].reasons).toMatch(/not computed/);
    expect(done[0].group.gain.mean).toBe(4);
  });
});
