#!/usr/bin/env node
/**
 * The JSON writer alone, on a synthetic report object shaped like `toJsonReport`'s at district
 * scale: N ledger rows and N students (the per-row objects of a wide export), five strategies with
 * a breakdown per teacher (25 students each, so 40,000 teacher groups at 1,000,000) and by ELL.
 * Times, against dist/ (run `npm run build --silent` first):
 *
 *   chunks  generating every chunk of `jsonChunks(report)` (src/report/json-chunks.ts), and its
 *           size in UTF-8 bytes;
 *   write   `writeFileAtomic(FILE, jsonChunks(report))` (src/cycle/write-file-atomic.ts), wall
 *           time from the first chunk to the renamed file, and the file's size.
 *
 *   node bench/json-writer.mjs                       1,000,000 students, best of 3, file in /tmp
 *   node bench/json-writer.mjs --students 100000 --runs 5 --out /tmp/report.json
 *   node bench/json-writer.mjs --dist /tmp/old-dist   another build (e.g. of an earlier commit)
 *   node bench/json-writer.mjs --rows sequence        the ledger rows kept column by column (typed
 *                                                     arrays) and written as a record sequence,
 *                                                     256 row objects made at a time
 *   node bench/json-writer.mjs --rows columns         the ledger rows and the students as the report
 *                                                     keeps them (LedgerRows, StudentRows), written
 *                                                     from their columns as bytes (json-records.ts)
 *
 * Deterministic: the same N gives the same report.
 */
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index === -1 ? fallback : args[index + 1];
};
const dist = resolve(option('--dist', join(dirname(fileURLToPath(import.meta.url)), '..', 'dist')));
const { jsonChunks } = await import(join(dist, 'report/json-chunks.js'));
const { writeFileAtomic } = await import(join(dist, 'cycle/write-file-atomic.js'));
const count = Number(option('--students', '1000000'));
const runs = Number(option('--runs', '3'));
const out = option('--out', join(tmpdir(), 'impact-json-writer', 'report.json'));
const rowsAs = option('--rows', 'objects');
if (rowsAs !== 'objects' && rowsAs !== 'sequence' && rowsAs !== 'columns') throw new Error('--rows is objects, sequence or columns');

const STRATEGIES = ['Business as usual', 'Number talks', 'Retrieval practice', 'Whiteboard fluency', 'Worked examples'];
const FIRST = ['Ada', 'Ben', 'Cleo', 'Dev', 'Eli', 'Fay', 'Gus', 'Hana', 'Ivan', 'Jo', 'Kai', 'Lena', 'Milo', 'Nia', 'Omar', 'Pia'];
const LAST = ['Berg', 'Okafor', 'Nguyen', 'Garcia', 'Smith', 'Kowalski', 'Haddad', 'Ito', 'Silva', 'Larsen', 'Moreau', 'Patel'];
const PER_TEACHER = 25;

/** A linear congruential generator: deterministic, and random enough for digits. */
let seed = 20250901;
const next = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 4294967296;
const real = () => next() * 2 - 0.5; // full-precision doubles, as the statistics are
const describe = () => ({ mean: 20 + real(), sd: 6 + real(), median: 20, min: 4.5, max: 40 });
const effectSize = () => ({ value: real(), se: real(), ciLow: real(), ciHigh: real(), hedges: real() });
const group = (n) => ({
  n,
  pre: describe(),
  post: describe(),
  gain: { mean: real(), sd: real(), median: 3 },
  r: real(),
  effectSizes: { dav: effectSize(), dz: effectSize(), drm: effectSize(), db: effectSize() },
  tTest: { t: real(), df: n - 1, p: real(), ciLow: real(), ciHigh: real() },
  wilcoxon: { v: 119, p: real() },
  normalizedGain: { class: real(), studentMean: real() },
  proficiency: null,
});

