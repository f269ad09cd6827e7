import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import type { AnalysisOptions } from '../../src/analysis/analyze.js';
import type { Cohort, MatchedStudent } from '../../src/ingest/types.js';
import { ROW_STATUSES } from '../../src/ingest/types.js';
import { LedgerRows } from '../../src/ingest/ledger-rows.js';
import { StudentTable } from '../../src/ingest/student-table.js';

function student(id: string, strategy: string | null, teacher: string | null, pre: number, post: number, groups: Record<string, string> = {}): MatchedStudent {
  return {
    id, name: `Name ${id}`, strategy, teacher, section: null, groups, pre, post,
  };
}

function cohort(students: MatchedStudent[], extra: Partial<Cohort> = {}): Cohort {
  const counts = Object.fromEntries(ROW_STATUSES.map((status) => [status, 0])) as Cohort['ledger']['counts'];
  counts.matched = students.length;
  return {
    students: StudentTable.from(students),
    unmatched: [],
    ledger: { rowsRead: students.length * 2, matchedRows: students.length * 2, counts, rows: new LedgerRows() },
    maxScore: null,
    breakdowns: [],
    hasTeacher: students.some((s) => s.teacher !== null),
    hasSection: false,
    hasStrategy: students.some((s) => s.strategy !== null),
    notices: [],
    ...extra,
  };
}

const options: AnalysisOptions = { effectSize: 'dav', benchmark: 'hattie', maxScore: null, proficientAt: null, reference: null };

describe('analyze', () => {
  // pre 10, 12, 14 (sd 2); post 13, 15, 20 (sd 3.605551…); gains 3, 3, 6 (mean 4)
  const small = [student('1', 'A', 'T1', 10, 13), student('2', 'A', 'T1', 12, 15), student('3', 'A', 'T1', 14, 20)];

  it('leaves the cohort\'s students as they were (columns shared, not taken)', () => {
    const input = cohort(small);
    const before = input.students.toArray();
    const findings = analyze(input, options);
    expect(input.students).toHaveLength(3);
    expect(input.students.toArray()).toEqual(before);
    expect(input.students.toArray()).toEqual(small);
    expect(findings.students.text('id')).toEqual(['1', '2', '3']);
    expect(findings.strategies[0].n).toBe(3);
  });

  it('computes the headline figures of a group by hand', () => {
    const findings = analyze(cohort(small), options);
    const [a] = findings.strategies;
    expect(a.strategy).toBe('A');
    expect(a.n).toBe(3);
    expect(a.pre.mean).toBe(12);
    expect(a.pre.sd).toBeCloseTo(2, 12);
    expect(a.post.sd).toBeCloseTo(Math.sqrt(13), 12);
    expect(a.gain.mean).toBe(4);
    // d_av = 4 / ((2 + sqrt(13)) / 2)
    expect(a.effectSizes.dav.value).toBeCloseTo(4 / ((2 + Math.sqrt(13)) / 2), 12);
    expect(a.tTest.df).toBe(2);
  });

  it('writes null and a warning, never NaN, for a one-student strategy', () => {
    const findings = analyze(cohort([...small, student('4', 'B', 'T2', 10, 11)]), options);
    const b = findings.strategies.find((s) => s.strategy === 'B')!;
    expect(b.n).toBe(1);
    expect(b.pre.sd).toBeNull();
    expect(b.effectSizes.dav.value).toBeNull();
    expect(b.tTest.p).toBeNull();
    expect(JSON.stringify(findings)).not.toMatch(/NaN|Infinity/);
    expect(findings.warnings.some((w) => w.code === 'figure-not-computed' && w.message.startsWith('B (n = 1)'))).toBe(true);
    expect(findings.students.toArray().find((s) => s.id === '4')!.flag).toBe('no-data');
  });

  it('orders strategies alphabetically with the reference last, and compares with it', () => {
    const students = [
      ...small,
      student('5', 'Business as usual', 'T3', 10, 11), student('6', 'Business as usual', 'T3', 12, 12), student('7', 'Business as usual', 'T3', 14, 16),
      student('8', 'Z', 'T4', 11, 15), student('9', 'Z', 'T4', 13, 16),
    ];
    const findings = analyze(cohort(students), { ...options, reference: 'Business as usual' });
    expect(findings.strategies.map((s) => s.strategy)).toEqual(['A', 'Z', 'Business as usual']);
    expect(findings.comparisons.map((c) => c.strategy)).toEqual(['A', 'Z']);
    // gains A: 3, 3, 6 (mean 4); reference: 1, 0, 2 (mean 1)
    expect(findings.comparisons[0].gainDiff).toBe(3);
    expect(findings.warnings.some((w) => w.code === 'no-reference')).toBe(false);
  });

  it('warns when the reference is not in the data', () => {
    const findings = analyze(cohort(small), { ...options, reference: 'Nope' });
    expect(findings.comparisons).toEqual([]);
    expect(findings.warnings.find((w) => w.code === 'reference-not-found')!.message).toContain('strategies found: A');
  });

  it('breaks down by teacher and --by columns, and pools two classrooms', () => {
    const students = [
      student('1', 'A', 'T1', 10, 13, { ELL: 'Y' }), student('2', 'A', 'T1', 12, 15, { ELL: 'N' }), student('3', 'A', 'T1', 14, 20, { ELL: 'N' }),
      student('4', 'A', 'T2', 11, 12, { ELL: 'Y' }), student('5', 'A', 'T2', 15, 19, { ELL: 'N' }), student('6', 'A', 'T2', 9, 12, { ELL: 'Y' }),
    ];
    const findings = analyze(cohort(students, { breakdowns: ['ELL'] }), options);
    const [a] = findings.strategies;
    expect(a.breakdowns.teacher.map((level) => [level.value, level.n])).toEqual([['T1', 3], ['T2', 3]]);
    expect(a.breakdowns.ELL.map((level) => [level.value, level.n])).toEqual([['N', 3], ['Y', 3]]);
    expect(a.pooled).not.toBeNull();
    expect(a.pooled!.k).toBe(2);
    expect(a.pooled!.over).toBe('teacher');
  });

  it('does not pool a strategy taught by one teacher', () => {
    expect(analyze(cohort(small), options).strategies[0].pooled).toBeNull();
  });

  it('uses the file\'s maximum score when --max-score is not given, and flags the ceiling', () => {
    const students = [student('1', null, null, 40, 40), student('2', null, null, 20, 30), student('3', null, null, 25, 30)];
    const findings = analyze(cohort(students, { maxScore: 40 }), options);
    expect(findings.settings.maxScore).toBe(40);
    expect(findings.strategies[0].strategy).toBe('All students');
    // Hake: (mean(post) − mean(pre)) / (max − mean(pre)) = (33.333 − 28.333) / 11.667
    expect(findings.strategies[0].normalizedGain.class).toBeCloseTo(5 / (40 - 85 / 3), 12);
    expect(findings.warnings.some((w) => w.code === 'ceiling')).toBe(true);
    expect(findings.answer).toMatch(/^Students gained 5\.0 points on average/);
  });
});
