#!/usr/bin/env node
// Runs the built CLI; `npm run build` writes dist/.
import { setFlagsFromString } from 'node:v8';

// Issue 7: after each full garbage collection let the heap grow by 10% at most (V8's default on a
// machine with plenty of memory is up to 4×): the 1,000,000-student wide benchmark peaks at
// 556–562 MB instead of 575–599 MB at 15%, about 640 MB at 30% and 1.35 GB at the default, with
// no measurable change in time. A garbage-collection heuristic only; no result depends on it.
setFlagsFromString('--heap-growing-percent=10');

const { main } = await import('../dist/cli/main.js');
process.exitCode = await main(process.argv.slice(2));
