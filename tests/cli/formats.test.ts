/**
 * `impact report` and `impact students` on the demo cycle in every format, compared with golden
 * files (tests/cli/__golden__/; update with `npx vitest run tests/cli/formats.test.ts -u` after
 * checking the difference), plus the privacy options end to end: no input name or ID survives
 * `--anonymize` or `--view team` in any format.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_ARGS, ROOT, runCli } from '../helpers/run-cli.js';

const FORMATS = ['text', 'md', 'html', 'csv', 'json'] as const;
const EXTENSION = { text: 'txt', md: 'md', html: 'html', csv: 'csv', json: 'json' } as const;
const STUDENTS_ARGS = ['students', ...DEMO_ARGS.slice(1)];

/** Every name and ID in the demo exports (Student, ID, SIS User ID, SIS Login ID columns). */
function demoIdentities(): RegExp[] {
  const out: RegExp[] = [];
  for (const file of ['pre.csv', 'post.csv']) {
    const lines = readFileSync(join(ROOT, 'fixtures/demo', file), 'utf8').trim().split('\n').slice(2);
    for (const line of lines) {
      const match = /^"([^"]+)",(\d+),(\d*),(\w*),/.exec(line);
      if (!match || match[1] === 'Student, Test') continue;
      const [, name, canvasId, sisId, login] = match;
      const [last, first] = name.split(', ');
      out.push(new RegExp(`${last},? ${first}|${first} ${last}`, 'i'));
      for (const id of [canvasId, sisId]) if (id) out.push(new RegExp(`(?<![\\d.])0*${Number(id)}(?![\\d.])`));
      if (login) out.push(new RegExp(`\\b${login}\\b`, 'i'));
    }
  }
  return out;
}

describe.each(FORMATS)('impact report --format %s on the demo cycle', (format) => {
  const result = runCli([...DEMO_ARGS, '--format', format]);

  it('matches the golden file', async () => {
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    await expect(result.stdout).toMatchFileSnapshot(`__golden__/demo-report.${EXTENSION[format]}`);
  });

  it('--anonymize leaves no name or ID of the exports', () => {
    const anonymized = runCli([...DEMO_ARGS, '--format', format, '--anonymize']);
    expect(anonymized.code).toBe(0);
    for (const identity of demoIdentities()) expect(anonymized.stdout).not.toMatch(identity);
    if (format !== 'csv') expect(anonymized.stdout).toMatch(/Student \d\d/);
  });

  it('--view team leaves out per-student rows and IDs', () => {
    const team = runCli([...DEMO_ARGS, '--format', format, '--view', 'team']);
    expect(team.code).toBe(0);
    for (const identity of demoIdentities()) expect(team.stdout).not.toMatch(identity);
  });
});

describe.each(['text', 'csv', 'json'] as const)('impact students --format %s on the demo cycle', (format) => {
  it('matches the golden file', async () => {
    const result = runCli([...STUDENTS_ARGS, '--format', format]);
    expect(result.code).toBe(0);
    await expect(result.stdout).toMatchFileSnapshot(`__golden__/demo-students.${EXTENSION[format]}`);
  });

  it('--anonymize leaves no name or ID of the exports', () => {
    const anonymized = runCli([...STUDENTS_ARGS, '--format', format, '--anonymize']);
    for (const identity of demoIdentities()) expect(anonymized.stdout).not.toMatch(identity);
  });
});

describe('CSV on the demo', () => {
  it('impact report gives one row per strategy; impact students one per student', () => {
    expect(runCli([...DEMO_ARGS, '--format', 'csv']).stdout.trimEnd().split('\n')).toHaveLength(4);
    expect(runCli([...STUDENTS_ARGS, '--format', 'csv']).stdout.trimEnd().split('\n')).toHaveLength(81);
  });

  it('--excel starts with a byte-order mark', () => {
    expect(runCli([...DEMO_ARGS, '--format', 'csv', '--excel']).stdout.startsWith('\uFEFF')).toBe(true);
  });
});

describe('--min-n on the demo', () => {
  it('hides the classrooms smaller than N and their complements, in every format', () => {
    for (const format of FORMATS) {
      const result = runCli([...DEMO_ARGS, '--format', format, '--min-n', '16', '--view', 'team']);
      expect(result.code).toBe(0);
      if (format === 'json') {
        const report = JSON.parse(result.stdout);
        const whiteboard = report.strategies.find((s: { strategy: string }) => s.strategy === 'Whiteboard fluency');
        expect(whiteboard.n).toBe(30);
        expect(whiteboard.breakdowns.teacher.map((level: { n: number | null }) => level.n)).toEqual([null, null]);
      } else if (format !== 'csv') {
        expect(result.stdout).toContain('fewer than 16');
      }
    }
  });
});
