import { describe, expect, it } from 'vitest';
import { formatProgress, progressFor, PROGRESS_MIN_CHARS, TerminalProgress } from '../../src/cli/progress.js';
import { tableFromBytes } from '../../src/ingest/read-table.js';
import type { ReadProgress } from '../../src/ingest/read-progress.js';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSide } from '../../src/ingest/read-side.js';
import { inspectFile } from '../../src/ingest/inspect.js';
import { sideSelection } from '../../src/cycle/reading.js';
import { sampleCycle } from '../cycle/sample-cycle.js';
import { analyzeFiles, writeRun } from '../../src/cli/run-analysis.js';
import { reportChunks } from '../../src/report/render-chunks.js';
import type { RawOptions } from '../../src/cli/options.js';

/** A stream that remembers what was written to it. */
function fakeStream(isTTY: boolean) {
  const written: string[] = [];
  return { isTTY, written, write: (text: string) => written.push(text) > 0 };
}

const BIG = PROGRESS_MIN_CHARS;

describe('formatProgress', () => {
  it('says rows read, share, rate and time left', () => {
    expect(formatProgress({ label: 'district.csv', rows: 412_000, fraction: 0.41, elapsedSeconds: 2 })).toBe(
      'impact: reading district.csv: 412,000 rows (41%), 206,000 rows/s, about 3 s left',
    );
  });

  it('leaves out the rate and time left until they are known', () => {
    expect(formatProgress({ label: 'a.csv', rows: 0, fraction: 0, elapsedSeconds: 0 })).toBe('impact: reading a.csv: 0 rows (0%)');
  });

  it('gives minutes for long reads', () => {
    expect(formatProgress({ label: 'state.csv', rows: 100_000, fraction: 0.1, elapsedSeconds: 10 })).toBe(
      'impact: reading state.csv: 100,000 rows (10%), 10,000 rows/s, about 1 min 30 s left',
    );
  });
});

describe('TerminalProgress', () => {
  it('is silent when the stream is not a terminal', () => {
    const stream = fakeStream(false);
    const progress = new TerminalProgress(stream, () => 0);
    progress.reading('big.csv', 0, 0, BIG);
    progress.reading('big.csv', 4096, BIG / 2, BIG);
    progress.finished('big.csv');
    expect(stream.written).toEqual([]);
  });

  it('is silent for files under 50 MB', () => {
    const stream = fakeStream(true);
    const progress = new TerminalProgress(stream, () => 0);
    progress.reading('small.csv', 0, 0, BIG - 1);
    progress.finished('small.csv');
    expect(stream.written).toEqual([]);
  });

  it('redraws one line at most four times a second and erases it at the end', () => {
    const stream = fakeStream(true);
    let now = 0;
    const progress = new TerminalProgress(stream, () => now);
    progress.reading('big.csv', 0, 0, BIG);
    now = 100;
    progress.reading('big.csv', 4096, BIG / 100, BIG); // too soon: not drawn
    now = 1000;
    progress.reading('big.csv', 100_000, BIG / 4, BIG);
    progress.finished('big.csv');
    expect(stream.written).toEqual([
      '\rimpact: reading big.csv: 0 rows (0%)\u001B[K',
      '\rimpact: reading big.csv: 100,000 rows (25%), 100,000 rows/s, about 3 s left\u001B[K',
      '\r\u001B[K',
    ]);
  });
});

describe('progressFor', () => {
  const tty = fakeStream(true) as unknown as NodeJS.WriteStream;
  const pipe = fakeStream(false) as unknown as NodeJS.WriteStream;

  it('gives no progress when stderr is not a terminal', () => {
    expect(progressFor('out.json', { stdout: pipe, stderr: pipe })).toBeUndefined();
    expect(progressFor(undefined, { stdout: tty, stderr: pipe })).toBeUndefined();
  });

  it('gives no progress when the output goes to a terminal stdout', () => {
    expect(progressFor(undefined, { stdout: tty, stderr: tty })).toBeUndefined();
    expect(progressFor('-', { stdout: tty, stderr: tty })).toBeUndefined();
  });

  it('draws on a terminal stderr when the output goes to a file or a pipe', () => {
    expect(progressFor('out.json', { stdout: tty, stderr: tty })).toBeInstanceOf(TerminalProgress);
    expect(progressFor(undefined, { stdout: pipe, stderr: tty })).toBeInstanceOf(TerminalProgress);
  });
});

