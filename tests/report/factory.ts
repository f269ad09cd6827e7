/**
 * Findings objects for renderer tests, built by hand (no ingest, no stats): three strategies with
 * two teachers each, a reference group, students with hostile names, and a ledger that mentions
 * IDs and names in its details. Numbers are plausible, not computed.
 */
import type { BreakdownLevel, EffectSize, Findings, Group, StrategyFindings, StudentRow } from '../../src/analysis/findings.js';
import { StudentRows } from '../../src/analysis/student-rows.js';
import { LedgerRows } from '../../src/ingest/ledger-rows.js';
import type { LedgerRow } from '../../src/ingest/types.js';

export const SCRIPT_NAME = '<script>alert(1)</script>';
export const FORMULA_NAME = '=HYPERLINK("http://x","y")';

function effect(value: number, halfWidth = 0.25): EffectSize {
  return { value, se: halfWidth / 1.96, ciLow: value - halfWidth, ciHigh: value + halfWidth, hedges: value * 0.98 };
}

export function makeGroup(n: number, preMean: number, gainMean: number, d: number): Group {
  return {
    n,
    pre: { mean: preMean, sd: 6, median: preMean, min: preMean - 10, max: preMean + 10 },
    post: { mean: preMean + gainMean, sd: 6.2, median: preMean + gainMean, min: preMean - 9, max: preMean + 12 },
    gain: { mean: gainMean, sd: 3.1, median: gainMean },
    r: 0.86,
    effectSizes: { dav: effect(d), dz: effect(d * 1.6), drm: effect(d * 0.95), db: effect(d * 1.02) },
    tTest: { t: 5.2, df: n - 1, p: 0.00012, ciLow: gainMean - 1, ciHigh: gainMean + 1 },
    wilcoxon: { v: 120, p: 0.0004 },
    normalizedGain: { class: 0.21, studentMean: 0.19 },
    proficiency: { cutoff: 28, preRate: 0.2, postRate: 0.45, up: Math.round(n / 4), down: 1, mcnemarP: 0.01 },
  };
}

function level(value: string, n: number, d: number): BreakdownLevel {
  return { value, ...makeGroup(n, 21, 4, d) };
}

function strategy(name: string, teachers: Array<[string, number, number]>, d: number, pooled: boolean): StrategyFindings {
  const n = teachers.reduce((sum, [, size]) => sum + size, 0);
  return {
    strategy: name,
    ...makeGroup(n, 21, 4.5, d),
    breakdowns: { teacher: teachers.map(([teacher, size, effectSize]) => level(teacher, size, effectSize)) },
    pooled: pooled
      ? { method: 'REML', k: teachers.length, estimate: d, se: 0.12, ciLow: d - 0.24, ciHigh: d + 0.24, tau2: 0.01, i2: 0.3, q: 1.4, qp: 0.23, piLow: d - 0.4, piHigh: d + 0.4, converged: true, over: 'teacher' }
      : null,
  };
}

/** Students: the two hostile names first, then ordinary ones; IDs with leading zeros. */
export const STUDENT_NAMES = [SCRIPT_NAME, FORMULA_NAME, 'Abernathy, Ava', 'Halvorsen, Kofi', "O'Neil-Ward, Zoë", 'Nakashima, Amara', 'Valdivia, Renata'];
export const STUDENT_IDS = STUDENT_NAMES.map((_, index) => String(41000 + index * 13).padStart(8, '0'));

