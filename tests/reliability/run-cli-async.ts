/**
 * `runCli` without blocking: the corpus runs many commands, and spawning them concurrently keeps
 * the suite fast on two cores. Same environment as tests/helpers/run-cli.ts (colour off).
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ROOT, type CliResult } from '../helpers/run-cli.js';

export const BIN = fileURLToPath(new URL('../../bin/impact.js', import.meta.url));

export function runCliAsync(args: string[], options: { cwd?: string } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      resolve({ stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), code: code ?? (signal !== null ? 128 : -1) });
    });
  });
}

/** stderr of a failed run: exactly `impact: error: …` and `hint: …`, no stack trace. */
export function isOneLineError(stderr: string): boolean {
  const lines = stderr.split('\n');
  return lines.length === 3 && lines[2] === '' && lines[0].startsWith('impact: error: ') && lines[1].startsWith('hint: ') && !/\n\s+at /.test(stderr);
}
