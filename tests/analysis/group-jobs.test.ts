/**
 * Every group as a numbered job (group-jobs.ts): the jobs are the strategies and their breakdown
 * levels in report order, each job's scores are its students' in input order, the chunks cover
 * every job once (largest first), and `analyze` gives exactly the findings of summarising each
 * group from its student objects, as it did before the jobs existed. The students are columns
 * (`StudentTable`) and a strategy's members their rows, as `analyze` hands them over.
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
import type { Cohort, MatchedStudent, MatchedStudents } from '../../src/ingest/types.js';
import { ROW_STATUSES } from '../../src/ingest/types.js';
import { LedgerRows } from '../../src/ingest/ledger-rows.js';
import { StudentTable } from '../../src/ingest/student-table.js';

function student(id: number, strategy: string | null, teacher: string | null, pre: number, post: number, ell?: string): MatchedStudent {
  return { id: String(id), name: null, strategy, teacher, section: null, groups: ell === undefined ? {} : { ELL: ell }, pre, post } as MatchedStudent;
}

/** A student's level in each breakdown column, as the Map-of-arrays grouping keyed it. */
const VALUE_OF: Record<'teacher' | 'ELL', (student: MatchedStudent) => string> = {
  teacher: (s) => s.teacher ?? '(blank)',
  ELL: (s) => s.groups.ELL ?? '(blank)',
};

/** The teacher and ELL columns of `students`, by their codes (as analyze makes them). */
function teacherColumn(students: MatchedStudents): BreakdownColumn {
  return { column: 'teacher', codes: students.teachers, codeCount: students.texts.length, labelOf: (code) => (code === -1 ? '(blank)' : students.texts[code]) };
}
function ellColumn(students: MatchedStudents): BreakdownColumn {
  return { column: 'ELL', codes: students.groups, codeCount: students.groupSets.length, labelOf: (code) => students.groupSets[code].ELL ?? '(blank)' };
}

/** Each strategy's students' rows in `table` (rows in table order). */
function rowsOf(table: MatchedStudents, names: readonly string[]): Int32Array[] {
  const all = table.toArray();
  return names.map((name) => Int32Array.from(all.flatMap((student, i) => (student.strategy === name ? [table.rows[i]] : []))));
}

/** The plan of `strategies` (each strategy's students), the students' columns made from them all in that order. */
function plan(strategies: MatchedStudent[][], columns: Array<(students: MatchedStudents) => BreakdownColumn>, shared: boolean): ReturnType<typeof planGroupJobs> {
  const table = StudentTable.from(strategies.flat());
  let row = 0;
  const members = strategies.map((students) => Int32Array.from(students, () => row++));
  return planGroupJobs(table, members, columns.map((column) => column(table)), shared);
}

const SETTINGS: GroupSettings = { maxScore: 40, proficientAt: 28 };

