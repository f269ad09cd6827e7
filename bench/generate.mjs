#!/usr/bin/env node
/**
 * Synthetic exports for the benchmark: a district of N students in three layouts.
 *
 *   node bench/generate.mjs <students> <dir>   → dir/wide-N.csv, dir/long-N.csv, dir/pre-N.csv, dir/post-N.csv
 *
 * Five strategies; 25 students per teacher (so 40,000 teachers at 1,000,000 students), each teacher
 * teaching one strategy; an ELL column (about 15% Y). Scores out of 40; about 1 in 200 post scores
 * is ABS (a missing-score code), so the ledger has more than one status. Deterministic: the same N
 * gives the same bytes.
 */
import { closeSync, createWriteStream, fsyncSync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';

const STRATEGIES = ['Business as usual', 'Number talks', 'Retrieval practice', 'Whiteboard fluency', 'Worked examples'];
const EFFECTS = [1.0, 2.5, 3.5, 4.5, 3.0];
const PER_TEACHER = 25;
const FIRST = ['Ada', 'Ben', 'Cleo', 'Dev', 'Eli', 'Fay', 'Gus', 'Hana', 'Ivan', 'Jo', 'Kai', 'Lena', 'Milo', 'Nia', 'Omar', 'Pia'];
const SCHOOLS = ['Lincoln Elementary', 'Roosevelt Middle School', 'Hillside Academy', 'Maple Grove Elementary', 'Riverside K-8'];
const LAST = ['Berg', 'Okafor', 'Nguyen', 'Garcia', 'Smith', 'Kowalski', 'Haddad', 'Ito', 'Silva', 'Larsen', 'Moreau', 'Patel'];

/** mulberry32: a small deterministic PRNG. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function clamp(value) {
  return Math.max(0, Math.min(40, Math.round(value)));
}

/** Yields one student at a time. */
function* students(count) {
  const next = random(20250901);
  const normal = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  for (let index = 0; index < count; index++) {
    const teacher = Math.floor(index / PER_TEACHER);
    const strategy = teacher % STRATEGIES.length;
    const pre = clamp(18 + 6 * normal());
    const post = clamp(pre + EFFECTS[strategy] + 4 * normal());
    yield {
      id: String(100000 + index).padStart(7, '0'),
      name: `${LAST[index % LAST.length]}, ${FIRST[(index * 7) % FIRST.length]}`,
      teacher: `T${String(teacher + 1).padStart(5, '0')}`,
      school: SCHOOLS[Math.floor(teacher / 40) % SCHOOLS.length],
      grade: String(3 + (Math.floor(teacher / 8) % 6)),
      strategy: STRATEGIES[strategy],
      ell: next() < 0.15 ? 'Y' : 'N',
      pre: String(pre),
      post: next() < 0.005 ? 'ABS' : String(post),
    };
  }
}

function csvText(text) {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Writes lines through a stream, honouring backpressure, then flushes the file to disk: otherwise
 * the system writes the new files back (hundreds of MB at 1M students) while the benchmark is
 * timing the runs that read them (1M wide, three bench runs each: 7.05–7.72 s without the flush,
 * 6.60–7.33 s with it).
 */
async function writeLines(path, header, lines) {
  const out = createWriteStream(path);
  let buffer = `${header}\n`;
  for (const line of lines) {
    buffer += `${line}\n`;
    if (buffer.length > 1 << 16) {
      if (!out.write(buffer)) await new Promise((done) => out.once('drain', done));
      buffer = '';
    }
  }
  out.write(buffer);
  await new Promise((done, fail) => out.end((error) => (error ? fail(error) : done())));
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export async function generate(count, dir) {
  mkdirSync(dir, { recursive: true });
  const files = {
    wide: join(dir, `wide-${count}.csv`),
    long: join(dir, `long-${count}.csv`),
    pre: join(dir, `pre-${count}.csv`),
    post: join(dir, `post-${count}.csv`),
  };
  const common = (s) => `${s.id},${csvText(s.name)},${s.school},${s.grade},${s.teacher},${s.strategy},${s.ell}`;
  await writeLines(files.wide, 'Student ID,Student Name,School,Grade,Teacher,Strategy,ELL,Pre Score,Post Score', (function* () {
    for (const s of students(count)) yield `${common(s)},${s.pre},${s.post}`;
  })());
  await writeLines(files.long, 'Student ID,Student Name,School,Grade,Teacher,Strategy,ELL,TermName,TestRITScore', (function* () {
    for (const s of students(count)) {
      yield `${common(s)},Fall 2025-2026,${s.pre}`;
      yield `${common(s)},Winter 2025-2026,${s.post}`;
    }
  })());
  await writeLines(files.pre, 'Student ID,Student Name,School,Grade,Teacher,Strategy,ELL,Score', (function* () {
    for (const s of students(count)) yield `${common(s)},${s.pre}`;
  })());
  await writeLines(files.post, 'Student ID,Student Name,School,Grade,Teacher,Strategy,ELL,Score', (function* () {
    for (const s of students(count)) yield `${common(s)},${s.post}`;
  })());
  return files;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 1000);
  const dir = process.argv[3] ?? 'bench/data';
  const files = await generate(count, dir);
  process.stdout.write(`${Object.values(files).join('\n')}\n`);
}
