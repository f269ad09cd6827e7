#!/usr/bin/env node
/**
 * `npm run bench`: generates synthetic exports (bench/generate.mjs) and times
 * `impact report … --teacher Teacher --by ELL --format json --out FILE` on each, next to the floor
 * (Node reading the same file and counting its lines), then times a 30-student class report
 * against `node -e 0`.
 *
 *   npm run bench                         1,000, 100,000 and 1,000,000 students
 *   npm run bench -- --sizes 1000,100000  other sizes
 *   npm run bench -- --layouts wide       only some layouts (wide, long, two-file)
 *   BENCH_DIR=/path npm run bench         where the generated files go (default: the OS temp folder)
 *
 * Peak RSS comes from /usr/bin/time when it exists, else from polling /proc/PID/status (VmHWM).
 * Targets (issue 7): 1M students wide ≤ 10× the floor and ≤ 600 MB peak RSS; the 30-student
 * report ≤ 3× `node -e 0`. The run exits 1 when a target checked in this run is missed.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const impact = join(root, 'bin', 'impact.js');
const floorScript = join(root, 'bench', 'floor.mjs');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index === -1 ? fallback : args[index + 1];
};
const sizes = option('--sizes', '1000,100000,1000000').split(',').map(Number);
const layouts = option('--layouts', 'wide,long,two-file').split(',');
const dir = process.env.BENCH_DIR ?? join(tmpdir(), 'impact-bench');
const hasTime = existsSync('/usr/bin/time');

/** Runs a command; resolves with wall seconds, peak RSS (MB) and the exit code. */
function measure(command, commandArgs) {
  return new Promise((done, fail) => {
    const started = process.hrtime.bigint();
    const argv = hasTime ? ['-f', '%M', command, ...commandArgs] : commandArgs;
    const child = spawn(hasTime ? '/usr/bin/time' : command, argv, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let peakKb = 0;
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const poll = hasTime
      ? null
      : setInterval(() => {
          try {
            const match = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
            if (match) peakKb = Math.max(peakKb, Number(match[1]));
          } catch {}
        }, 10);
    child.on('error', fail);
    child.on('close', (code) => {
      if (poll) clearInterval(poll);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (hasTime) {
        const lines = stderr.trim().split('\n');
        peakKb = Number(lines.pop());
        stderr = lines.join('\n');
      }
      done({ seconds, peakMb: peakKb / 1024, code, stderr });
    });
  });
}

async function best(times, command, commandArgs) {
  let result = null;
  for (let run = 0; run < times; run++) {
    const next = await measure(command, commandArgs);
    if (next.code !== 0) throw new Error(`${command} ${commandArgs.join(' ')} failed:\n${next.stderr}`);
    if (result === null || next.seconds < result.seconds) result = next;
  }
  return result;
}

const COMMON = ['--id', 'Student ID', '--strategy', 'Strategy', '--teacher', 'Teacher', '--by', 'ELL', '--format', 'json'];

function reportArgs(layout, files, out) {
  if (layout === 'wide') return ['report', files.wide, '--pre', 'Pre Score', '--post', 'Post Score', ...COMMON, '--out', out];
  if (layout === 'long') return ['report', files.long, '--window', 'TermName', '--pre', 'Fall 2025-2026', '--post', 'Winter 2025-2026', '--score', 'TestRITScore', ...COMMON, '--out', out];
  return ['report', files.pre, files.post, '--score', 'Score', ...COMMON, '--out', out];
}

function inputsOf(layout, files) {
  return layout === 'wide' ? [files.wide] : layout === 'long' ? [files.long] : [files.pre, files.post];
}

const pad = (text, width) => String(text).padStart(width);
const rows = [];
const failures = [];
process.stdout.write(`impact benchmark — node ${process.version}, ${(await import('node:os')).cpus().length} CPUs, files in ${dir}\n\n`);
process.stdout.write(`${'layout'.padEnd(9)}${pad('students', 10)}${pad('rows', 10)}${pad('MB', 8)}${pad('wall s', 8)}${pad('rows/s', 11)}${pad('MB/s', 7)}${pad('peak MB', 9)}${pad('floor s', 9)}${pad('ratio', 7)}\n`);
for (const size of sizes) {
  const files = await generate(size, dir);
  for (const layout of layouts) {
    const inputs = inputsOf(layout, files);
    const bytes = inputs.reduce((sum, file) => sum + statSync(file).size, 0);
    const lines = inputs.reduce((sum, file) => sum + readLineCount(file), 0);
    const out = join(dir, `report-${layout}-${size}.json`);
    const repeats = size <= 100_000 ? 3 : 1;
    const run = await best(repeats, process.execPath, [impact, ...reportArgs(layout, files, out)]);
    const floor = await best(3, process.execPath, [floorScript, ...inputs]);
    rmSync(out, { force: true });
    const ratio = run.seconds / floor.seconds;
    const row = { layout, size, rows: lines - inputs.length, mb: bytes / 1e6, ...run, floor: floor.seconds, ratio };
    rows.push(row);
    process.stdout.write(
      `${layout.padEnd(9)}${pad(size.toLocaleString('en'), 10)}${pad(row.rows.toLocaleString('en'), 10)}${pad(row.mb.toFixed(1), 8)}${pad(run.seconds.toFixed(2), 8)}` +
        `${pad(Math.round(row.rows / run.seconds).toLocaleString('en'), 11)}${pad((row.mb / run.seconds).toFixed(1), 7)}${pad(run.peakMb.toFixed(0), 9)}${pad(floor.seconds.toFixed(2), 9)}${pad(ratio.toFixed(1), 7)}\n`,
    );
    if (layout === 'wide' && size === 1_000_000) {
      if (ratio > 10) failures.push(`1M wide: ${ratio.toFixed(1)}× the floor (target ≤ 10×)`);
      if (run.peakMb > 600) failures.push(`1M wide: ${run.peakMb.toFixed(0)} MB peak RSS (target ≤ 600 MB)`);
    }
  }
}

// Start-up: a 30-student class report (text, to a pipe) against `node -e 0`, best of 7.
const small = await generate(30, dir);
const classReport = await best(7, process.execPath, [impact, 'report', small.wide, '--pre', 'Pre Score', '--post', 'Post Score', '--id', 'Student ID', '--strategy', 'Strategy', '--teacher', 'Teacher']);
const bare = await best(7, process.execPath, ['-e', '0']);
const startRatio = classReport.seconds / bare.seconds;
process.stdout.write(`\n30-student class report: ${classReport.seconds.toFixed(3)} s, ${classReport.peakMb.toFixed(0)} MB; node -e 0: ${bare.seconds.toFixed(3)} s; ratio ${startRatio.toFixed(2)} (target ≤ 3)\n`);
if (startRatio > 3) failures.push(`30-student report: ${startRatio.toFixed(2)}× node -e 0 (target ≤ 3×)`);

if (failures.length > 0) {
  process.stdout.write(`\nTargets missed:\n${failures.map((failure) => `  - ${failure}`).join('\n')}\n`);
  process.exitCode = 1;
} else {
  process.stdout.write('\nAll targets checked in this run hold.\n');
}

function readLineCount(file) {
  const buffer = readFileSync(file);
  let count = 0;
  for (let index = buffer.indexOf(10); index !== -1; index = buffer.indexOf(10, index + 1)) count++;
  return count;
}
