/**
 * Worker threads for a large analysis (parallel.ts): a worker's failure is an error, never a
 * wait without end; the TypeScript sources (no built worker script) stay in one thread; and the
 * built CLI's report through the workers is byte for byte the one-thread report. The worker path
 * needs dist/ (npm test builds it first); `IMPACT_PARALLEL_TEST=workers` sends even a small file
 * through it and leaves every group to the workers.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { collectGarbage, startWorkers, workerCount } from '../../src/analysis/parallel.js';
import { analyze, analyzeInParallel } from '../../src/analysis/analyze.js';
import type { Cohort, MatchedStudent } from '../../src/ingest/types.js';
import { ROW_STATUSES } from '../../src/ingest/types.js';
import { LedgerRows } from '../../src/ingest/ledger-rows.js';
import { StudentTable } from '../../src/ingest/student-table.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

/** A worker from source text (an ES module). */
function script(source: string): URL {
  return new URL(`data:text/javascript,${encodeURIComponent(source)}`);
}

describe('startWorkers', () => {
  it('sends each worker the input and collects one message from each, in start order', async () => {
    const workers = startWorkers<number, string>(
      script(`import { parentPort } from 'node:worker_threads';
        parentPort.once('message', (n) => parentPort.postMessage(String(n * 2)));`),
      2,
    );
    workers.send(21);
    expect(await workers.results()).toEqual(['42', '42']);
  });

  it('rejects with the error of a worker that throws', async () => {
    const workers = startWorkers<number, string>(
      script(`import { parentPort } from 'node:worker_threads';
        parentPort.once('message', () => { throw new Error('no such group'); });`),
      1,
    );
    workers.send(1);
    await expect(workers.results()).rejects.toThrow('no such group');
  });

  it('rejects when a worker fails to load', async () => {
    const workers = startWorkers<number, string>(script(`import './no-such-module.js';`), 1);
    workers.send(1);
    await expect(workers.results()).rejects.toThrow();
  });

  it('rejects, rather than waiting for ever, when a worker ends without posting', async () => {
    const workers = startWorkers<number, string>(
      script(`import { parentPort } from 'node:worker_threads';
        parentPort.once('message', () => process.exit(3));`),
      1,
    );
    workers.send(1);
    await expect(workers.results()).rejects.toThrow('an analysis worker thread stopped (exit code 3) before it finished');
  });

  it('rejects when the workers are stopped before they finish', async () => {
    const workers = startWorkers<number, string>(script(`setInterval(() => {}, 1000);`), 2);
    workers.stop();
    await expect(workers.results()).rejects.toThrow(/stopped \(exit code \d+\) before it finished/);
  });
});

describe('workerCount', () => {
  it('is 0 for the TypeScript sources, which have no built worker script beside them', () => {
    expect(workerCount()).toBe(0);
    expect(workerCount(1)).toBe(0);
  });
});

describe('collectGarbage', () => {
  it('collects without giving this context a gc function', () => {
    collectGarbage();
    expect('gc' in globalThis).toBe(false);
  });
});

describe('analyzeInParallel', () => {
  function cohort(): Cohort {
    const students = StudentTable.from(
      Array.from({ length: 40 }, (_, i): MatchedStudent => ({
        id: String(i), name: null, strategy: i % 2 === 0 ? 'A' : 'B', teacher: `T${i % 4}`, section: null, groups: {}, pre: i % 30, post: (i * 7) % 40,
      })),
    );
    const counts = Object.fromEntries(ROW_STATUSES.map((status) => [status, 0])) as Cohort['ledger']['counts'];
    counts.matched = students.length;
    return {
      students, unmatched: [], ledger: { rowsRead: 40, matchedRows: 40, counts, rows: new LedgerRows() }, maxScore: 40, breakdowns: [],
      hasTeacher: true, hasSection: false, hasStrategy: true, notices: [],
    };
  }

  it('is analyze for a class (and for the sources, which have no worker)', async () => {
    const options = { effectSize: 'dav', benchmark: 'hattie', maxScore: null, proficientAt: 28, reference: 'B' } as const;
    expect(await analyzeInParallel(cohort(), options)).toEqual(analyze(cohort(), options));
  });
});

