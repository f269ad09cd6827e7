/**
 * Issue 3's acceptance, through the built CLI: each vendor export under fixtures/formats runs
 * `impact report … --format json` with the flags a coach would write, and the matched count, the
 * ledger counts and the mean gain are what the fixture holds (worked out by hand in
 * tests/ingest/formats.test.ts). `inspect` suggests a command that runs to the same result.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const DIR = 'fixtures/formats';

interface Case {
  name: string;
  files: string[];
  flags: string[];
  matched: number;
  meanGain: number;
  counts: Record<string, number>;
}

const CASES: Case[] = [
  { name: 'Canvas (en)', files: ['canvas-en/grades.csv'], flags: ['--pre', 'Fractions Pre-Assessment', '--post', 'Fractions Post-Assessment'], matched: 9, meanGain: 55.5 / 9, counts: { missingScore: 3, notAStudent: 3 } },
  { name: 'Canvas (sv-SE)', files: ['canvas-sv/grades.csv'], flags: ['--pre', 'Bråktal förtest', '--post', 'Bråktal eftertest'], matched: 7, meanGain: 36 / 7, counts: { missingScore: 1, notAStudent: 2 } },
  { name: 'PowerTeacher Pro', files: ['powerteacher/ratios-pre_pst.csv', 'powerteacher/ratios-post_pst.csv'], flags: [], matched: 5, meanGain: 5, counts: { missingScore: 8, preOnly: 1, postOnly: 1, notAStudent: 14 } },
  { name: 'Google Classroom', files: ['google-classroom/grades.csv'], flags: ['--pre', 'Ecosystems Pre-Assessment', '--post', 'Ecosystems Post-Assessment'], matched: 8, meanGain: 5.625, counts: { missingScore: 2, notAStudent: 2 } },
  {
    name: 'NWEA MAP',
    files: ['nwea-map/map.csv'],
    flags: ['--window', 'TermName', '--pre', 'Fall 2025-2026', '--post', 'Winter 2025-2026', '--score', 'TestRITScore', '--where', 'Subject=Mathematics', '--duplicates', 'max'],
    matched: 6, meanGain: 5, counts: { duplicate: 1, preOnly: 1, postOnly: 1, outOfScope: 9 },
  },
  {
    name: 'i-Ready',
    files: ['iready/diagnostic.csv'],
    flags: ['--pre-where', 'Baseline Diagnostic (Y/N)=Y', '--post-where', 'Most Recent Diagnostic YTD (Y/N)=Y', '--score', 'Overall Scale Score'],
    matched: 6, meanGain: 15, counts: { outOfScope: 1, preOnly: 1 },
  },
  {
    name: 'Renaissance Star',
    files: ['star/star-fall.csv', 'star/star-winter.csv'],
    flags: ['--score', 'ScaledScore', '--window', 'ScreeningPeriodWindowName', '--pre', 'Fall', '--post', 'Winter', '--id-normalize', 'strip-zeros', '--duplicates', 'last'],
    matched: 5, meanGain: 27, counts: { preOnly: 1, postOnly: 1, duplicate: 1, outOfScope: 3 },
  },
  { name: 'DIBELS 8', files: ['dibels/dibels-boy.csv', 'dibels/dibels-moy.csv'], flags: ['--score', 'Composite Score'], matched: 5, meanGain: 20.6, counts: { missingScore: 2, preOnly: 1, postOnly: 1 } },
  {
    name: 'teacher Excel gradebook (Windows-1252)',
    files: ['teacher-excel/gradebook.csv'],
    flags: ['--pre', '4', '--post', 'Score (2)', '--unparseable', 'skip'],
    matched: 6, meanGain: 8.5, counts: { missingScore: 5, unparseable: 1, notAStudent: 6 },
  },
];

const STATUSES = ['preOnly', 'postOnly', 'duplicate', 'missingScore', 'unparseable', 'notAStudent', 'outOfScope'];

describe.each(CASES)('impact report on $name', ({ files, flags, matched, meanGain, counts }) => {
  const result = runCli(['report', ...files.map((file) => `${DIR}/${file}`), ...flags, '--format', 'json']);
  const report = JSON.parse(result.stdout || '{}');

  it('runs with the flags a coach would write', () => {
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('matches the students and accounts for every row', () => {
    const { ledger } = report;
    expect(ledger.matched).toBe(matched);
    for (const status of STATUSES) expect(ledger[status], status).toBe(counts[status] ?? 0);
    expect(ledger.rows).toHaveLength(ledger.rowsRead);
    expect(ledger.matchedRows + STATUSES.reduce((sum, status) => sum + ledger[status], 0)).toBe(ledger.rowsRead);
  });

  it('finds the mean gain', () => {
    const n = report.strategies.reduce((sum: number, group: { n: number }) => sum + group.n, 0);
    const total = report.strategies.reduce((sum: number, group: { n: number; gain: { mean: number } }) => sum + group.n * group.gain.mean, 0);
    expect(n).toBe(matched);
    expect(total / n).toBeCloseTo(meanGain, 10);
  });
});

describe.each(CASES.filter((entry) => entry.files.length === 1))('impact inspect on $name', ({ files, matched }) => {
  it('suggests a command that runs and matches the same students', () => {
    const inspection = JSON.parse(runCli(['inspect', `${DIR}/${files[0]}`, '--format', 'json']).stdout);
    expect(inspection.suggestedCommand).toMatch(/^impact report /);
    const args = (inspection.suggestedCommand.match(/"(?:[^"\\]|\\.)*"|\S+/g) as string[]).slice(1).map((arg) => arg.replace(/^"|"$/g, '').replace(/\\(.)/g, '$1'));
    const report = runCli([...args, '--format', 'json']);
    expect(report.code).toBe(0);
    expect(JSON.parse(report.stdout).ledger.matched).toBe(matched);
  });
});