describe('planGroupJobs', () => {
  // Strategy A: teachers sorted (T2 then T1); ELL interleaved. Strategy B: one teacher.
  const a = [student(1, 'A', 'T2', 10, 13, 'Y'), student(2, 'A', 'T2', 12, 15, 'N'), student(3, 'A', 'T1', 14, 20, 'Y'), student(4, 'A', 'T1', 9, 9, 'N')];
  const b = [student(5, 'B', 'T3', 20, 22, 'N'), student(6, 'B', 'T3', 30, 31, 'N')];
  const planned = plan([a, b], [teacherColumn, ellColumn], false);

  it('numbers the strategies and their levels in report order', () => {
    expect(planned.strategyJobs).toEqual([0, 5]);
    expect(planned.columns).toEqual([
      [{ column: 'teacher', values: ['T1', 'T2'], firstJob: 1 }, { column: 'ELL', values: ['N', 'Y'], firstJob: 3 }],
      [{ column: 'teacher', values: ['T3'], firstJob: 6 }, { column: 'ELL', values: ['N'], firstJob: 7 }],
    ]);
    expect(planned.count).toBe(8);
  });

  it('gives each job its students\' scores in input order', () => {
    const scores = Array.from({ length: planned.count }, (_, job) => jobScores(planned.jobs, job));
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
    expect(planned.jobs.order.length).toBe(4);
    expect([...planned.jobs.direct]).toEqual([1, 1, 1, 0, 0, 1, 1, 1]);
  });

  it('reads each strategy\'s students through their rows, wherever they are in the columns', () => {
    // The same students with the strategies' rows interleaved in the columns (B's first, A's shuffled).
    const table = StudentTable.from([b[0], a[2], a[0], b[1], a[3], a[1]]);
    const interleaved = planGroupJobs(table, [Int32Array.of(2, 5, 1, 4), Int32Array.of(0, 3)], [teacherColumn(table), ellColumn(table)], false);
    expect(interleaved.columns).toEqual(planned.columns);
    expect(Array.from({ length: interleaved.count }, (_, job) => jobScores(interleaved.jobs, job))).toEqual(Array.from({ length: planned.count }, (_, job) => jobScores(planned.jobs, job)));
    // Rows that are no strategy's students (read but not matched) are left out.
    const some = planGroupJobs(table, [Int32Array.of(5, 1)], [teacherColumn(table)], false);
    expect(jobScores(some.jobs, 0)).toEqual({ pre: [12, 14], post: [15, 20] });
  });

  it('keeps whole scores in 16-bit integers, larger ones in 32-bit, anything else as doubles', () => {
    expect(planned.jobs.pre).toBeInstanceOf(Int16Array);
    expect(plan([[student(1, 'A', 'T', 40_000, 1)]], [], false).jobs.pre).toBeInstanceOf(Int32Array);
    const decimal = plan([[student(1, 'A', 'T', 2.5, 3)]], [], false).jobs;
    expect(decimal.pre).toBeInstanceOf(Float64Array);
    expect(decimal.pre[0]).toBe(2.5);
    const negativeZero = plan([[student(1, 'A', 'T', -0, 3)]], [], false).jobs;
    expect(negativeZero.pre).toBeInstanceOf(Float64Array);
    expect(Object.is(negativeZero.pre[0], -0)).toBe(true);
  });

  it('puts the arrays in shared memory when asked', () => {
    const shared = plan([a], [teacherColumn], true).jobs;
    for (const array of [shared.pre, shared.post, shared.order, shared.from, shared.to, shared.direct, shared.chunks, shared.next]) {
      expect(array.buffer).toBeInstanceOf(SharedArrayBuffer);
    }
  });

  it('cuts the jobs into chunks that cover each job once, the most students first', () => {
    // 3 strategies of 100 students, 40 classes of 2½ each: 3 + 120 jobs.
    const strategies = ['A', 'B', 'C'].map((name, s) =>
      Array.from({ length: 100 }, (_, i) => student(s * 100 + i, name, `T${Math.floor(i / 2.5)}`, i % 40, (i * 7) % 40)),
    );
    const { jobs, count } = plan(strategies, [teacherColumn], false);
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
    const students = StudentTable.from(Array.from({ length: 300 }, (_, i) => student(i, i % 2 === 0 ? 'A' : 'B', `T${i % 37}`, i % 40, (i * 11) % 40, i % 3 === 0 ? 'Y' : 'N')));
    const planned = planGroupJobs(students, rowsOf(students, ['A', 'B']), [teacherColumn(students), ellColumn(students)], false);
    const seen: number[] = [];
    // The second taker starts on a shared counter the first has already advanced.
    let started = false;
    takeJobs(planned.jobs, SETTINGS, (job) => {
      seen.push(job);
      if (!started) {
        started = true;
        takeJobs(planned.jobs, SETTINGS, (other) => seen.push(other));
      }
    });
    expect(seen.sort((x, y) => x - y)).toEqual(Array.from({ length: planned.count }, (_, job) => job));
  });
});

function cohortOf(students: MatchedStudent[], breakdowns: string[]): Cohort {
  const counts = Object.fromEntries(ROW_STATUSES.map((status) => [status, 0])) as Cohort['ledger']['counts'];
  counts.matched = students.length;
  return {
    students: StudentTable.from(students),
    unmatched: [],
    ledger: { rowsRead: students.length, matchedRows: students.length, counts, rows: new LedgerRows() },
    maxScore: 40,
    breakdowns,
    hasTeacher: true,
    hasSection: false,
    hasStrategy: true,
    notices: [],
  };
}

/** The breakdowns as analyze made them before jobs: a Map of arrays of students per level, summarised one by one. */
function mapBreakdowns(members: MatchedStudent[], strategy: string, warnings: Warning[]): Record<string, unknown[]> {
  const result: Record<string, unknown[]> = {};
  for (const column of ['teacher', 'ELL'] as const) {
    const valueOf = VALUE_OF[column];
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
          const own = StudentTable.from(members);
          addMatchedStudentRows(rows, own, own.rows, group, { maxScore: 40, benchmark: 'hattie' });
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
    const planned = plan([students], [teacherColumn], false);
    const done: GroupSummary[] = [];
    takeJobs(planned.jobs, SETTINGS, (job, summary) => (done[job] = summary));
    expect(done.map(({ group }) => group.n)).toEqual([3, 2, 1]);
    expect(done[2].reasons).toMatch(/not computed/);
    expect(done[0].group.gain.mean).toBe(4);
  });
});
