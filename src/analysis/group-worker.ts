/**
 * Worker thread of a large analysis (see parallel.ts). It loads while the main thread plans the
 * jobs, then receives them (`WorkerInput`, in shared memory), takes chunks from the shared counter
 * until none is left, writes each group's figures into the shared results, and posts the reasons
 * for null figures, by job number (`WorkerOutput`). Any error ends the thread and reaches the main
 * thread as the worker's `error` event.
 */
import { parentPort } from 'node:worker_threads';
import { takeJobs } from './group-jobs.js';
import { writeGroupFigures } from './group-figures.js';
import type { WorkerInput, WorkerOutput } from './parallel.js';

parentPort!.once('message', ({ jobs, settings, figures }: WorkerInput) => {
  const reasons: Array<[number, string]> = [];
  let taken = 0;
  takeJobs(jobs, settings, (job, summary) => {
    writeGroupFigures(summary.group, figures, job);
    if (summary.reasons !== null) reasons.push([job, summary.reasons]);
    taken++;
  });
  const output: WorkerOutput = { taken, reasons };
  parentPort!.postMessage(output);
});