/**
 * A district export: 3 strategies and business as usual, 60 teachers, an ELL column with blanks.
 * Whole scores come sorted by teacher (each class a run of rows); decimal scores shuffled.
 */
function district(decimals: boolean): string {
  let state = 7;
  const random = (): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const strategies = ['Business as usual', 'Number talks', 'Retrieval practice', 'Worked examples'];
  const rows: string[] = [];
  for (let i = 0; i < 1500; i++) {
    const teacher = Math.floor(i / 25);
    const pre = decimals ? Math.round(random() * 400) / 10 : Math.floor(random() * 41);
    // Teacher T58 has no change at all and T59 one student: figures not computed, with warnings.
    const post = teacher === 58 ? pre : Math.min(40, pre + (decimals ? Math.round(random() * 80) / 10 : Math.floor(random() * 9)));
    if (teacher === 59 && i % 25 !== 0) continue;
    const ell = i % 11 === 0 ? '' : random() < 0.2 ? 'Y' : 'N';
    rows.push(`${100000 + i},T${teacher},${strategies[teacher % 4]},${ell},${pre},${post}`);
  }
  for (let i = decimals ? rows.length - 1 : 0; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [rows[i], rows[j]] = [rows[j], rows[i]];
  }
  return ['ID,Teacher,Strategy,ELL,Pre,Post', ...rows].join('\n') + '\n';
}

describe('the built CLI through the worker threads', () => {
  const dir = mkdtempSync(join(tmpdir(), 'impact-parallel-'));
  const args = (file: string): string[] => [
    'report', file, '--id', 'ID', '--pre', 'Pre', '--post', 'Post', '--strategy', 'Strategy', '--teacher', 'Teacher', '--by', 'ELL',
    '--reference', 'Business as usual', '--max-score', '40', '--proficient-at', '28', '--format', 'json',
  ];

  it('has a worker script to run, and a second core to run it on', async () => {
    expect(existsSync(join(ROOT, 'dist/analysis/group-worker.js'))).toBe(true);
    const built = (await import(pathToFileURL(join(ROOT, 'dist/analysis/parallel.js')).href)) as typeof import('../../src/analysis/parallel.js');
    expect(built.workerCount()).toBe(Math.min(3, Math.max(0, availableParallelism() - 1)));
  });

  it.each([
    ['whole scores', false],
    ['decimal scores', true],
  ])('writes the same JSON report as one thread (%s)', (_, decimals) => {
    const file = join(dir, `district-${decimals ? 'decimal' : 'whole'}.csv`);
    writeFileSync(file, district(decimals));
    const parallel = runCli(args(file), { env: { IMPACT_PARALLEL_TEST: 'workers' } });
    const single = runCli(args(file), { env: { IMPACT_PARALLEL_TEST: 'off' } });
    expect(parallel.stderr).toBe('');
    expect(parallel.code).toBe(0);
    expect(single.code).toBe(0);
    expect(parallel.stdout).toBe(single.stdout);
    const report = JSON.parse(parallel.stdout);
    expect(report.strategies.map((strategy: { strategy: string; n: number }) => [strategy.strategy, strategy.n])).toEqual([
      ['Number talks', 375],
      ['Retrieval practice', 375],
      ['Worked examples', 351],
      ['Business as usual', 375],
    ]);
    expect(report.strategies[2].breakdowns.teacher.at(-1)).toMatchObject({ value: 'T59', n: 1, pre: { sd: null } });
    expect(report.warnings.filter((warning: { code: string }) => warning.code === 'figure-not-computed').map((warning: { message: string }) => warning.message.split(':')[0])).toEqual([
      'Retrieval practice, teacher T58 (n = 25)',
      'Worked examples, teacher T59 (n = 1)',
    ]);
  });
});
