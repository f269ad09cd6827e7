#!/usr/bin/env node
/**
 * Micro-benchmark of `summarizeScores` (src/analysis/group.ts) on the per-teacher groups of a
 * state-wide report: 40,000 synthetic classes of 25 students, scores out of 40 drawn from the
 * distributions bench/generate.mjs uses, with a fixed PRNG (every run sees the same groups).
 * Runs against the built dist/, so build first:
 *
 *   npm run build --silent && node bench/groups.mjs
 *   node bench/groups.mjs --groups 10000 --rounds 5     fewer groups, more timed rounds
 *   node bench/groups.mjs --json groups.json            also write every Group, to diff two builds
 *   node bench/groups.mjs --dist /tmp/old-dist         time another build (a copy of an older dist/)
 *   node bench/groups.mjs --discard                     drop each Group at once: the computation without
 *                                                       the garbage collection of keeping 40,000 results
 *
 * One untimed warm-up pass, then `--rounds` timed passes over every group; prints the wall-clock
 * µs per group of the best and of the median pass, the best pass's CPU time (all threads; steadier
 * than wall-clock time on a busy machine) and the time spent collecting garbage.
 */
import { writeFileSync } from 'node:fs';
import { PerformanceObserver } from 'node:perf_hooks';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index === -1 ? fallback : args[index + 1];
};
const dist = option('--dist', join(dirname(fileURLToPath(import.meta.url)), '..', 'dist'));
const built = await import(pathToFileURL(join(dist, 'analysis', 'group.js')).href);
// A group's figures and its warning, as the analysis makes them; a build from before round 4 of
// issue 7 (--dist) has summarizeGroup over student objects instead.
const summarize = built.summarizeScores
  ? (group, label, warnings) => {
      const { group: figures, reasons } = built.summarizeScores(group.pre, group.post, SETTINGS);
      if (reasons !== null) warnings.push(built.figuresNotComputed(label, figures.n, reasons));
      return figures;
    }
  : (group, label, warnings) => built.summarizeGroup(group.students, SETTINGS, label, warnings);
const groupCount = Number(option('--groups', '40000'));
const rounds = Number(option('--rounds', '3'));
const jsonOut = option('--json', null);
const discard = args.includes('--discard');
const PER_GROUP = 25;
const EFFECTS = [1.0, 2.5, 3.5, 4.5, 3.0];
const SETTINGS = { maxScore: 40, proficientAt: 28 };

/** A counter-based PRNG: MurmurHash3's 32-bit finalizer of 1, 2, 3, … as a uniform in [0, 1). */
function counterRandom(seed) {
  let counter = seed >>> 0;
  return () => {
    let h = (counter = (counter + 1) >>> 0);
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
  };
}

const next = counterRandom(20250901);
const normal = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
const clamp = (value) => Math.max(0, Math.min(40, Math.round(value)));
const groups = [];
for (let g = 0; g < groupCount; g++) {
  const effect = EFFECTS[g % EFFECTS.length];
  const group = { pre: [], post: [], students: [] };
  for (let i = 0; i < PER_GROUP; i++) {
    const pre = clamp(18 + 6 * normal());
    const post = clamp(pre + effect + 4 * normal());
    group.pre.push(pre);
    group.post.push(post);
    group.students.push({ id: String(g * PER_GROUP + i), name: null, strategy: null, teacher: `T${g}`, section: null, groups: {}, pre, post });
  }
  groups.push(group);
}

// Garbage collection during the timed passes (the Groups are kept, as a report keeps them).
let gcMillis = 0;
const gcObserver = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) gcMillis += entry.duration;
});

function pass(keep = !discard) {
  const warnings = [];
  const results = new Array(groups.length);
  const cpuStarted = process.cpuUsage();
  const started = process.hrtime.bigint();
  for (let g = 0; g < groups.length; g++) {
    const group = summarize(groups[g], `teacher T${g}`, warnings);
    results[keep ? g : 0] = group;
  }
  const micros = Number(process.hrtime.bigint() - started) / 1e3 / groups.length;
  const cpu = process.cpuUsage(cpuStarted);
  return { micros, cpuMicros: (cpu.user + cpu.system) / groups.length, results, warnings };
}

const warm = pass(!discard || jsonOut !== null);
gcObserver.observe({ entryTypes: ['gc'] });
const timings = [];
const cpuTimings = [];
for (let round = 0; round < rounds; round++) {
  const { micros, cpuMicros } = pass();
  timings.push(micros);
  cpuTimings.push(cpuMicros);
  await new Promise((resolve) => setTimeout(resolve, 10)); // lets the observer receive the pass's GC entries
}
gcObserver.disconnect();
timings.sort((a, b) => a - b);
cpuTimings.sort((a, b) => a - b);
const best = timings[0];
const middle = timings[Math.floor(timings.length / 2)];
const gcMicros = (gcMillis * 1e3) / (rounds * groupCount);
process.stdout.write(
  `summarizeScores, ${groupCount} groups of ${PER_GROUP}${discard ? ' (discarded)' : ''}: best ${best.toFixed(2)} µs/group, ` +
    `median ${middle.toFixed(2)} µs/group; CPU time best ${cpuTimings[0].toFixed(2)} µs/group ` +
    `(${rounds} rounds after a warm-up; garbage collection ${gcMicros.toFixed(2)} µs/group on average; ${warm.warnings.length} warnings)\n`,
);
if (jsonOut !== null) writeFileSync(jsonOut, JSON.stringify({ groups: warm.results, warnings: warm.warnings }));
