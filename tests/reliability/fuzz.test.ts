/**
 * Issue 8, fuzzing with fast-check: random bytes and structure-aware random CSVs through
 * `readCohort`, `inspectFile` and the CLI (`main()` of the built program, in-process for speed).
 * Laws: nothing escapes but an `InputError` / `UsageError` with a message; the ledger accounts
 * for every row (`rowsRead === rows.length === matchedRows + every other count`, and one row per
 * record after the header); the CLI exits 0, 1, 2 or 3 with one line plus a hint on stderr; CSV
 * output has no live formula, HTML no live markup, and `--anonymize` prints no ID.
 *
 * `npm test` runs FUZZ_RUNS (default 60) cases per property; `npm run fuzz` runs 2,500 per
 * property (12,500 in all). A failure prints fast-check's seed and the shrunk counterexample;
 * replay it with FUZZ_SEED=<seed>.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImpactError, InputError, UsageError } from '../../src/errors.js';
import { inspectFile } from '../../src/ingest/inspect.js';
import { ledgerAddsUp } from '../../src/ingest/ledger.js';
import { readCohort } from '../../src/ingest/read-cohort.js';
import { LIVE_HTML, liveFormula, parseCsv } from './safety-checks.js';
import { HOSTILE_NAMES } from './fuzz-corpus.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
// `npm test` replays the same cases every run (CI must not fail by chance); `npm run fuzz` sets
// FUZZ_RUNS and draws a new seed each time, printed with any failure.
const SEED = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : process.env.FUZZ_RUNS === undefined ? 20261122 : undefined;
const settings = { numRuns: RUNS, seed: SEED, endOnFailure: true };
const TIMEOUT = Math.max(60_000, RUNS * 200);

let work: string;
let template: string;
let counter = 0;
type Main = (argv: string[]) => Promise<number>;
let main: Main;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'impact-fuzz-'));
  ({ main } = (await import('../../dist/cli/main.js')) as { main: Main });
  template = join(work, 'template');
  const init = await runMain(['init', template, '--yes', '--title', 'Fuzz', '--problem', 'P', '--strategy', 'A']);
  expect(init.code).toBe(0);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

function fileOf(bytes: Uint8Array, extension = 'csv'): string {
  const file = join(work, `case-${++counter % 64}.${extension}`);
  writeFileSync(file, bytes);
  return file;
}

/** Runs `main()` of the built CLI with stdout and stderr captured. */
async function runMain(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const capture = (append: (text: string) => void) =>
    ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      append(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      const callback = rest.find((value) => typeof value === 'function') as (() => void) | undefined;
      if (callback) queueMicrotask(callback);
      return true;
    }) as typeof process.stdout.write;
  const writes = { out: process.stdout.write, err: process.stderr.write };
  const listeners = process.stdout.listeners('error');
  process.stdout.write = capture((text) => (stdout += text));
  process.stderr.write = capture((text) => (stderr += text));
  try {
    const code = await main(argv);
    return { code, stdout, stderr };
  } finally {
    process.stdout.write = writes.out;
    process.stderr.write = writes.err;
    for (const listener of process.stdout.listeners('error')) if (!listeners.includes(listener)) process.stdout.off('error', listener as () => void);
  }
}

/** An error from reading must be ours, with a message; anything else is a bug. */
function expectImpactError(error: unknown): void {
  if (!(error instanceof InputError || error instanceof UsageError)) throw error;
  expect((error as ImpactError).message.length).toBeGreaterThan(0);
}

// ---- generators -------------------------------------------------------------------------------

const score = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -5, max: 60 }).map(String) },
  { weight: 2, arbitrary: fc.double({ min: -100, max: 100, noNaN: true }).map((value) => String(value)) },
  { weight: 3, arbitrary: fc.constantFrom('', ' ', 'EX', 'ABS', 'N/A', '#N/A', '-', 'Missing', 'excused') },
  { weight: 2, arbitrary: fc.constantFrom('1e309', 'NaN', 'Infinity', '-0', '0x1F', '12,5', '1,234', '85%', '17/20', '920L', 'B+', '<1', '--', '+7') },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);
const text = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_NAMES) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);
const id = fc.oneof(fc.integer({ min: 1, max: 40 }).map((n) => `ZQ${1000 + n}`), fc.constantFrom('', ' ', '007', '=1+1', 'Points Possible', 'Class Average'));

