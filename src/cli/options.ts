/**
 * The flags shared by `report` and `students` (and, for reading, `inspect` and `import`): how they
 * are declared on a commander command, and how their raw strings become the typed objects the
 * pipeline takes. Commands never look at raw option strings themselves.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import type { BenchmarkName, EffectSizeKind } from '../analysis/findings.js';
import type { ColumnRef, DuplicatePolicy, ReadOptions, RowFilter } from '../ingest/types.js';
import type { AnalysisOptions } from '../analysis/analyze.js';
import type { ReportFormat } from '../report/render.js';
import { UsageError } from '../errors.js';
import { parseSize } from '../ingest/input-limits.js';
import { progressFor } from './progress.js';

/** A header name (trimmed) or a 1-based column number. */
export function parseColumnRef(raw: string): ColumnRef {
  const text = raw.trim();
  if (text === '') throw new InvalidArgumentError('a column name or number is required.');
  if (/^\d+$/.test(text)) {
    const number = Number(text);
    if (number < 1) throw new InvalidArgumentError('column numbers start at 1.');
    return number;
  }
  return text;
}

/** `COL=VALUE` → a row filter. */
export function parseRowFilter(raw: string): RowFilter {
  const at = raw.indexOf('=');
  if (at <= 0) throw new InvalidArgumentError(`expected COLUMN=VALUE, got "${raw}".`);
  return { column: parseColumnRef(raw.slice(0, at)), value: raw.slice(at + 1).trim() };
}

/** A finite number, for `--max-score` and `--proficient-at`. */
export function parseNumber(raw: string): number {
  const value = Number(raw.trim());
  if (raw.trim() === '' || !Number.isFinite(value)) throw new InvalidArgumentError(`"${raw}" is not a number.`);
  return value;
}

/** A whole number ≥ 1, for `--min-n`. */
export function parsePositiveInteger(raw: string): number {
  const value = Number(raw.trim());
  if (!Number.isInteger(value) || value < 1) throw new InvalidArgumentError(`"${raw}" is not a whole number of at least 1.`);
  return value;
}

/** A size for `--max-field-size`: `1MB`, `512KB`, `2000000` (characters). */
export function parseFieldSize(raw: string): number {
  const size = parseSize(raw);
  if (size === null) throw new InvalidArgumentError(`"${raw}" is not a size; use e.g. 4MB, 512KB or 2000000.`);
  return size;
}

function collect<T>(parse: (raw: string) => T) {
  return (raw: string, previous: T[] | undefined): T[] => [...(previous ?? []), parse(raw)];
}

/** Reading flags: layout, columns, filters, duplicates, encoding. */
export function addReadOptions(command: Command): Command {
  return command
    .option('--id <col>', 'student ID column (name or number)', parseColumnRef)
    .option('--name <col>', 'student name column', parseColumnRef)
    .option('--score <col>', 'score column (two files: in both; long file: the score)', parseColumnRef)
    .option('--pre-score <col>', 'score column of the pre file (two files)', parseColumnRef)
    .option('--post-score <col>', 'score column of the post file (two files)', parseColumnRef)
    .option('--pre <text>', 'wide file: the pre score column; long file: the pre window label')
    .option('--post <text>', 'wide file: the post score column; long file: the post window label')
    .option('--window <col>', 'long file: the column naming the test window (e.g. TermName)', parseColumnRef)
    .option('--strategy <col>', 'column naming each student\'s strategy', parseColumnRef)
    .option('--strategy-name <text>', 'give every row this strategy')
    .option('--teacher <col>', 'teacher column', parseColumnRef)
    .option('--section <col>', 'section (class period) column', parseColumnRef)
    .option('--by <col>', 'breakdown column, repeatable (e.g. ELL, IEP, Grade)', collect(parseColumnRef))
    .option('--where <col=value>', 'keep only rows where COL equals VALUE, repeatable', collect(parseRowFilter))
    .option('--pre-where <col=value>', 'long file: rows that are the pre-assessment, repeatable', collect(parseRowFilter))
    .option('--post-where <col=value>', 'long file: rows that are the post-assessment, repeatable', collect(parseRowFilter))
    .addOption(
      new Option('--duplicates <policy>', 'what to do with a student\'s repeated rows')
        .choices(['error', 'first', 'last', 'max', 'mean'])
        .default('error'),
    )
    .option('--delimiter <char>', 'field separator (default: sniffed from , ; tab)')
    .option('--encoding <name>', 'file encoding (default: sniffed; utf-8, windows-1252, utf-16le…)')
    .addOption(new Option('--id-normalize <mode>', 'strip-zeros: match IDs that Excel stripped of leading zeros').choices(['none', 'strip-zeros']))
    .addOption(
      new Option('--unparseable <policy>', 'a score that is not a number: error, or skip the row (listed in the ledger)')
        .choices(['error', 'skip'])
        .default('error'),
    )
    .addOption(new Option('--match <key>', 'match pre to post by id (default) or by name').choices(['id', 'name']).default('id'))
    .option('--max-field-size <size>', 'longest cell allowed, e.g. 16MB (default 1MB)', parseFieldSize);
}

