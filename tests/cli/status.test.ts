import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'impact-status-'));
});

function init(): void {
  expect(runCli(['init', dir, '--yes', '--title', 'Fractions', '--problem', 'weak fraction sense', '--strategy', 'Number talks', '--max-score', '40']).code).toBe(0);
}

function editCycle(change: (cycle: Record<string, any>) => void): void {
  const file = join(dir, 'cycle.json');
  const cycle = JSON.parse(readFileSync(file, 'utf8'));
  change(cycle);
  writeFileSync(file, JSON.stringify(cycle, null, 2));
}

describe('impact status', () => {
  it('in a folder without a cycle: says so and suggests impact init', () => {
    const result = runCli(['status'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('No cycle at cycle.json.\n\nNeeds:\n  - a cycle: cycle.json does not exist\n\nNext: impact init\n');
  });

  it('after init: what the cycle has, what it lacks, and the import to run next', () => {
    init();
    const result = runCli(['status', '--cycle', dir]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        `Cycle: Fractions (${dir}/cycle.json)`,
        '',
        'Has:',
        '  - research question: What impact will Number talks have on weak fraction sense?',
        '  - strategies: Number talks',
        '  - assessment: (unnamed), out of 40',
        '',
        'Still needs:',
        '  - a proficiency cutoff (optional): proficiency rates are left out without it',
        '  - pre-assessment not imported yet',
        '  - post-assessment not imported yet',
        '',
        `Next: impact import pre FILE --cycle ${dir}`,
        '',
      ].join('\n'),
    );
  });

  it('after the pre import: the post import is next; --format json for scripts', () => {
    init();
    runCli(['import', 'pre', join(ROOT, 'fixtures/demo/pre.csv'), '--id', 'SIS User ID', '--score', 'Fractions Check: Pre (1021)'], { cwd: dir });
    const result = runCli(['status', '--format', 'json'], { cwd: dir });
    expect(result.code).toBe(0);
    const status = JSON.parse(result.stdout);
    expect(status).toMatchObject({ file: 'cycle.json', exists: true, title: 'Fractions', ready: false, next: 'impact import post FILE' });
    expect(status.has).toContainEqual(expect.stringMatching(/^pre-assessment: 80 student rows from .*pre\.csv \(80 scored\), imported \d{4}-\d\d-\d\d$/));
    expect(status.lacks).toContain('post-assessment not imported yet');
  });

  it('notices imported data that has been deleted', () => {
    init();
    runCli(['import', 'pre', join(ROOT, 'fixtures/demo/pre.csv'), '--id', 'SIS User ID', '--score', 'Fractions Check: Pre (1021)', '--cycle', dir]);
    rmSync(join(dir, 'data', 'pre.csv'));
    const result = runCli(['status', '--cycle', dir]);
    expect(result.stdout).toContain('  - pre-assessment data: data/pre.csv is missing (import it again)');
    expect(result.stdout).toContain(`Next: impact import pre ${join(ROOT, 'fixtures/demo/pre.csv')} --cycle ${dir}`);
  });

  it('reports a corrupted cycle.json in one line naming the path of the bad field', () => {
    init();
    editCycle((cycle) => {
      cycle.privacy.minN = 'five';
    });
    const result = runCli(['status', '--cycle', dir]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    const [message, hint, ...rest] = result.stderr.split('\n');
    expect(message).toBe(`impact: error: ${dir}/cycle.json: privacy.minN: expected a whole number of at least 1 or null, got the string "five"`);
    expect(hint).toMatch(/^hint: /);
    expect(rest).toEqual(['']);
  });

  it.each([
    [(cycle: Record<string, any>) => delete cycle.problem, 'problem: missing; expected a non-empty string'],
    [(cycle: Record<string, any>) => (cycle.strategies[0].nmae = 'x'), 'strategies[0].nmae: unknown field; expected one of name, description'],
    [(cycle: Record<string, any>) => (cycle.reading.by = ['ELL', true]), 'reading.by[1]: expected a column name or a whole number of at least 1, got true'],
    [(cycle: Record<string, any>) => (cycle.reference = 'Business as usual'), 'reference: expected one of the strategies ("Number talks"), got "Business as usual"'],
    [(cycle: Record<string, any>) => (cycle.version = 2), 'version: expected 1, got the number 2'],
  ])('names the bad field: %#', (change, message) => {
    init();
    editCycle(change);
    const result = runCli(['status', '--cycle', dir]);
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n')[0]).toBe(`impact: error: ${dir}/cycle.json: ${message}`);
  });

  it('reports broken JSON with its line', () => {
    init();
    writeFileSync(join(dir, 'cycle.json'), '{\n  "version": 1,\n  "title": "x"\n  "problem": "y"\n}\n');
    const result = runCli(['status', '--cycle', dir]);
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n')[0]).toMatch(new RegExp(`^impact: error: ${dir}/cycle\\.json:4: not valid JSON: .*column 3$`));
  });
});