interface Shape {
  columns: string[];
  rows: string[][];
  delimiter: string;
  eol: string;
  quoteAll: boolean;
  bom: boolean;
  encoding: 'utf-8' | 'utf-16le' | 'windows-1252';
}

const shape: fc.Arbitrary<Shape> = fc
  .record({
    extras: fc.subarray(['Teacher', 'Strategy', 'Section', 'Grade', 'Notes']),
    order: fc.nat(),
    rows: fc.array(fc.tuple(id, text, score, score, fc.array(text, { maxLength: 5 }), fc.nat({ max: 9 })), { maxLength: 30 }),
    delimiter: fc.constantFrom(',', ';', '\t', '|'),
    eol: fc.constantFrom('\n', '\r\n', '\r'),
    quoteAll: fc.boolean(),
    bom: fc.boolean(),
    encoding: fc.constantFrom('utf-8', 'utf-8', 'utf-16le', 'windows-1252') as fc.Arbitrary<Shape['encoding']>,
  })
  .map(({ extras, order, rows, delimiter, eol, quoteAll, bom, encoding }) => {
    const columns = ['ID', 'Name', 'Pre', 'Post', ...extras];
    const rotate = order % columns.length;
    const permuted = [...columns.slice(rotate), ...columns.slice(0, rotate)];
    const data = rows.map(([rowId, name, pre, post, more, ragged]) => {
      const values: Record<string, string> = { ID: rowId, Name: name, Pre: pre, Post: post };
      extras.forEach((column, index) => (values[column] = more[index] ?? ''));
      const cells = permuted.map((column) => values[column]);
      return ragged === 0 ? cells.slice(0, Math.max(1, cells.length - 2)) : ragged === 1 ? [...cells, 'extra'] : cells;
    });
    return { columns: permuted, rows: data, delimiter, eol, quoteAll, bom, encoding };
  });