/** Analysis flags: scale, cutoff, reference, headline effect size, benchmark. */
export function addAnalysisOptions(command: Command): Command {
  return command
    .option('--max-score <n>', 'maximum possible score (default: from a Points Possible row)', parseNumber)
    .option('--proficient-at <n>', 'score that meets the learning target', parseNumber)
    .option('--reference <strategy>', 'the comparison strategy, e.g. "Business as usual"')
    .addOption(new Option('--effect-size <kind>', 'headline effect size').choices(['dav', 'dz', 'drm', 'db']).default('dav'))
    .addOption(new Option('--benchmark <name>', 'benchmark for effect sizes').choices(['hattie', 'cohen', 'kraft']).default('hattie'));
}

/** Output flags: format, destination, privacy. */
export function addOutputOptions(command: Command): Command {
  return command
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'md', 'html', 'csv', 'json']).default('text'))
    .option('--out <path>', 'write to this file (default: stdout; - is stdout)')
    .option('--anonymize', 'replace names and IDs with stable pseudonyms')
    .option('--no-anonymize', 'show names and IDs even when the cycle says to anonymize')
    .option('--min-n <n>', 'suppress groups smaller than N', parsePositiveInteger)
    .addOption(new Option('--view <view>', 'team: leave out per-student rows').choices(['full', 'team']).default('full'))
    .option('--excel', 'CSV: start with a byte-order mark so Excel reads UTF-8')
    .option('--verbose', 'show stack traces for errors');
}

/** `--cycle DIR`: the cycle folder (default: the current folder). */
export function addCycleOption(command: Command, description = 'the cycle folder (default: the current folder)'): Command {
  return command.option('--cycle <dir>', description);
}

/** The options the user typed on the command line (not defaults): these override a cycle's saved ones. */
export function givenOptions(command: Command): Set<string> {
  const options = command.opts();
  return new Set(Object.keys(options).filter((key) => command.getOptionValueSource(key) === 'cli'));
}

/** The raw options object commander builds from the three groups above. */
export interface RawOptions {
  id?: ColumnRef;
  name?: ColumnRef;
  score?: ColumnRef;
  preScore?: ColumnRef;
  postScore?: ColumnRef;
  pre?: string;
  post?: string;
  window?: ColumnRef;
  strategy?: ColumnRef;
  strategyName?: string;
  teacher?: ColumnRef;
  section?: ColumnRef;
  by?: ColumnRef[];
  where?: RowFilter[];
  preWhere?: RowFilter[];
  postWhere?: RowFilter[];
  duplicates: DuplicatePolicy;
  delimiter?: string;
  encoding?: string;
  idNormalize?: 'none' | 'strip-zeros';
  match: 'id' | 'name';
  unparseable: 'error' | 'skip';
  maxScore?: number;
  maxFieldSize?: number;
  proficientAt?: number;
  reference?: string;
  effectSize: EffectSizeKind;
  benchmark: BenchmarkName;
  format: ReportFormat;
  out?: string;
  anonymize?: boolean;
  minN?: number;
  view: 'full' | 'team';
  excel?: boolean;
  verbose?: boolean;
  /** `--cycle DIR` (report, students, import, status). */
  cycle?: string;
}

/**
 * Files plus reading flags → `ReadOptions`, with the layout checks a user gets told about early,
 * and the progress line for large files when stderr is a terminal (see progress.ts).
 */
export function toReadOptions(files: string[], raw: RawOptions): ReadOptions {
  if (files.length === 0) throw new UsageError('no input files given.', 'Example: impact report pre.csv post.csv --id "Student ID" --score Score');
  if (files.length > 2) throw new UsageError(`expected one or two files, got ${files.length}.`, 'Give the pre and post files, or one file with --pre/--post columns.');
  if (files.filter((file) => file === '-').length > 1) throw new UsageError('only one input can be stdin (-).');
  if (raw.strategy !== undefined && raw.strategyName !== undefined) {
    throw new UsageError('--strategy and --strategy-name cannot be used together.', '--strategy names a column; --strategy-name gives every row one strategy.');
  }
  if (raw.delimiter !== undefined && [...raw.delimiter.replace('\\t', '\t')].length !== 1) {
    throw new UsageError(`--delimiter must be one character, got "${raw.delimiter}".`, 'Use --delimiter ";" or --delimiter "\\t".');
  }
  return {
    files,
    id: raw.id,
    name: raw.name,
    score: raw.score,
    preScore: raw.preScore,
    postScore: raw.postScore,
    pre: raw.pre,
    post: raw.post,
    window: raw.window,
    strategy: raw.strategy,
    strategyName: raw.strategyName,
    teacher: raw.teacher,
    section: raw.section,
    by: raw.by ?? [],
    where: raw.where ?? [],
    preWhere: raw.preWhere ?? [],
    postWhere: raw.postWhere ?? [],
    duplicates: raw.duplicates,
    delimiter: raw.delimiter === '\\t' ? '\t' : raw.delimiter,
    encoding: raw.encoding,
    idNormalize: raw.idNormalize ?? 'none',
    match: raw.match,
    unparseable: raw.unparseable,
    maxScore: raw.maxScore,
    maxFieldSize: raw.maxFieldSize,
    progress: progressFor(raw.out),
  };
}

/** Analysis flags → `AnalysisOptions`. */
export function toAnalysisOptions(raw: RawOptions): AnalysisOptions {
  return {
    effectSize: raw.effectSize,
    benchmark: raw.benchmark,
    maxScore: raw.maxScore ?? null,
    proficientAt: raw.proficientAt ?? null,
    reference: raw.reference ?? null,
  };
}
