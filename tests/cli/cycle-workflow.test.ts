/**
 * The whole cycle in a temporary folder, as a coach (or a script) runs it:
 * init → import pre → import post → status → report, with the demo cycle's Canvas exports.
 */
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ARGS, ROOT, runCli } from '../helpers/run-cli.js';

const INIT = [
  'init', 'spring', '--yes', '--title', 'Grade 5 fractions', '--problem', 'weak fraction sense',
  '--strategy', 'Whiteboard fluency', '--strategy', 'Number talks', '--reference', 'Business as usual',
  '--assessment', 'Fractions Check', '--proficient-at', '28',
];
const IMPORT_PRE = ['import', 'pre', '../exports/pre.csv', '--id', 'SIS User ID', '--score', 'Fractions Check: Pre (1021)', '--teacher', 'Teacher', '--strategy', 'Strategy'];
const IMPORT_POST = ['import', 'post', '../exports/post.csv', '--score', 'Fractions Check: Post (1187)'];

let root: string;
let cycleDir: string;
const inCycle = (args: string[]) => runCli(args, { cwd: cycleDir });

function freshFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'impact-workflow-'));
  mkdirSync(join(folder, 'exports'));
  copyFileSync(join(ROOT, 'fixtures/demo/pre.csv'), join(folder, 'exports/pre.csv'));
  copyFileSync(join(ROOT, 'fixtures/demo/post.csv'), join(folder, 'exports/post.csv'));
  return folder;
}