function serialise(input: Shape): Buffer {
  const quote = (cell: string) =>
    input.quoteAll || cell.includes(input.delimiter) || /["\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
  const body = [input.columns, ...input.rows].map((cells) => cells.map(quote).join(input.delimiter)).join(input.eol) + input.eol;
  if (input.encoding === 'utf-16le') return Buffer.concat([Buffer.from(input.bom ? [0xff, 0xfe] : []), iconv.encode(body, 'utf-16le')]);
  if (input.encoding === 'windows-1252') return iconv.encode(body, 'windows-1252');
  return Buffer.concat([Buffer.from(input.bom ? [0xef, 0xbb, 0xbf] : []), Buffer.from(body, 'utf8')]);
}

/** A valid file, then damaged: bytes flipped, quotes, line ends, NULs and delimiters dropped in. */
const mutated = fc
  .tuple(shape, fc.array(fc.tuple(fc.nat(), fc.constantFrom(0x22, 0x0d, 0x0a, 0x00, 0x2c, 0x3b, 0xff, 0xfe, 0xef, 0x80), fc.boolean()), { maxLength: 6 }))
  .map(([input, edits]) => {
    const bytes = [...serialise(input)];
    for (const [at, byte, insert] of edits) {
      if (bytes.length === 0) bytes.push(byte);
      else if (insert) bytes.splice(at % (bytes.length + 1), 0, byte);
      else bytes[at % bytes.length] = byte;
    }
    return Buffer.from(bytes);
  });

const randomBytes = fc.oneof(fc.uint8Array({ maxLength: 3000 }), fc.uint8Array({ maxLength: 200, min: 0x09, max: 0x7e }), mutated);

// ---- properties -------------------------------------------------------------------------------

describe('fuzz: readCohort and inspect', () => {
  it('random and damaged bytes: an InputError/UsageError or a ledger that adds up', async () => {
    await fc.assert(
      fc.asyncProperty(randomBytes, fc.boolean(), async (bytes, skip) => {
        const file = fileOf(bytes);
        try {
          const cohort = await readCohort({ files: [file], pre: 'Pre', post: 'Post', unparseable: skip ? 'skip' : 'error', duplicates: skip ? 'mean' : 'error' });
          expect(ledgerAddsUp(cohort.ledger)).toBe(true);
        } catch (error) {
          expectImpactError(error);
        }
        try {
          await inspectFile(file, {});
        } catch (error) {
          expectImpactError(error);
        }
      }),
      settings,
    );
  }, TIMEOUT);

  it('structure-aware CSVs: every record after the header is one ledger row', async () => {
    await fc.assert(
      fc.asyncProperty(shape, async (input) => {
        const file = fileOf(serialise(input));
        try {
          const cohort = await readCohort({
            files: [file], pre: 'Pre', post: 'Post', id: 'ID', delimiter: input.delimiter, encoding: input.encoding,
            unparseable: 'skip', duplicates: 'last',
          });
          expect(ledgerAddsUp(cohort.ledger)).toBe(true);
          expect(cohort.ledger.rowsRead).toBe(input.rows.length);
          expect(cohort.ledger.matchedRows).toBe(cohort.students.length);
        } catch (error) {
          expectImpactError(error);
        }
      }),
      settings,
    );
  }, TIMEOUT);

  it('two files: pre and post rows all land in the ledger', async () => {
    await fc.assert(
      fc.asyncProperty(shape, shape, async (pre, post) => {
        const files = [fileOf(serialise(pre)), fileOf(serialise(post))];
        try {
          const cohort = await readCohort({ files, score: 'Pre', id: 'ID', duplicates: 'max', unparseable: 'skip' });
          expect(ledgerAddsUp(cohort.ledger)).toBe(true);
        } catch (error) {
          expectImpactError(error);
        }
      }),
      settings,
    );
  }, TIMEOUT);
});

describe('fuzz: the CLI pipeline (main() of dist, in-process)', () => {
  const format = fc.constantFrom('text', 'md', 'html', 'csv', 'json');

  it('report / students: exit 0-3, one-line errors, safe CSV and HTML, --anonymize leaks no ID', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof({ weight: 3, arbitrary: shape.map(serialise) }, { weight: 1, arbitrary: randomBytes }), fc.constantFrom('report', 'students'), format, fc.boolean(), fc.boolean(), async (bytes, command, chosen, anonymize, lenient) => {
        const file = fileOf(bytes);
        const argv = [command, file, '--pre', 'Pre', '--post', 'Post', '--format', chosen];
        if (anonymize) argv.push('--anonymize');
        if (lenient) argv.push('--unparseable', 'skip', '--duplicates', 'last');
        const result = await runMain(argv);
        expect([0, 1, 2, 3], result.stderr).toContain(result.code);
        if (result.code !== 0) {
          const lines = result.stderr.split('\n');
          expect(lines.length, result.stderr).toBe(3);
          expect(lines[0]).toMatch(/^impact: error: \S/);
          expect(lines[1]).toMatch(/^hint: \S/);
          return;
        }
        if (chosen === 'csv') expect(parseCsv(result.stdout).flat().filter(liveFormula)).toEqual([]);
        if (chosen === 'html') expect(result.stdout).not.toMatch(LIVE_HTML);
        if (anonymize) {
          // Every ID the tool read (ledger rows, students) must be gone. An ID-shaped text that
          // damaged quoting moved into another column (a teacher cell) is not an ID to the tool.
          const plain = await runMain([command, file, '--pre', 'Pre', '--post', 'Post', '--format', 'json', ...argv.slice(8).filter((arg) => arg !== '--anonymize')]);
          const report = JSON.parse(plain.stdout) as { ledger?: { rows: Array<{ id: string | null }> }; students: Array<{ id: string }> };
          const ids = new Set([...(report.ledger?.rows ?? []).map((row) => row.id), ...report.students.map((student) => student.id)].filter((id): id is string => id !== null && /ZQ10\d\d/.test(id)));
          for (const id of ids) expect(result.stdout).not.toContain(id);
        }
      }),
      settings,
    );
  }, TIMEOUT);

  it('import: exit 0-2 with one-line errors on damaged exports', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(shape.map(serialise), mutated), fc.constantFrom('pre', 'post'), async (bytes, side) => {
        const cycle = join(work, 'cycle');
        rmSync(cycle, { recursive: true, force: true });
        cpSync(template, cycle, { recursive: true });
        const result = await runMain(['import', side, fileOf(bytes), '--cycle', cycle, '--score', side === 'pre' ? 'Pre' : 'Post', '--id', 'ID']);
        expect([0, 1, 2], result.stderr).toContain(result.code);
        if (result.code !== 0) expect(result.stderr.split('\n')).toHaveLength(3);
      }),
      { ...settings, numRuns: Math.max(10, Math.round(RUNS / 2)) },
    );
  }, TIMEOUT);
});
