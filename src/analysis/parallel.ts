/**
 * Worker threads for a large analysis (issue 7): while the main thread builds the per-student
 * rows, workers summarise groups (the strategies and 40,000 classrooms at a million students),
 * taking chunks of jobs from the same shared counter as the main thread once it joins them.
 * Loaded only for large inputs (`analyzeInParallel`), so a class report pays nothing.
 *
 * The worker is the built `group-worker.js` beside this file. Under vitest this module runs from
 * its TypeScript source, where that file does not exist: `workerCount` is then 0 and the analysis
 * stays in one thread (tests/analysis/parallel.test.ts runs the built CLI for the worker path).
 */
import { existsSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { GroupJobs } from './group-jobs.js';
import type { GroupSettings } from './group.js';
import type { GroupFigures } from './group-figures.js';

// The main thread's side of the shared figures, loaded with this module (only for a large analysis).
export { groupFigures, readGroupFigures } from './group-figures.js';

/** What a group worker is sent: the jobs and their shared counter, and where to write the figures. */
export interface WorkerInput {
  jobs: GroupJobs;
  settings: GroupSettings;
  /** Where job j's group goes: group j of these figures (group-figures.ts), in shared memory. */
  figures: GroupFigures;
}

/** What a group worker posts when no job is left. */
export interface WorkerOutput {
  /** How many jobs it summarised. */
  taken: number;
  /** The reasons for null figures (`GroupSummary.reasons`) of its jobs that have any, by job number. */
  reasons: Array<[number, string]>;
}

/**
 * At most this many workers: the jobs run out before more threads pay for their start-up
 * (about 50 ms and 10–20 MB each).
 */
export const MAX_WORKERS = 3;

const WORKER_SCRIPT = new URL('./group-worker.js', import.meta.url);

/**
 * A worker's young generation, in MB. Its garbage is short-lived (each group's arrays and
 * figures), so a small young generation costs nothing in time; V8's default let a worker's heap
 * reach about 70 MB at a million students, against about 15 MB with this (measured with
 * v8.getHeapStatistics() in the worker), and the report's peak memory stay under 600 MB.
 */
const WORKER_YOUNG_GENERATION_MB = 8;

/**
 * How many workers to start: one fewer than the cores Node may use (the main thread works too),
 * at most `MAX_WORKERS` and at least `least`; 0 (analyse in the main thread) on one core (unless
 * `least` says otherwise) or when the built worker script is missing (the TypeScript sources
 * under vitest).
 *
 * @param least the fewest workers wanted (tests ask for 1, to run the worker path on any machine)
 * @example
 * workerCount(); // => 1 on a 2-core machine, running dist/
 */
export function workerCount(least = 0): number {
  if (!existsSync(fileURLToPath(WORKER_SCRIPT))) return 0;
  return Math.max(least, Math.min(MAX_WORKERS, availableParallelism() - 1));
}

/**
 * A full garbage collection, now. `analyzeInParallel` calls it once before it starts the workers
 * and allocates the shared arrays: reading a large file leaves its garbage (about 130 MB at a
 * million students) for V8's next full collection, which otherwise runs concurrently while the
 * workers start and the per-student rows are built, on the same two cores, and finishes late:
 * the 1M wide report then peaked at 540–609 MB (median 598), against 531–553 MB (median 550)
 * with this collection first, in about the same time (analysis 2.65 s median against 2.74 s over
 * six runs each). V8 has no API for it without `--expose-gc`; the flag, set now, gives the `gc`
 * function to a new context, whose `gc` collects the whole heap.
 *
 * @example
 * collectGarbage(); // about 0.2 s with 400 MB of heap
 */
export function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

/** Workers started by `startWorkers`. */
export interface Workers<I, O> {
  /** Sends every worker its input (once). */
  send(input: I): void;
  /**
   * Every worker's one message, in start order. Rejects with the first worker's error, or when a
   * worker ends without posting; the workers are then stopped.
   */
  results(): Promise<O[]>;
  /** Stops every worker. */
  stop(): void;
}

/**
 * Starts `count` workers running `script`, each expected to receive one input (`send`) and post
 * one message back. A worker that throws, that ends without posting, or whose message cannot be
 * read rejects `results()` with an Error: a failure is an error, never a wait without end. The
 * workers start loading at once, so their start-up overlaps whatever the caller does before
 * `send`.
 *
 * @example
 * const workers = startWorkers<WorkerInput, WorkerOutput>(new URL('./group-worker.js', import.meta.url), 1);
 * workers.send(input);
 * const [output] = await workers.results();
 */
export function startWorkers<I, O>(script: URL, count: number): Workers<I, O> {
  const workers: Worker[] = [];
  const outputs: Array<Promise<O>> = [];
  for (let i = 0; i < count; i++) {
    const worker = new Worker(script, { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
    workers.push(worker);
    outputs.push(
      new Promise<O>((resolve, reject) => {
        let settled = false;
        const settle = (outcome: () => void): void => {
          if (settled) return;
          settled = true;
          outcome();
        };
        worker.once('message', (message: O) => settle(() => resolve(message)));
        worker.once('messageerror', (error) => settle(() => reject(error)));
        worker.once('error', (error) => settle(() => reject(error)));
        worker.once('exit', (code) => settle(() => reject(new Error(`an analysis worker thread stopped (exit code ${code}) before it finished`))));
      }),
    );
  }
  const stop = (): void => {
    for (const worker of workers) void worker.terminate();
  };
  const all = Promise.all(outputs).finally(stop);
  // Observed by the caller's `results()`; until then a rejection must not count as unhandled.
  all.catch(() => undefined);
  return {
    send: (input) => {
      for (const worker of workers) worker.postMessage(input);
    },
    results: () => all,
    stop,
  };
}

/**
 * Starts the group workers (see group-worker.ts).
 *
 * @example
 * const workers = startGroupWorkers(workerCount());
 */
export function startGroupWorkers(count: number): Workers<WorkerInput, WorkerOutput> {
  return startWorkers<WorkerInput, WorkerOutput>(WORKER_SCRIPT, count);
}
