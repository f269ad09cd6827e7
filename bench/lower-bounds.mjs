#!/usr/bin/env node
/**
 * The least three steps of a 1M-student wide report can cost in Node (README, "What is left"):
 *
 * 1. reading: decoding the file, finding the cells, making the ID and name strings, coding the
 *    teacher, strategy and ELL cells without making strings, reading the whole-number scores and
 *    checking the IDs for duplicates in an open-addressing table — no ledger, no filters, no
 *    checks, and only the columns of bench/generate.mjs's wide file;
 * 2. formatting the teachers' groups' figures: `String()` of 1.6 million doubles;
 * 3. writing 378 MB (the report's size) to a file in 1 MB writes.
 *
 * `node bench/lower-bounds.mjs /tmp/bench/wide-1000000.csv` prints each step's time.
 */
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const file = process.argv[2];
if (file === undefined) {
  process.stderr.write('usage: node bench/lower-bounds.mjs WIDE.csv (made by bench/generate.mjs)\n');
  process.exit(2);
}

function read(path) {
  const started = performance.now();
  const text = readFileSync(path).toString('utf8');
  const decoded = performance.now();
  const header = text.slice(0, text.indexOf('\n')).split(',');
  const column = (name) => {
    const index = header.indexOf(name);
    if (index === -1) throw new Error(`${path} has no ${name} column: is it bench/generate.mjs's wide file?`);
    return index;
  };
  const [ID, NAME, TEACHER, STRATEGY, ELL, PRE, POST] = ['Student ID', 'Student Name', 'Teacher', 'Strategy', 'ELL', 'Pre Score', 'Post Score'].map(column);
  const capacity = Math.ceil(text.length / 60);
  const ids = new Array(capacity);
  const names = new Array(capacity);
  const teachers = new Int32Array(capacity);
  const strategies = new Int32Array(capacity);
  const ell = new Int8Array(capacity);
  const pre = new Int16Array(capacity);
  const post = new Int16Array(capacity);
  const slots = new Int32Array(1 << 22);
  const mask = slots.length - 1;
  const starts = new Int32Array(64);
  const ends = new Int32Array(64);
  const same = (from, to, otherFrom, otherTo) => {
    if (to - from !== otherTo - otherFrom) return false;
    for (let k = 0; k < to - from; k++) if (text.charCodeAt(from + k) !== text.charCodeAt(otherFrom + k)) return false;
    return true;
  };
  const whole = (from, to) => {
    let value = 0;
    for (let k = from; k < to; k++) value = value * 10 + text.charCodeAt(k) - 48;
    return value;
  };
  let teacher = [-1, -1, -1];
  let strategy = [-1, -1, -1];
  let index = text.indexOf('\n') + 1;
  let rows = 0;
  let duplicates = 0;
  while (index < text.length) {
    let field = 0;
    for (;;) {
      let code = text.charCodeAt(index);
      if (code === 34) {
        starts[field] = index + 1;
        const quote = text.indexOf('"', index + 1);
        ends[field++] = quote;
        index = quote + 1;
        code = text.charCodeAt(index);
      } else {
        starts[field] = index;
        while (code !== 44 && code !== 10 && index < text.length) code = text.charCodeAt(++index);
        ends[field++] = index;
      }
      index++;
      if (code !== 44) break;
    }
    const id = text.slice(starts[ID], ends[ID]);
    ids[rows] = id;
    names[rows] = text.slice(starts[NAME], ends[NAME]);
    if (!same(starts[TEACHER], ends[TEACHER], teacher[1], teacher[2])) teacher = [teacher[0] + 1, starts[TEACHER], ends[TEACHER]];
    teachers[rows] = teacher[0];
    if (!same(starts[STRATEGY], ends[STRATEGY], strategy[1], strategy[2])) strategy = [strategy[0] + 1, starts[STRATEGY], ends[STRATEGY]];
    strategies[rows] = strategy[0];
    ell[rows] = text.charCodeAt(starts[ELL]) === 89 ? 1 : 0;
    pre[rows] = whole(starts[PRE], ends[PRE]);
    post[rows] = whole(starts[POST], ends[POST]);
    let hash = 0x811c9dc5 | 0;
    for (let k = starts[ID]; k < ends[ID]; k++) hash = Math.imul(hash ^ text.charCodeAt(k), 0x01000193);
    hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
    for (let slot = (hash ^ (hash >>> 13)) & mask; ; slot = (slot + 1) & mask) {
      const taken = slots[slot];
      if (taken === 0) {
        slots[slot] = rows + 1;
        break;
      }
      if (ids[taken - 1] === id) {
        duplicates++;
        break;
      }
    }
    rows++;
  }
  return { decode: decoded - started, rows: performance.now() - decoded, count: rows, duplicates };
}

function formatDoubles(count) {
  const values = new Float64Array(count);
  let state = 12345;
  for (let i = 0; i < count; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    values[i] = (state / 2 ** 32) * 40 - 5;
  }
  const started = performance.now();
  let length = 0;
  for (let i = 0; i < count; i++) length += String(values[i]).length;
  return { time: performance.now() - started, length };
}

function write(bytes) {
  const dir = mkdtempSync(join(tmpdir(), 'impact-lower-'));
  const buffer = Buffer.alloc(1 << 20, 97);
  const started = performance.now();
  const fd = openSync(join(dir, 'out.json'), 'w');
  for (let written = 0; written < bytes; written += buffer.length) writeSync(fd, buffer, 0, Math.min(buffer.length, bytes - written));
  closeSync(fd);
  const time = performance.now() - started;
  rmSync(dir, { recursive: true, force: true });
  return time;
}

const ms = (value) => `${(value / 1000).toFixed(2)} s`;
const reading = read(file);
process.stdout.write(`reading: ${ms(reading.decode)} to read and decode, ${ms(reading.rows)} for ${reading.count.toLocaleString('en')} rows (${reading.duplicates} duplicate IDs)\n`);
const doubles = formatDoubles(1_600_000);
process.stdout.write(`formatting: ${ms(doubles.time)} for String() of 1,600,000 doubles (${doubles.length.toLocaleString('en')} characters)\n`);
process.stdout.write(`writing: ${ms(write(378e6))} for 378 MB\n`);