describe('a coaching cycle from impact init to the report', () => {
  beforeAll(() => {
    root = freshFolder();
    cycleDir = join(root, 'spring');
  });

  it('runs each step, with status naming the next one', () => {
    expect(runCli(INIT, { cwd: root })).toMatchObject({ code: 0, stderr: '' });
    expect(inCycle(['status']).stdout).toContain('Next: impact import pre FILE\n');

    const report = inCycle(['report']);
    expect(report.code).toBe(2);
    expect(report.stderr).toBe('impact: error: the cycle has no pre-assessment yet.\nhint: Import it with `impact import pre FILE`; `impact status` shows what the cycle has.\n');

    expect(inCycle(IMPORT_PRE)).toMatchObject({ code: 0, stderr: '' });
    expect(inCycle(['status']).stdout).toContain('Next: impact import post FILE\n');
    expect(inCycle(['report']).stderr).toContain('the cycle has no post-assessment yet.');

    expect(inCycle(IMPORT_POST)).toMatchObject({ code: 0, stderr: '' });
    const status = inCycle(['status']);
    expect(status.stdout).toContain('  - assessment: Fractions Check, out of 40 (from the export), proficient at 28\n');
    expect(status.stdout).toContain('  - post-assessment: 80 student rows from ../exports/post.csv (79 scored, 1 without a score)');
    expect(status.stdout).not.toContain('Still needs');
    expect(status.stdout).toMatch(/Next: impact report\n$/);
  });

  it('reports from the cycle with the same findings as the one-shot command', () => {
    const fromCycle = JSON.parse(inCycle(['report', '--format', 'json']).stdout);
    const oneShot = JSON.parse(runCli([...DEMO_ARGS, '--format', 'json']).stdout);
    for (const key of ['strategies', 'comparisons', 'students', 'answer', 'settings']) expect(fromCycle[key]).toEqual(oneShot[key]);
    expect(fromCycle.cycle).toMatchObject({
      title: 'Grade 5 fractions',
      question: 'What impact will Whiteboard fluency and Number talks have on weak fraction sense, compared with Business as usual?',
      problem: 'weak fraction sense',
      assessment: { name: 'Fractions Check', maxScore: 40, proficientAt: 28 },
    });
    const { rows: _rows, ...counts } = fromCycle.ledger;
    expect(counts).toMatchObject({ matched: 78, preOnly: 1, postOnly: 1, missingScore: 2, duplicate: 0 });
  });

  it('accounts for every row of the original exports, at their own lines, as the one-shot ledger does', () => {
    const fromCycle = JSON.parse(inCycle(['report', '--format', 'json']).stdout).ledger;
    const oneShot = JSON.parse(runCli([...DEMO_ARGS, '--format', 'json']).stdout).ledger;
    const { rows: cycleRows, ...cycleCounts } = fromCycle;
    const { rows: oneShotRows, ...oneShotCounts } = oneShot;
    // 164 rows: 80 students, the Points Possible row and the test student in each export.
    expect(cycleCounts).toEqual(oneShotCounts);
    expect(cycleCounts).toMatchObject({ rowsRead: 164, notAStudent: 4 });
    const place = (row: { file: string; line: number; status: string }) => `${basename(row.file)}:${row.line} ${row.status}`;
    expect(cycleRows.map(place).sort()).toEqual(oneShotRows.map(place).sort());
    const preOnly = cycleRows.find((row: { status: string }) => row.status === 'preOnly');
    expect(preOnly.detail).toMatch(/^no post row in .*post\.csv$/);
    expect(preOnly.detail).not.toContain('data/');
  });

  it('prints the team report with the cycle\'s title and question', () => {
    const result = inCycle(['report']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Grade 5 fractions');
    expect(result.stdout).toContain('Question: What impact will Whiteboard fluency and Number talks have on weak fraction sense');
    expect(result.stdout).toContain('Students taught with Whiteboard fluency gained');
  });

  it('reads the cycle in --cycle DIR from anywhere', () => {
    const result = runCli(['students', '--cycle', cycleDir, '--format', 'csv']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(runCli([...DEMO_ARGS.map((arg) => (arg === 'report' ? 'students' : arg)), '--format', 'csv']).stdout);
  });

  it('lets flags given on the command line override the saved settings for that run only', () => {
    const overridden = JSON.parse(inCycle(['report', '--format', 'json', '--effect-size', 'dz', '--reference', 'Number talks', '--proficient-at', '30']).stdout);
    expect(overridden.settings).toMatchObject({ effectSize: 'dz', reference: 'Number talks', proficientAt: 30, maxScore: 40 });
    expect(JSON.parse(inCycle(['report', '--format', 'json']).stdout).settings).toMatchObject({ effectSize: 'dav', reference: 'Business as usual', proficientAt: 28 });
  });

  it('keeps pseudonyms stable across runs with the cycle\'s salt', () => {
    const first = inCycle(['students', '--anonymize', '--format', 'json']);
    const second = inCycle(['students', '--anonymize', '--format', 'json']);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(second.stdout);
    expect(first.stdout).not.toContain('Abernathy');
    expect(first.stdout).not.toContain('pseudonyms-this-run-only');
  });

  it('filters and breaks down by the imported columns', () => {
    const result = JSON.parse(inCycle(['report', '--format', 'json', '--where', 'teacher=Okafor']).stdout);
    expect(result.strategies.map((strategy: { strategy: string }) => strategy.strategy)).toEqual(['Whiteboard fluency']);
    const unknown = inCycle(['report', '--by', 'ELL']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--by ELL: the imported data has no such subgroup column.');
  });

  it.each([
    [['report', '--id', 'SIS User ID'], '--id describes an export, and the cycle\'s data is already imported.'],
    [['report', '../exports/pre.csv', '../exports/post.csv', '--cycle', '.'], 'give export files or --cycle, not both.'],
    [['report', '--out', 'data/pre.csv'], '--out data/pre.csv is one of the input files'],
  ])('refuses what does not fit a cycle run: %j', (args, message) => {
    const result = inCycle(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it('without files or a cycle, says to name the exports or make a cycle', () => {
    const result = runCli(['report'], { cwd: freshFolder() });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('impact: error: no input files given, and the current folder has no cycle (cycle.json).');
    expect(runCli(['report', '--cycle', 'nowhere'], { cwd: freshFolder() }).stderr).toContain('no cycle in nowhere (nowhere/cycle.json does not exist).');
  });

  it('a script can run the whole cycle with flags alone, with privacy defaults saved at init', () => {
    const folder = freshFolder();
    const steps = [
      ['init', 'private', ...INIT.slice(2), '--anonymize', '--view', 'team'],
      [...IMPORT_PRE, '--cycle', 'private'].map((arg) => arg.replace('../exports', 'exports')),
      [...IMPORT_POST, '--cycle', 'private'].map((arg) => arg.replace('../exports', 'exports')),
    ];
    for (const step of steps) expect(runCli(step, { cwd: folder })).toMatchObject({ code: 0, stderr: '' });
    const report = JSON.parse(runCli(['report', '--cycle', 'private', '--format', 'json'], { cwd: folder }).stdout);
    expect(report.students).toEqual([]);
    expect(JSON.stringify(report)).not.toContain('Abernathy');
    const named = JSON.parse(runCli(['students', '--cycle', 'private', '--format', 'json', '--no-anonymize', '--view', 'full'], { cwd: folder }).stdout);
    expect(JSON.stringify(named)).toContain('Abernathy');
  });
});