export function makeFindings(): Findings {
  const strategies = [
    strategy('Number talks', [['Haddad', 16, 0.73], ['Brennan', 16, 0.46]], 0.56, true),
    strategy('Whiteboard fluency', [['Okafor', 15, 1.15], ['Lindqvist', 3, 1.1]], 1.11, true),
    strategy('Business as usual', [['Moreau', 16, 0.53]], 0.53, false),
  ];
  const placements: Array<[string, string, number | null, number | null]> = [
    ['Number talks', 'Haddad', 16, 14.5],
    ['Number talks', 'Brennan', 20, 22.5],
    ['Whiteboard fluency', 'Okafor', 13, 20.5],
    ['Whiteboard fluency', 'Lindqvist', 30, 36.5],
    ['Business as usual', 'Moreau', 23.5, 25],
    ['Business as usual', 'Moreau', 22, 30],
    ['Number talks', 'Haddad', null, 27.5],
  ];
  const students: StudentRow[] = STUDENT_NAMES.map((name, index) => {
    const [strategyName, teacher, pre, post] = placements[index];
    const gain = pre === null || post === null ? null : post - pre;
    const effectSize = gain === null ? null : gain / 6.1;
    return {
      id: STUDENT_IDS[index],
      name,
      strategy: strategyName,
      teacher,
      section: `Math 5 - ${teacher}`,
      pre,
      post,
      gain,
      percentGain: gain === null ? null : gain / 40,
      normalizedChange: null,
      effectSize,
      flag: gain === null ? 'no-data' : gain < 0 ? 'declined' : effectSize! < 0.4 ? 'below-hinge' : 'at-or-above-hinge',
    };
  });
  const rows: LedgerRow[] = [
    ...students.flatMap((student, index) =>
      student.pre === null
        ? [{ file: 'post.csv', line: index + 3, id: student.id, status: 'postOnly' as const, detail: `no pre row for ${student.name}` }]
        : [
            { file: 'pre.csv', line: index + 3, id: student.id, status: 'matched' as const, detail: '' },
            { file: 'post.csv', line: index + 3, id: student.id, status: 'matched' as const, detail: '' },
          ],
    ),
    { file: 'post.csv', line: 40, id: '00099999', status: 'missingScore', detail: 'EX' },
    { file: 'pre.csv', line: 2, id: null, status: 'notAStudent', detail: 'Points Possible row' },
  ];
  return {
    tool: { name: 'impact', version: '0.1.0' },
    cycle: { question: 'Did number talks help Abernathy, Ava and her class with fractions?', assessment: { name: 'Fractions Check', maxScore: 40, proficientAt: 28 } },
    settings: { effectSize: 'dav', benchmark: 'hattie', maxScore: 40, proficientAt: 28, reference: 'Business as usual' },
    ledger: {
      rowsRead: rows.length,
      matchedRows: 12,
      counts: { matched: 6, preOnly: 0, postOnly: 1, duplicate: 0, missingScore: 1, unparseable: 0, notAStudent: 1, outOfScope: 0 },
      rows: LedgerRows.from(rows),
    },
    strategies,
    comparisons: [
      { strategy: 'Number talks', reference: 'Business as usual', gainDiff: 1.9, hedgesG: { value: 0.49, ciLow: -0.11, ciHigh: 1.09 }, welch: { t: 1.6, df: 40, p: 0.11 }, ancova: { diff: 1.9, se: 1.2, ciLow: -0.5, ciHigh: 4.3, p: 0.112 } },
      { strategy: 'Whiteboard fluency', reference: 'Business as usual', gainDiff: 4.1, hedgesG: { value: 1.45, ciLow: 0.77, ciHigh: 2.11 }, welch: { t: 4.4, df: 30, p: 0.0001 }, ancova: { diff: 4.1, se: 0.9, ciLow: 2.3, ciHigh: 5.9, p: 0.0001 } },
    ],
    students: StudentRows.from(students),
    answer: [
      'Compared with Business as usual, students taught with Number talks scored 1.9 points higher. Students taught with Number talks gained 4.5 points on average.',
      'Compared with Business as usual, students taught with Whiteboard fluency scored 4.1 points higher. Students taught with Whiteboard fluency gained 4.5 points on average.',
      'Students taught with Business as usual gained 4.5 points on average.',
    ].join('\n'),
    warnings: [
      { code: 'duplicate-id', message: `ID 00041000 (${SCRIPT_NAME}) appears twice in pre.csv; kept the first row.` },
      { code: 'small-n', message: 'Whiteboard fluency, teacher Lindqvist (n = 3): d_av not computed: too few students.' },
      { code: 'note', message: 'Halvorsen, Kofi and Kofi Halvorsen are the same student; student 41013 matched by name.' },
    ],
  };
}

/** `findings` with student row `index` changed by `change` (the rows are kept column by column, so a test edits a copy). */
export function editStudent(findings: Findings, index: number, change: Partial<StudentRow>): Findings {
  const rows = findings.students.toArray();
  rows[index] = { ...rows[index], ...change };
  return { ...findings, students: StudentRows.from(rows) };
}
