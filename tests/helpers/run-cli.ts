/**
 * Runs the built `impact` binary the way a user does (node bin/impact.js …), with colour off,
 * and returns what it printed and its exit code.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/impact.js', import.meta.url));

export interface CliResult {
  stdout: string;
  stderr: string;
  code: number;
}

export function runCli(args: string[], options: { cwd?: string; input?: string; env?: Record<string, string> } = {}): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...options.env },
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { stdout: result.stdout, stderr: result.stderr, code: result.status ?? -1 };
}

/** The demo cycle's report command, as `npm run demo` runs it (without --format). */
export const DEMO_ARGS = [
  'report',
  'fixtures/demo/pre.csv',
  'fixtures/demo/post.csv',
  '--id', 'SIS User ID',
  '--pre-score', 'Fractions Check: Pre (1021)',
  '--post-score', 'Fractions Check: Post (1187)',
  '--strategy', 'Strategy',
  '--teacher', 'Teacher',
  '--proficient-at', '28',
  '--reference', 'Business as usual',
];
