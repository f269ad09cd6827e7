#!/usr/bin/env node
/**
 * Times the ingest alone (`readCohort`: reading, tokenizing, classifying rows, matching) on the
 * built code (`npm run build` first), with the garbage collector's share, so a change to
 * src/ingest can be measured without the analysis and the JSON writer around it (issue 7).
 *
 *   node bench/ingest.mjs [wide|long|two-file] [students] [runs]
 *   node bench/ingest.mjs wide 1000000 3
 *
 * Reads the files bench/generate.mjs writes (BENCH_DIR, default /tmp/ib: wide-N.csv, long-N.csv,
 * pre-N.csv and post-N.csv) with the benchmark's flags. IMPACT_ROOT=/other/checkout times another
 * build (e.g. the commit before a change) with the same script. Each run is a fresh process, so one
 * run's heap does not slow the next; prints each run's wall and CPU milliseconds and its
 * scavenge and mark-compact milliseconds, then the medians and the least of each (the machine
 * is shared: the least is the least disturbed).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [layout = 'wide', students = '1000000', runs = '3'] = process.argv.slice(2);
const dir = process.env.BENCH_DIR ?? '/tmp/ib';

if (process.env.IMPACT_INGEST_CHILD === undefined) {
  const results = [];
  for (let run = 0; run < Number(runs); run++) {
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), layout, students], { env: { ...process.env, IMPACT_INGEST_CHILD: '1' }, encoding: 'utf8' });
    if (child.status !== 0) {
      process.stderr.write(child.stderr);
      process.exit(1);
    }
    const result = JSON.parse(child.stdout);
    results.push(result);
    console.log(`run ${run + 1}: ${format(result)}`);
  }
  const median = (key) => results.map((result) => result[key]).sort((a, b) => a - b)[Math.floor(results.length / 2)];
  const least = (key) => Math.min(...results.map((result) => result[key]));
  console.log(`median: ${format({ wall: median('wall'), cpu: median('cpu'), scavenge: median('scavenge'), markCompact: median('markCompact'), students: results[0].students })}`);
  console.log(`least:  ${format({ wall: least('wall'), cpu: least('cpu'), scavenge: least('scavenge'), markCompact: least('markCompact'), students: results[0].students })}`);
} else {
  const { setFlagsFromString } = await import('node:v8');
  setFlagsFromString('--heap-growing-percent=100'); // as bin/impact.js
  const { PerformanceObserver, constants } = await import('node:perf_hooks');
  const root = process.env.IMPACT_ROOT ?? join(fileURLToPath(import.meta.url), '..', '..');
  const { readCohort } = await import(join(root, 'dist', 'ingest', 'read-cohort.js'));
  const common = { id: 'Student ID', strategy: 'Strategy', teacher: 'Teacher', by: ['ELL'] };
  const options =
    layout === 'wide'
      ? { ...common, files: [join(dir, `wide-${students}.csv`)], pre: 'Pre Score', post: 'Post Score' }
      : layout === 'long'
        ? { ...common, files: [join(dir, `long-${students}.csv`)], window: 'TermName', pre: 'Fall 2025-2026', post: 'Winter 2025-2026', score: 'TestRITScore' }
        : { ...common, files: [join(dir, `pre-${students}.csv`), join(dir, `post-${students}.csv`)], score: 'Score' };
  const gc = { scavenge: 0, markCompact: 0 };
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.detail?.kind === constants.NODE_PERFORMANCE_GC_MINOR) gc.scavenge += entry.duration;
      else if (entry.detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) gc.markCompact += entry.duration;
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const cohort = await readCohort(options);
  const wall = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  // Let the observer see the last collections.
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  process.stdout.write(JSON.stringify({ wall, cpu: (cpu.user + cpu.system) / 1000, ...gc, students: cohort.students.length }));
}

function format(result) {
  return `wall ${result.wall.toFixed(0)} ms, cpu ${result.cpu.toFixed(0)} ms, scavenge ${result.scavenge.toFixed(0)} ms, mark-compact ${result.markCompact.toFixed(0)} ms (${result.students} students)`;
}
