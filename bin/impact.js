#!/usr/bin/env node
// Runs the built CLI; `npm run build` writes dist/.
import { setFlagsFromString } from 'node:v8';

// Issue 7: after each full garbage collection let the heap grow by 100% at most (V8's default on a
// machine with plenty of memory is up to 4×). Measured on the 1,000,000-student wide benchmark
// once the ledger and matching state were kept column by column: 6.9–8.5 s and 518–539 MB at 100%,
// 7.0–8.6 s and 509–519 MB at 60%, 7.3–8.1 s and 464–488 MB at 10–30%, 7.8–8.1 s and 575 MB with
// V8's default. A garbage-collection heuristic only; no result depends on it.
setFlagsFromString('--heap-growing-percent=100');

const { main } = await import('../dist/cli/main.js');
process.exitCode = await main(process.argv.slice(2));