async function syntheticReport(students) {
  const file = '/srv/exports/district/wide-1000000.csv';
  const rows = [];
  const studentRows = [];
  for (let index = 0; index < students; index++) {
    const id = String(1_000_000 + index).padStart(7, '0');
    const teacher = Math.floor(index / PER_TEACHER);
    const absent = index % 200 === 199;
    rows.push({ file, line: index + 2, id, status: absent ? 'missingScore' : 'matched', detail: absent ? 'ABS' : '' });
    const pre = Math.round(next() * 40);
    const post = absent ? null : Math.round(next() * 40);
    studentRows.push({
      id,
      name: `${LAST[index % LAST.length]}, ${FIRST[(index >> 4) % FIRST.length]}`,
      strategy: STRATEGIES[teacher % STRATEGIES.length],
      teacher: `T${String(teacher).padStart(5, '0')}`,
      section: null,
      pre,
      post,
      gain: post === null ? null : post - pre,
      percentGain: null,
      normalizedChange: null,
      effectSize: post === null ? null : real(),
      flag: post === null ? 'no-data' : post < pre ? 'declined' : 'at-or-above-hinge',
    });
  }
  const teachers = Math.ceil(students / PER_TEACHER);
  const strategies = STRATEGIES.map((strategy, s) => {
    const mine = [];
    for (let teacher = s; teacher < teachers; teacher += STRATEGIES.length) mine.push({ value: `T${String(teacher).padStart(5, '0')}`, ...group(PER_TEACHER) });
    return {
      strategy,
      ...group(mine.length * PER_TEACHER),
      breakdowns: { teacher: mine, ELL: [{ value: 'N', ...group(1) }, { value: 'Y', ...group(1) }] },
      pooled: { method: 'REML', k: mine.length, estimate: real(), se: real(), ciLow: real(), ciHigh: real(), tau2: real(), i2: real(), q: real(), qp: real(), piLow: real(), piHigh: real() },
    };
  });
  return {
    tool: { name: 'impact', version: '0.1.0' },
    cycle: { assessment: { maxScore: 40, proficientAt: 28 } },
    settings: { effectSize: 'dav', benchmark: 'hattie', maxScore: 40, proficientAt: 28, reference: null },
    privacy: { anonymized: false, minN: null, view: 'full' },
    ledger: { rowsRead: students, matched: students, preOnly: 0, postOnly: 0, duplicate: 0, missingScore: 0, unparseable: 0, notAStudent: 0, outOfScope: 0, matchedRows: students, rows: rowsAs === 'sequence' ? columnar(rows) : rowsAs === 'columns' ? await keptAsColumns('ingest/ledger-rows.js', 'LedgerRows', rows) : rows },
    strategies,
    comparisons: [],
    students: rowsAs === 'columns' ? await keptAsColumns('analysis/student-rows.js', 'StudentRows', studentRows) : studentRows,
    answer: 'Students taught with Whiteboard fluency gained 6.3 points on average (d_av 1.11, 95% CI 0.89 to 1.34), above the 0.40 hinge point.',
    warnings: [{ code: 'no-reference', message: 'No comparison group: part of any growth would have happened anyway.' }],
  };
}

/**
 * The rows as a record sequence (src/report/json-chunks.ts), stored as src/ingest/ledger-rows.ts
 * stores them: typed arrays, shared ID strings, and each row's object made only when asked for.
 * Marked with the registered symbol, so an older build (without sequences) calls `toJSON()`.
 */
function columnar(rows) {
  const files = [...new Set(rows.map((row) => row.file))];
  const statuses = [...new Set(rows.map((row) => row.status))];
  const fileOf = Int32Array.from(rows, (row) => files.indexOf(row.file));
  const lines = Float64Array.from(rows, (row) => row.line);
  const statusOf = Uint8Array.from(rows, (row) => statuses.indexOf(row.status));
  const ids = rows.map((row) => row.id);
  const details = new Map(rows.flatMap((row, index) => (row.detail === '' ? [] : [[index, row.detail]])));
  const slice = (start, end) => {
    const out = [];
    for (let index = start; index < end; index++) {
      out.push({ file: files[fileOf[index]], line: lines[index], id: ids[index], status: statuses[statusOf[index]], detail: details.get(index) ?? '' });
    }
    return out;
  };
  const { length } = rows; // (the row objects themselves are let go)
  return { [Symbol.for('impact.records')]: true, length, slice, toJSON: () => slice(0, length) };
}

/** The rows stored as the report stores them (`className` from dist/`module`), as the record sequence src/report/json.ts makes of them. */
async function keptAsColumns(module, className, records) {
  const [{ [className]: Rows }, { recordSequence }] = await Promise.all([import(join(dist, module)), import(join(dist, 'report/json-chunks.js'))]);
  const rows = Rows.from(records);
  return recordSequence(rows.length, (start, end) => rows.slice(start, end), rows.columns());
}

const seconds = (started) => Number(process.hrtime.bigint() - started) / 1e9;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

let started = process.hrtime.bigint();
const report = await syntheticReport(count);
console.log(`synthetic report: ${count.toLocaleString('en-US')} students and ledger rows (${{ objects: 'objects', sequence: 'a record sequence', columns: 'columns' }[rowsAs]}), built in ${seconds(started).toFixed(2)} s`);

mkdirSync(dirname(out), { recursive: true });
const chunkTimes = [];
const writeTimes = [];
let bytes = 0;
let fileBytes = 0;
for (let run = 0; run < runs; run++) {
  started = process.hrtime.bigint();
  bytes = 0;
  for (const chunk of jsonChunks(report)) bytes += Buffer.byteLength(chunk);
  chunkTimes.push(seconds(started));
  started = process.hrtime.bigint();
  await writeFileAtomic(out, jsonChunks(report));
  writeTimes.push(seconds(started));
  fileBytes = statSync(out).size;
  rmSync(out);
}
const mb = (value) => (value / 1e6).toFixed(1);
const times = (values) => `best ${Math.min(...values).toFixed(3)} s, median ${median(values).toFixed(3)} s`;
console.log(`chunks: ${mb(bytes)} MB, ${times(chunkTimes)}`);
console.log(`write:  ${mb(fileBytes)} MB to ${out}, ${times(writeTimes)}`);
