import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_ARGS, ROOT, runCli } from '../helpers/run-cli.js';

// Reference numbers computed independently in R from the raw exports: tests/reference/demo.R
const reference = JSON.parse(readFileSync(join(ROOT, 'tests/reference/demo.json'), 'utf8')) as {
  matched: number;
  strategies: Record<string, Record<string, number>>;
};

function close(actual: number | null, expected: number, relative: number) {
  expect(actual).not.toBeNull();
  const scale = Math.max(Math.abs(expected), 1e-300);
  expect(Math.abs((actual as number) - expected) / scale).toBeLessThanOrEqual(relative);
}

describe('impact report on the demo cycle', () => {
  it('prints the team report (golden file)', async () => {
    const result = runCli(DEMO_ARGS);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Students taught with Whiteboard fluency gained');
    await expect(result.stdout).toMatchFileSnapshot('__golden__/demo-report.txt');
  });

  it('fits 100 columns', () => {
    const lines = runCli(DEMO_ARGS).stdout.split('\n');
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(100);
  });

  describe('--format json', () => {
    const result = runCli([...DEMO_ARGS, '--format', 'json']);
    const report = JSON.parse(result.stdout);

    it('has the contract fields', () => {
      expect(result.code).toBe(0);
      expect(report.tool).toEqual({ name: 'impact', version: expect.any(String) });
      expect(Object.keys(report)).toEqual(expect.arrayContaining(['tool', 'ledger', 'strategies', 'comparisons', 'students', 'answer', 'warnings']));
      expect(report.strategies.map((s: { strategy: string }) => s.strategy)).toEqual(['Number talks', 'Whiteboard fluency', 'Business as usual']);
    });

    it('accounts for every row in the ledger', () => {
      const { ledger } = report;
      // pre.csv and post.csv: 82 records each below the header (80 students, Points Possible, test student)
      expect(ledger.rowsRead).toBe(164);
      expect(ledger.matched).toBe(reference.matched);
      expect(ledger.matched).toBe(78);
      expect(ledger.matchedRows).toBe(156);
      expect(ledger.preOnly).toBe(1);
      expect(ledger.postOnly).toBe(1);
      expect(ledger.missingScore).toBe(2);
      expect(ledger.notAStudent).toBe(4);
      expect(ledger.rows).toHaveLength(164);
      const others = ledger.preOnly + ledger.postOnly + ledger.duplicate + ledger.missingScore + ledger.unparseable + ledger.notAStudent + ledger.outOfScope;
      expect(ledger.matchedRows + others).toBe(ledger.rowsRead);
      expect(ledger.rows.filter((row: { status: string; detail: string }) => row.status === 'missingScore').map((row: { detail: string }) => row.detail)).toContain('EX');
    });

    it.each(Object.keys(reference.strategies))('%s: d_av, its CI and the paired t-test agree with R', (name) => {
      const expected = reference.strategies[name];
      const group = report.strategies.find((s: { strategy: string }) => s.strategy === name);
      expect(group.n).toBe(expected.n);
      // R: closed forms, 1e-9 relative (STATISTICS.md)
      close(group.pre.mean, expected.preMean, 1e-9);
      close(group.pre.sd, expected.preSd, 1e-9);
      close(group.post.mean, expected.postMean, 1e-9);
      close(group.post.sd, expected.postSd, 1e-9);
      close(group.gain.mean, expected.gainMean, 1e-9);
      close(group.r, expected.r, 1e-9);
      close(group.effectSizes.dav.value, expected.dav, 1e-9);
      close(group.effectSizes.dav.se, expected.davSe, 1e-9);
      close(group.effectSizes.dav.ciLow, expected.davCiLow, 1e-9);
      close(group.effectSizes.dav.ciHigh, expected.davCiHigh, 1e-9);
      // R: t.test(post, pre, paired = TRUE)
      close(group.tTest.t, expected.t, 1e-9);
      expect(group.tTest.df).toBe(expected.df);
      close(group.tTest.p, expected.p, 1e-6);
      close(group.tTest.ciLow, expected.ciLow, 1e-6);
      close(group.tTest.ciHigh, expected.ciHigh, 1e-6);
    });

    it('answers in words', () => {
      expect(report.answer).toMatch(/^Compared with Business as usual, students taught with Number talks scored/);
      expect(report.answer).toContain('Students taught with Whiteboard fluency gained');
      expect(report.answer).toContain('hinge point');
    });
  });
});

describe('impact report errors', () => {
  const dir = mkdtempSync(join(tmpdir(), 'impact-report-'));

  it('names a missing file and exits 1', () => {
    const result = runCli(['report', join(dir, 'nope.csv'), 'fixtures/demo/post.csv', '--score', 'x']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('nope.csv');
    expect(result.stderr.split('\n').filter(Boolean)).toHaveLength(2); // the error and the hint
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('lists the available columns when a column does not exist', () => {
    const result = runCli(['report', 'fixtures/demo/pre.csv', 'fixtures/demo/post.csv', '--id', 'SIS User ID', '--score', 'Final Exam']);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('Final Exam');
    expect(result.stderr).toContain('SIS User ID');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('names file, line and column of a non-numeric score', () => {
    const file = join(dir, 'wide.csv');
    writeFileSync(file, 'ID,Pre,Post\n1,10,12\n2,11,abc\n3,9,13\n');
    const result = runCli(['report', file, '--id', 'ID', '--pre', 'Pre', '--post', 'Post']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${file}:3`);
    expect(result.stderr).toContain('Post');
    expect(result.stderr).toContain('abc');
    expect(result.stderr).toMatch(/hint:/);
  });

  it('shows a stack trace only with --verbose', () => {
    const args = ['report', join(dir, 'nope.csv'), '--pre', 'a', '--post', 'b'];
    expect(runCli(args).stderr).not.toMatch(/\n\s+at /);
    expect(runCli([...args, '--verbose']).stderr).toMatch(/\n\s+at /);
  });

  it('exits 2 on an unknown option', () => {
    const result = runCli(['report', 'fixtures/demo/pre.csv', '--bogus']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--bogus');
  });

  it('still writes the report but exits 3 when --reference names no strategy', () => {
    const out = join(dir, 'report.json');
    const args = DEMO_ARGS.map((arg) => (arg === 'Business as usual' ? 'Busines as usual' : arg));
    const result = runCli([...args, '--format', 'json', '--out', out]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('Busines as usual');
    expect(JSON.parse(readFileSync(out, 'utf8')).comparisons).toEqual([]);
  });

  it('refuses to write over an input file', () => {
    const file = join(dir, 'scores.csv');
    writeFileSync(file, 'ID,Pre,Post\n1,10,12\n2,11,14\n3,9,13\n');
    const result = runCli(['report', file, '--id', 'ID', '--pre', 'Pre', '--post', 'Post', '--out', file]);
    expect(result.code).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe('ID,Pre,Post\n1,10,12\n2,11,14\n3,9,13\n');
    expect(existsSync(file)).toBe(true);
  });
});
