/**
 * The bad-input corpus of issue 8: every file under fixtures/bad plus the large ones that
 * fixtures/bad/generate-large.mjs writes into a temporary folder, each with the exit code and the
 * message every command must answer with.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error -- a plain .mjs generator without types
import { writeLargeFixtures, LARGE } from '../../fixtures/bad/generate-large.mjs';
import { ROOT } from '../helpers/run-cli.js';

export type Command = 'report' | 'students' | 'inspect' | 'import';
export const COMMANDS: readonly Command[] = ['report', 'students', 'inspect', 'import'];

/** Exit code and the pattern the first stderr line must match (null: success, stderr clean). */
export type Expected = [code: number, message: RegExp | null];

export interface CorpusCase {
  name: string;
  /** Under fixtures/bad, or (large) the generated folder. */
  file: string;
  large?: boolean;
  /** What each command answers; `all` for the ones not listed. */
  expect: Partial<Record<Command, Expected>> & { all: Expected };
  /** For a success: what the report's text must say. */
  reportSays?: RegExp;
}

const ok: Expected = [0, null];
const badScore = (raw: string, line = 2): Partial<Record<Command, Expected>> & { all: Expected } => ({
  all: [1, new RegExp(`:${line}, column "Pre": score "${raw.replace(/[.]/g, '\\.')}" is not a number or a known missing-score code`)],
  inspect: ok,
  import: ok, // import keeps the raw cell; report on the cycle then stops at it
});

export const CORPUS: CorpusCase[] = [
  { name: 'empty file', file: 'empty.csv', expect: { all: [1, /empty\.csv: the file is empty/] } },
  { name: 'only a BOM', file: 'bom-only.csv', expect: { all: [1, /bom-only\.csv: the file is empty/] } },
  { name: 'header only', file: 'header-only.csv', expect: { all: ok }, reportSays: /No student has both a pre- and a post-score/ },
  { name: 'unterminated quote', file: 'unclosed-quote.csv', expect: { all: [1, /unclosed-quote\.csv:4: a quoted field starting on line 4 never closes/] } },
  { name: 'ragged rows', file: 'ragged-rows.csv', expect: { all: ok } },
  { name: 'NUL bytes', file: 'nul-bytes.csv', expect: { all: [1, /nul-bytes\.csv:2: the file contains a NUL byte/] } },
  { name: 'UTF-16 with BOM', file: 'utf16le-bom.csv', expect: { all: ok }, reportSays: /3 students matched/ },
  { name: 'random binary', file: 'random-binary.bin', expect: { all: [1, /random-binary\.bin:\d+: the file contains a NUL byte/] } },
  { name: 'an Excel workbook', file: 'workbook.xlsx', expect: { all: [1, /workbook\.xlsx: this is an Excel workbook \(\.xlsx\)/] } },
  { name: 'a 5 MB single field', file: LARGE.hugeField, large: true, expect: { all: [1, /huge-field\.csv:3, column "Name": the cell is 5\.0 MB long, over the 1\.0 MB limit for one cell/] } },
  { name: 'a quote that swallows 60,000 lines', file: LARGE.swallowingQuote, large: true, expect: { all: [1, /swallowing-quote\.csv:3, column "Name": the cell is 1\.5 MB long/] } },
  { name: '5,000 columns', file: LARGE.wide, large: true, expect: { all: ok }, reportSays: /3 students matched/ },
  { name: 'mixed CR, LF and CRLF', file: 'mixed-newlines.csv', expect: { all: ok }, reportSays: /3 students matched/ },
  { name: 'lone CR line ends', file: 'mac-newlines.csv', expect: { all: ok }, reportSays: /3 students matched/ },
  { name: 'quoted names over several lines', file: 'multiline-names.csv', expect: { all: ok }, reportSays: /3 students matched/ },
  { name: 'Windows-1252 text', file: 'latin1.csv', expect: { all: ok }, reportSays: /3 students matched/ },
  // `--pre Pre` could mean either "Pre" column: a usage error that says how to name each (the
  // teacher gradebook of tests/cli/vendor-exports.test.ts reads such a file with --pre 4).
  { name: 'duplicate header names', file: 'duplicate-headers.csv', expect: { all: [2, /--(?:pre|score) "Pre": \S*duplicate-headers\.csv has 2 columns headed "Pre" \(3 "Pre", 4 "Pre \(2\)"\)/], inspect: ok } },
  { name: 'every score missing', file: 'all-scores-missing.csv', expect: { all: ok }, reportSays: /No student has both a pre- and a post-score/ },
  { name: 'score 1e309', file: 'score-1e309.csv', expect: badScore('1e309') },
  { name: 'score NaN', file: 'score-nan.csv', expect: badScore('NaN') },
  { name: 'score Infinity', file: 'score-infinity.csv', expect: badScore('Infinity') },
  { name: 'score 0x1F', file: 'score-hex.csv', expect: badScore('0x1F') },
  { name: 'score -0', file: 'score-negative-zero.csv', expect: { all: ok }, reportSays: /3 students matched/ },
  { name: 'hostile names', file: 'hostile-names.csv', expect: { all: ok }, reportSays: /8 students matched/ },
  {
    name: 'one ID repeated 1,000 times',
    file: 'repeated-id.csv',
    expect: { all: [1, /repeated-id\.csv:3: 1 student appears more than once .*: 7 \(.*lines 2, 3, 4, 5, 6, 7, 8, 9, … 1000 rows in all\)/], inspect: ok, import: ok },
  },
  { name: 'a repeated student', file: 'duplicate-ids.csv', expect: { all: [1, /duplicate-ids\.csv:5: 1 student appears more than once/], inspect: ok, import: ok } },
  { name: '200,000 rows, an unclosed quote on line 100,001', file: LARGE.badQuote, large: true, expect: { all: [1, /rows-200k-bad-quote\.csv:100001: a quoted field starting on line 100001 never closes/] } },
  { name: '200,000 rows, a bad score on line 150,001', file: LARGE.badScore, large: true, expect: badScore('12..5', 150001) },
];

/** Expected answer of `command` for a case. */
export function expected(item: CorpusCase, command: Command): Expected {
  return item.expect[command] ?? item.expect.all;
}

/** A folder holding the large fixtures; remove it with `dispose`. */
export function largeFixtures(): { dir: string; dispose: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'impact-corpus-'));
  writeLargeFixtures(dir);
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The path of a case's file. */
export function corpusPath(item: CorpusCase, largeDir: string): string {
  return item.large === true ? join(largeDir, item.file) : join(ROOT, 'fixtures', 'bad', item.file);
}

/** Names and IDs in the corpus that `--anonymize` must never print. */
export const PRIVATE_STRINGS = [
  'ZX7701', 'ZX7702', 'ZX7703', 'ZX7704', 'ZX7705', 'ZX7706', 'ZX7707', 'ZX7708',
  'alert(1)', 'HYPERLINK', 'calc', 'SUM(A1', 'Zelda', 'Tabby', 'pwned', 'onerror',
  'Lund', 'Åsa', 'Peña', 'Inés', 'Ng, Al', 'Student 1',
];