describe('reading tells the progress listener', () => {
  function listener() {
    const calls: string[] = [];
    const progress: ReadProgress = {
      reading: (label, rows, read, total) => calls.push(`${label} ${rows} ${read <= total}`) > 0 && undefined,
      finished: (label) => calls.push(`${label} finished`) > 0 && undefined,
    };
    return { calls, progress };
  }

  it('at the start, every 4,096 records and at the end', () => {
    const csv = `ID,Score\n${Array.from({ length: 10_000 }, (_, index) => `${index},1`).join('\n')}\n`;
    const { calls, progress } = listener();
    const table = tableFromBytes(Buffer.from(csv), 'scores.csv', { progress });
    expect([...table.rows]).toHaveLength(10_000);
    expect(calls).toEqual(['scores.csv 0 true', 'scores.csv 4096 true', 'scores.csv 8192 true', 'scores.csv finished']);
  });

  it('and when reading stops at an error', () => {
    const { calls, progress } = listener();
    const csv = `a,b\n${Array.from({ length: 5000 }, (_, index) => `${index},2`).join('\n')}\n3,"oops\n`;
    const table = tableFromBytes(Buffer.from(csv), 'bad.csv', { progress });
    expect(() => [...table.rows]).toThrow(/never closes/);
    expect(calls).toEqual(['bad.csv 0 true', 'bad.csv 4096 true', 'bad.csv finished']);
  });
});

describe('import and inspect read with the progress line too', () => {
  const csv = `ID,Score\n${Array.from({ length: 5000 }, (_, index) => `${index},1`).join('\n')}\n`;

  function listener() {
    const calls: string[] = [];
    const progress: ReadProgress = {
      reading: (label, rows) => calls.push(`${label} ${rows}`) > 0 && undefined,
      finished: (label) => calls.push(`${label} finished`) > 0 && undefined,
    };
    return { calls, progress };
  }

  it('impact import (readSide)', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'impact-progress-')), 'pre.csv');
    writeFileSync(file, csv);
    const { calls, progress } = listener();
    const reading = { ...sampleCycle().reading, id: 'ID', score: 'Score' };
    const read = await readSide(file, reading, 'pre', sideSelection(reading, 'pre'), { progress });
    expect(read.rows).toHaveLength(5000);
    expect(calls).toEqual([`${file} 0`, `${file} 4096`, `${file} finished`]);
  });

  it('impact inspect (inspectFile)', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'impact-progress-')), 'scores.csv');
    writeFileSync(file, csv);
    const { calls, progress } = listener();
    await inspectFile(file, { progress });
    expect(calls.slice(0, 3)).toEqual([`${file} 0`, `${file} 4096`, `${file} finished`]);
  });
});

describe('stages after reading', () => {
  it('are drawn only after a large file was read, replace each other, and are erased at the end', () => {
    const stream = fakeStream(true);
    const progress = new TerminalProgress(stream, () => 0);
    progress.stage('matching 3 rows'); // no large file yet: nothing
    progress.reading('big.csv', 0, 0, BIG);
    progress.finished('big.csv');
    progress.stage('matching 1,000,000 rows');
    progress.stage('analysing 995,009 students');
    progress.end();
    progress.end();
    expect(stream.written).toEqual([
      '\rimpact: reading big.csv: 0 rows (0%)\u001B[K',
      '\r\u001B[K',
      '\rimpact: matching 1,000,000 rows…\u001B[K',
      '\rimpact: analysing 995,009 students…\u001B[K',
      '\r\u001B[K',
    ]);
  });

  it('report: reading, matching, analysing, writing, then the end', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'impact-stages-'));
    const file = join(dir, 'scores.csv');
    writeFileSync(file, `ID,Pre,Post\n${Array.from({ length: 30 }, (_, index) => `${index},${10 + (index % 7)},${14 + (index % 5)}`).join('\n')}\n`);
    const calls: string[] = [];
    const progress: ReadProgress = {
      reading: (label, rows) => calls.push(`reading ${rows}`) > 0 && undefined,
      finished: () => calls.push('finished') > 0 && undefined,
      stage: (text) => calls.push(text) > 0 && undefined,
      end: () => calls.push('end') > 0 && undefined,
    };
    const raw = { id: 'ID', pre: 'Pre', post: 'Post', format: 'json', effectSize: 'dav', benchmark: 'hattie', view: 'full', out: join(dir, 'report.json') } as RawOptions;
    const findings = await analyzeFiles([file], raw, progress);
    await writeRun({ findings, raw, salt: null, inputs: [file], progress }, reportChunks);
    expect(calls).toEqual(['reading 0', 'finished', 'matching 30 rows', 'analysing 30 students', `writing ${raw.out}`, 'end']);
    expect(JSON.parse(readFileSync(raw.out as string, 'utf8')).ledger.matched).toBe(30);
  });
});
