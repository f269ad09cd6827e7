/**
 * The whole ingest: `ReadOptions` in, `Cohort` out.
 *
 * Layouts (DESIGN.md):
 * - two files (pre, post): `--score COL` in both, or `--pre-score` / `--post-score`; `--window`
 *   with `--pre LABEL --post LABEL`, or `--pre-where` / `--post-where`, pick rows within each file.
 * - one wide file: `--pre COL --post COL`.
 * - one long file: `--window COL --pre LABEL --post LABEL --score COL`, or
 *   `--pre-where COL=VALUE --post-where COL=VALUE --score COL` (i-Ready's Y/N flags).
 * `--where COL=VALUE` (all files) keeps only matching rows; the rest are `outOfScope`.
 * Students are matched by ID (trimmed; `--id-normalize strip-zeros` ignores leading zeros), or
 * by normalised name with `--match name`. Every record but the header lands in the ledger.
 */
import { InputError, UsageError } from '../errors.js';
import { guessColumn, listColumns, looksLikeScoreHeader, preferredScoreColumn, resolveColumn } from './columns.js';
import { ownString, type CsvRecord } from './csv-records.js';
import { LedgerBuilder } from './ledger.js';
import type { LedgerRows } from './ledger-rows.js';
import { CandidateRows } from './candidate-rows.js';
import { matchStudents, type Side } from './match-students.js';
import { maximumFromRow } from './non-student.js';
import { cellOf as cell, orNull, scanRows } from './scan-rows.js';
import { normaliseName } from './normalise-name.js';
import { parseScore, type ParsedScore, type ParseScoreOptions } from './parse-score.js';
import { readTable, type Table } from './read-table.js';
import { GroupSets, TextCodes } from './codes.js';
import type { ColumnRef, Cohort, DuplicatePolicy, IngestNotice, ReadOptions, RowFilter } from './types.js';

type LayoutKind = 'two-file' | 'wide' | 'long-window' | 'long-filters';

/** How one file's rows become pre and post scores. */
interface FilePlan {
  file: string;
  /** Two-file layout: every selected row of this file is this side. */
  side: Side | null;
  scoreRef: ColumnRef | undefined;
  preFilters: RowFilter[];
  postFilters: RowFilter[];
}

const POLICIES: readonly DuplicatePolicy[] = ['error', 'first', 'last', 'max', 'mean'];

export async function readCohort(options: ReadOptions): Promise<Cohort> {
  const layout = chooseLayout(options);
  const policy = options.duplicates ?? 'error';
  if (!POLICIES.includes(policy)) throw new UsageError(`--duplicates "${String(policy)}" is not one of ${POLICIES.join(', ')}`);
  if (options.maxScore !== undefined && !(Number.isFinite(options.maxScore) && options.maxScore > 0)) {
    throw new UsageError(`--max-score must be a positive number, not ${String(options.maxScore)}`);
  }
  const plans = planFiles(options, layout);
  const tables: Array<Table | null> = [];
  for (const plan of plans) {
    tables.push(await readTable(plan.file, { delimiter: options.delimiter, encoding: options.encoding, wantedNames: wantedNames(options, plan, layout), maxFieldSize: options.maxFieldSize, progress: options.progress }));
  }
  // Every record becomes a ledger row, and nearly every data record a candidate row.
  const expected = tables.reduce((total, table) => total + Math.max(0, table?.expectedRows ?? 0) + (table?.above.length ?? 0), 0);
  const ledger = new LedgerBuilder(expected);
  const rows = new CandidateRows(new TextCodes(), new GroupSets(), expected);
  const notices: IngestNotice[] = tables.flatMap((table) => table?.notices ?? []);
  const context: ReadContext = { options, layout, ledger, rows, maxScore: options.maxScore ?? null, breakdowns: null, has: { teacher: false, section: false, strategy: options.strategyName !== undefined }, bothSidesRows: 0 };
  // How each file is named in partner details ("no post row in post.csv"): the export itself
  // when the rows carry their source (a cycle's normalised data).
  const labels: string[] = [];
  for (let index = 0; index < tables.length; index++) {
    labels.push(readRows(tables[index] as Table, plans[index], context));
    // Issue 7: a file's text (75 MB for a million students) is let go once its rows are read,
    // before matching needs the memory.
    tables[index] = null;
  }
  if (context.bothSidesRows > 0) {
    notices.push({
      code: 'row-matches-pre-and-post',
      message: `${context.bothSidesRows} ${context.bothSidesRows === 1 ? 'row matches' : 'rows match'} both --pre-where and --post-where (a student with a single test); counted as pre`,
    });
  }
  const byName = options.match === 'name';
  if (byName) {
    notices.push({
      code: 'matched-by-name',
      message: 'Students were matched by name (case, accents, spacing and "Last, First" order ignored), not by ID; check the ledger for students whose names are spelled differently in pre and post',
    });
  }
  options.progress?.stage?.(`matching ${rows.length.toLocaleString('en')} rows`);
  const { students, unmatched } = matchStudents(rows, {
    ledger: ledger.rows,
    policy,
    wide: layout === 'wide',
    keyLabel: byName ? 'name' : 'ID',
    preLabel: layout === 'two-file' ? labels[0] : '',
    postLabel: layout === 'two-file' ? labels[1] : '',
  });
  if (!byName && options.idNormalize !== 'strip-zeros') {
    const rescued = countMatchesWithoutZeros(rows, ledger.rows);
    if (rescued > 0) {
      notices.push({
        code: 'ids-match-without-leading-zeros',
        message: `${rescued} ${rescued === 1 ? 'student' : 'students'} seen in only one test would match if leading zeros were ignored (Excel strips them); try --id-normalize strip-zeros`,
      });
    }
  }
  return {
    students,
    unmatched,
    ledger: ledger.build(students.length),
    maxScore: context.maxScore,
    breakdowns: context.breakdowns ?? [],
    hasTeacher: context.has.teacher,
    hasSection: context.has.section,
    hasStrategy: context.has.strategy,
    notices,
  };
}

/** Pre-only and post-only IDs that are equal once leading zeros are dropped. */
function countMatchesWithoutZeros(rows: CandidateRows, ledger: LedgerRows): number {
  const preOnly = new Set<string>();
  const postOnly = new Set<string>();
  for (let row = 0; row < rows.length; row++) {
    const status = ledger.status(rows.entry(row));
    if (status === 'preOnly') preOnly.add(idKey(rows.keys[row], true));
    else if (status === 'postOnly') postOnly.add(idKey(rows.keys[row], true));
  }
  let count = 0;
  for (const key of preOnly) if (postOnly.has(key)) count++;
  return count;
}

function chooseLayout(options: ReadOptions): LayoutKind {
  const files = options.files ?? [];
  if (files.length === 0) throw new UsageError('no input file given', 'Give a pre and a post file, or one file with --pre and --post columns.');
  if (files.length > 2) throw new UsageError(`${files.length} input files given; give one (wide or long) or two (pre, post)`);
  if (files.filter((file) => file === '-').length > 1) throw new UsageError('stdin (-) can be only one of the files');
  if (files.length === 2) return 'two-file';
  if (options.window !== undefined) {
    if (options.pre === undefined || options.post === undefined) {
      throw new UsageError('--window needs --pre LABEL and --post LABEL (the window values of the pre and post tests)');
    }
    return 'long-window';
  }
  if (nonEmpty(options.preWhere) || nonEmpty(options.postWhere)) {
    if (!nonEmpty(options.preWhere) || !nonEmpty(options.postWhere)) {
      throw new UsageError('--pre-where and --post-where go together: one picks the pre rows, the other the post rows');
    }
    return 'long-filters';
  }
  if (options.pre !== undefined && options.post !== undefined) return 'wide';
  throw new UsageError(
    'one file needs --pre COL --post COL (one row per student) or --window COL --pre LABEL --post LABEL --score COL (one row per test)',
    `\`impact inspect ${files[0]}\` shows the columns and suggests a command.`,
  );
}

function nonEmpty(filters: RowFilter[] | undefined): filters is RowFilter[] {
  return filters !== undefined && filters.length > 0;
}

function planFiles(options: ReadOptions, layout: LayoutKind): FilePlan[] {
  if (layout === 'two-file') {
    const windowed = options.window !== undefined;
    // Two files without --window: --pre/--post, if given, name the score columns.
    const preScore = options.preScore ?? options.score ?? (windowed ? undefined : options.pre);
    const postScore = options.postScore ?? options.score ?? (windowed ? undefined : options.post);
    return [
      { file: options.files[0], side: 'pre', scoreRef: preScore, preFilters: options.preWhere ?? [], postFilters: [] },
      { file: options.files[1], side: 'post', scoreRef: postScore, preFilters: [], postFilters: options.postWhere ?? [] },
    ];
  }
  return [{ file: options.files[0], side: null, scoreRef: options.score, preFilters: options.preWhere ?? [], postFilters: options.postWhere ?? [] }];
}

/** Column names the user gave that this file must have: they locate the header. */
function wantedNames(options: ReadOptions, plan: FilePlan, layout: LayoutKind): string[] {
  const refs: Array<ColumnRef | undefined> = [
    options.id, options.name, options.teacher, options.section, options.strategy, options.window, plan.scoreRef,
    ...(options.by ?? []),
    ...(options.where ?? []).map((filter) => filter.column),
    ...plan.preFilters.map((filter) => filter.column),
    ...plan.postFilters.map((filter) => filter.column),
  ];
  if (layout === 'wide') refs.push(options.pre, options.post);
  return refs.filter((ref): ref is string => typeof ref === 'string' && !/^\d+$/.test(ref.trim()));
}

interface ReadContext {
  options: ReadOptions;
  layout: LayoutKind;
  ledger: LedgerBuilder;
  /** Student rows, each with its pre score, post score or both. */
  rows: CandidateRows;
  maxScore: number | null;
  breakdowns: string[] | null;
  has: { teacher: boolean; section: boolean; strategy: boolean };
  bothSidesRows: number;
}

/** A filter resolved against one file, with what it saw (for a helpful error when nothing matches). */
interface ActiveFilter {
  flag: string;
  index: number;
  column: string;
  wanted: string;
  shown: string;
  hits: number;
  seen: Set<string>;
  /** Raw cells already compared → whether they matched: a window or subject column repeats a few values on every row. */
  verdicts: Map<string, boolean>;
  /**
   * The last two distinct raw cells and their verdicts, asked before `verdicts` (issue 7): a long
   * export lists each student's tests together, so the window column alternates between a few
   * values and comparing with them is cheaper than hashing the cell for the map. (Views into the
   * file's text, but a filter lives only while its file is read.)
   */
  lastRaw: string | undefined;
  lastVerdict: boolean;
  previousRaw: string | undefined;
  previousVerdict: boolean;
}

/** Distinct raw cells a filter remembers its verdict for (a column of IDs would otherwise fill it). */
const FILTER_VERDICTS = 256;

function activeFilter(table: Table, filter: RowFilter, flag: string): ActiveFilter {
  const index = resolveColumn(table, filter.column, flag);
  return {
    flag,
    index,
    column: table.columns[index],
    wanted: filter.value.trim().toLowerCase(),
    shown: filter.value.trim(),
    hits: 0,
    seen: new Set(),
    verdicts: new Map(),
    lastRaw: undefined,
    lastVerdict: false,
    previousRaw: undefined,
    previousVerdict: false,
  };
}

function passes(filter: ActiveFilter, fields: readonly string[]): boolean {
  const raw = fields[filter.index] ?? '';
  let verdict: boolean;
  if (raw === filter.lastRaw) {
    verdict = filter.lastVerdict;
  } else {
    if (raw === filter.previousRaw) {
      verdict = filter.previousVerdict;
    } else {
      verdict = verdictOf(filter, raw);
    }
    filter.previousRaw = filter.lastRaw;
    filter.previousVerdict = filter.lastVerdict;
    filter.lastRaw = raw;
    filter.lastVerdict = verdict;
  }
  if (verdict) filter.hits++;
  return verdict;
}

/** Whether a raw cell matches the filter, remembered for the next rows that have it. */
function verdictOf(filter: ActiveFilter, raw: string): boolean {
  let verdict = filter.verdicts.get(raw);
  if (verdict === undefined) {
    const cell = raw.trim();
    verdict = cell.toLowerCase() === filter.wanted;
    if (!verdict && filter.seen.size < 12) filter.seen.add(ownString(cell));
    // A key cut from the file would keep its whole text alive (see ownString).
    if (filter.verdicts.size < FILTER_VERDICTS) filter.verdicts.set(ownString(raw), verdict);
  }
  return verdict;
}

/** Nothing matched a filter (or window label): almost always a typo, so say what values exist. */
function checkHits(filter: ActiveFilter, table: Table): void {
  if (filter.hits > 0) return;
  const seen = [...filter.seen].map((value) => (value === '' ? '(blank)' : value));
  throw new UsageError(
    `${filter.flag}: no row of ${table.label} has ${filter.column} "${filter.shown}"${seen.length > 0 ? `; values seen: ${seen.join(', ')}` : ''}`,
    'Values are compared trimmed and case-insensitively; check the spelling.',
  );
}

/** Columns of one file, resolved from flags or guessed from headers (-1 when absent). */
interface Columns {
  key: number;
  name: number;
  firstName: number;
  lastName: number;
  teacher: number;
  section: number;
  strategy: number;
  by: number[];
  pre: number;
  post: number;
}

function optionalColumn(table: Table, ref: ColumnRef | undefined, flag: string, role: 'name' | 'teacher' | 'section' | 'strategy'): number {
  return ref !== undefined ? resolveColumn(table, ref, flag) : guessColumn(table.columns, role);
}

function resolveColumns(table: Table, plan: FilePlan, context: ReadContext): Columns {
  const { options, layout } = context;
  const name = optionalColumn(table, options.name, '--name', 'name');
  const firstName = name === -1 ? guessColumn(table.columns, 'first-name') : -1;
  const lastName = name === -1 ? guessColumn(table.columns, 'last-name') : -1;
  let key: number;
  if (options.match === 'name') {
    key = name !== -1 ? name : lastName;
    if (key === -1) {
      throw new UsageError(`--match name: ${table.label} has no name column. Its columns: ${listColumns(table.columns)}`, 'Name it with --name COL.');
    }
  } else if (options.id !== undefined) {
    key = resolveColumn(table, options.id, '--id');
  } else {
    key = guessColumn(table.columns, 'id');
    if (key === -1) {
      throw new UsageError(
        `${table.label} has no column that looks like a student ID. Its columns: ${listColumns(table.columns)}`,
        'Name the ID column with --id COL, or match on student names with --match name.',
      );
    }
  }
  let pre = -1;
  let post = -1;
  if (layout === 'wide') {
    pre = resolveColumn(table, options.pre as string, '--pre');
    post = resolveColumn(table, options.post as string, '--post');
  } else {
    const score = plan.scoreRef !== undefined ? resolveColumn(table, plan.scoreRef, plan.side === 'post' && options.postScore !== undefined ? '--post-score' : plan.side === 'pre' && options.preScore !== undefined ? '--pre-score' : '--score') : guessScoreColumn(table, key);
    pre = score;
    post = score;
  }
  return {
    key,
    name,
    firstName,
    lastName,
    teacher: optionalColumn(table, options.teacher, '--teacher', 'teacher'),
    section: optionalColumn(table, options.section, '--section', 'section'),
    strategy: optionalColumn(table, options.strategy, '--strategy', 'strategy'),
    by: (options.by ?? []).map((ref) => resolveColumn(table, ref, '--by')),
    pre,
    post,
  };
}

/** The score column when none is named: a well-known score header, else the only numeric score-like column. */
export function guessScoreColumn(table: Table, keyIndex: number): number {
  const preferred = preferredScoreColumn(table.columns);
  if (preferred !== -1) return preferred;
  const candidates = scoreCandidates(table, keyIndex);
  if (candidates.length === 1) return candidates[0];
  const listed = candidates.length > 0 ? candidates.map((index) => `"${table.columns[index]}"`).join(', ') : 'none found';
  throw new UsageError(
    `which column of ${table.label} is the score? Candidates: ${listed}`,
    'Name it with --score COL (or --pre-score / --post-score).',
  );
}

/** Columns whose sampled values are mostly numbers and whose header reads like a score. */
export function scoreCandidates(table: Table, keyIndex: number): number[] {
  const candidates: number[] = [];
  for (let index = 0; index < table.columns.length; index++) {
    if (index === keyIndex || !looksLikeScoreHeader(table.columns[index])) continue;
    let filled = 0;
    let numeric = 0;
    for (const record of table.sample) {
      const parsed = parseScore(record.fields[index] ?? '', { decimalComma: table.decimalComma });
      if (parsed.kind === 'missing' && parsed.code === 'blank') continue;
      filled++;
      if (parsed.kind === 'number') numeric++;
    }
    if (filled > 0 && numeric / filled >= 0.6) candidates.push(index);
  }
  return candidates;
}

/**
 * Parses one score cell. Text that is neither a number nor a known missing-score code stops the
 * run with the file, line and column (the default), or with `unparseable: 'skip'` is kept as
 * `unparseable` for the ledger.
 */
function readScore(fields: readonly string[], index: number, table: Table, scoreOptions: ParseScoreOptions, ledger: LedgerRows, entry: number, options: ReadOptions): ParsedScore {
  const score = parseScore(fields[index] ?? '', scoreOptions);
  if (score.kind === 'unparseable' && options.unparseable !== 'skip') {
    throw new InputError(
      `score "${score.raw.trim()}" is not a number or a known missing-score code`,
      { file: ledger.file(entry), line: ledger.line(entry), column: table.columns[index] },
      'Fix the cell, or add --unparseable skip to leave such rows out (the report lists them).',
    );
  }
  return score;
}

/** Reads one table's rows into the context; returns the name its rows' ledger entries carry. */
function readRows(table: Table, plan: FilePlan, context: ReadContext): string {
  const { options, layout, ledger, rows } = context;
  const columns = resolveColumns(table, plan, context);
  if (columns.teacher !== -1) context.has.teacher = true;
  if (columns.section !== -1) context.has.section = true;
  if (columns.strategy !== -1) context.has.strategy = true;
  const groupNames = columns.by.map((index) => table.columns[index]);
  if (context.breakdowns === null) context.breakdowns = groupNames;
  const breakdowns = context.breakdowns;
  const where = (options.where ?? []).map((filter) => activeFilter(table, filter, `--where ${describeFilter(filter)}`));
  const preFilters = plan.preFilters.map((filter) => activeFilter(table, filter, `--pre-where ${describeFilter(filter)}`));
  const postFilters = plan.postFilters.map((filter) => activeFilter(table, filter, `--post-where ${describeFilter(filter)}`));
  let windowIndex = -1;
  let preWindow: ActiveFilter | null = null;
  let postWindow: ActiveFilter | null = null;
  if (options.window !== undefined) {
    windowIndex = resolveColumn(table, options.window, '--window');
    const label = (side: Side) => (side === 'pre' ? (options.pre as string) : (options.post as string));
    if (plan.side !== 'post') preWindow = activeFilter(table, { column: windowIndex + 1, value: label('pre') }, `--pre "${label('pre')}"`);
    if (plan.side !== 'pre') postWindow = activeFilter(table, { column: windowIndex + 1, value: label('post') }, `--post "${label('post')}"`);
  }
  // One options object for every score cell of the file (not one per cell).
  const scoreOptions: ParseScoreOptions = { decimalComma: table.decimalComma };
  const stripZeros = options.idNormalize === 'strip-zeros';
  const byName = options.match === 'name';
  const labelIndex = columns.name !== -1 ? columns.name : columns.lastName;
  const file = table.file === '-' ? table.label : table.file;
  const source =
    options.sourceColumns === undefined
      ? null
      : { file: resolveColumn(table, options.sourceColumns.file, 'source file'), line: resolveColumn(table, options.sourceColumns.line, 'source line') };

  let sourceLabel: string | undefined = source === null ? table.label : undefined;
  const { texts, groupSets } = rows;
  const codes = new Map<string, number>();
  const teachers = new InternedColumn(columns.teacher, codes, texts);
  const sections = new InternedColumn(columns.section, codes, texts);
  const strategies = new InternedColumn(columns.strategy, codes, texts);
  const byValues = columns.by.map((index) => new InternedColumn(index, codes, texts));
  // A cycle's data may name its one strategy instead of having a column (--strategy-name).
  const strategyName = texts.codeOf(options.strategyName ?? null);
  const setOfValue = new Map<number, number>();
  const studentRows = scanRows(table, columns.key, labelIndex, {
    above(record, described) {
      if (described.maximum !== null && context.maxScore === null) context.maxScore = described.maximum;
      ledger.add(file, record.line, null, 'notAStudent', described.detail);
    },
    nonStudent(record, nonStudent) {
      const fields = record.fields;
      if (nonStudent.kind === 'maximum' && context.maxScore === null) {
        context.maxScore = maximumFromRow(fields, columns.pre, table.decimalComma) ?? (columns.post !== columns.pre ? maximumFromRow(fields, columns.post, table.decimalComma) : null);
      }
      ledger.add(file, record.line, orNull(cell(fields, columns.key)), 'notAStudent', nonStudent.detail);
    },
    student(record) {
      readStudentRow(record);
    },
  });

  function readStudentRow(record: CsvRecord): void {
    const fields = record.fields;
    const id = cell(fields, columns.key);
    const entry =
      source === null
        ? ledger.add(file, record.line, id, 'outOfScope', '')
        : ledger.add(cell(fields, source.file) || file, Number(cell(fields, source.line)) || record.line, id, 'outOfScope', '');
    sourceLabel ??= ledger.rows.file(entry);
    let failed: ActiveFilter | null = null;
    for (let index = 0; index < where.length && failed === null; index++) if (!passes(where[index], fields)) failed = where[index];
    if (failed !== null) {
      ledger.rows.setDetail(entry, `${failed.column} is "${cell(fields, failed.index)}" (${failed.flag})`);
      return;
    }
    let side: Side | 'both';
    if (layout === 'wide') {
      side = 'both';
    } else {
      const isPre = plan.side !== 'post' && (preWindow === null || passes(preWindow, fields)) && preFilters.every((filter) => passes(filter, fields));
      const isPost = !isPre && plan.side !== 'pre' && (postWindow === null || passes(postWindow, fields)) && postFilters.every((filter) => passes(filter, fields));
      if (!isPre && !isPost) {
        ledger.rows.setDetail(entry, outOfScopeReason(fields, windowIndex, table, plan, preFilters, postFilters));
        return;
      }
      side = isPre ? 'pre' : 'post';
    }
    const name = orNull(columns.name !== -1 ? cell(fields, columns.name) : joinName(cell(fields, columns.firstName), cell(fields, columns.lastName)));
    const strategy = strategies.of(fields);
    const groups = byValues.length > 0 ? groupsOf(fields) : 0;
    const key = byName ? normaliseName(id) : idKey(id, stripZeros);
    let note: string | undefined;
    if (layout === 'long-filters' && plan.side === null && side === 'pre' && postFilters.every((filter) => filter.wanted === (fields[filter.index] ?? '').trim().toLowerCase())) {
      note = 'a single test: matches both --pre-where and --post-where';
      context.bothSidesRows++;
    }
    const preScore = side !== 'post' ? readScore(fields, columns.pre, table, scoreOptions, ledger.rows, entry, options) : null;
    const postScore = side !== 'pre' ? readScore(fields, columns.post, table, scoreOptions, ledger.rows, entry, options) : null;
    rows.add(id, name, strategy !== -1 ? strategy : strategyName, teachers.of(fields), sections.of(fields), groups, entry, key, preScore, postScore, note);
  }

  // The --by values repeat on thousands of rows: one (read-only) set of them per combination, as
  // a code into `groupSets`. With one --by column (the usual case) the set follows from the
  // value's code (`setOfValue`), so a row makes no string and no object.
  function groupsOf(fields: readonly string[]): number {
    if (byValues.length === 1) {
      const value = byValues[0].of(fields);
      let set = setOfValue.get(value);
      if (set === undefined) {
        set = groupSetOf(fields);
        setOfValue.set(value, set);
      }
      return set;
    }
    return groupSetOf(fields);
  }
  function groupSetOf(fields: readonly string[]): number {
    const groups: Record<string, string> = {};
    for (let index = 0; index < byValues.length; index++) groups[breakdowns[index] ?? groupNames[index]] = texts.textOf(byValues[index].of(fields)) ?? '';
    return groupSets.codeOf(GroupSets.keyOf(groups), () => groups);
  }

  if (studentRows > 0) {
    for (const filter of [...where, ...preFilters, ...postFilters]) checkHits(filter, table);
    if (preWindow !== null) checkHits(preWindow, table);
    if (postWindow !== null) checkHits(postWindow, table);
  }
  return sourceLabel ?? table.label;
}

/**
 * A column whose values repeat on thousands of rows (teacher, section, strategy, a `--by` column):
 * each cell, trimmed, as its code in the read's `TextCodes` (-1 for blank or no column), so each
 * distinct value is one string however it was padded. Exports are usually sorted, and a column
 * like ELL alternates between two values, so the cell is first compared with the last two
 * distinct cells (issue 7: a comparison costs less than hashing the cell for the file's table of
 * raw cells). The remembered cells are views into the file's text, which a column outlives only
 * while its file is read.
 */
class InternedColumn {
  private lastRaw: string | undefined = undefined;
  private lastCode = -1;
  private previousRaw: string | undefined = undefined;
  private previousCode = -1;

  constructor(
    private readonly index: number,
    /** Raw cell text → code, shared by the columns of one file. */
    private readonly codes: Map<string, number>,
    private readonly texts: TextCodes,
  ) {}

  of(fields: readonly string[]): number {
    if (this.index === -1) return -1;
    const raw = fields[this.index] ?? '';
    if (raw === this.lastRaw) return this.lastCode;
    let code: number;
    if (raw === this.previousRaw) {
      code = this.previousCode;
    } else {
      const known = this.codes.get(raw);
      if (known === undefined) {
        code = this.texts.codeOf(orNull(cell(fields, this.index)));
        this.codes.set(ownString(raw), code); // a key cut from the file would keep its whole text alive
      } else {
        code = known;
      }
    }
    this.previousRaw = this.lastRaw;
    this.previousCode = this.lastCode;
    this.lastRaw = raw;
    this.lastCode = code;
    return code;
  }
}

function describeFilter(filter: RowFilter): string {
  return `${String(filter.column)}=${filter.value}`;
}

function outOfScopeReason(fields: readonly string[], windowIndex: number, table: Table, plan: FilePlan, preFilters: ActiveFilter[], postFilters: ActiveFilter[]): string {
  if (windowIndex !== -1) {
    const value = cell(fields, windowIndex);
    return `${table.columns[windowIndex]} is ${value === '' ? 'blank' : `"${value}"`}, not the ${plan.side ?? 'pre or post'} window`;
  }
  const filters = [...preFilters, ...postFilters];
  const failed = filters.find((filter) => (fields[filter.index] ?? '').trim().toLowerCase() !== filter.wanted) ?? filters[0];
  if (failed === undefined) return 'not selected';
  return `${failed.column} is "${cell(fields, failed.index)}" (${plan.side === null ? 'matches neither --pre-where nor --post-where' : failed.flag})`;
}

function joinName(first: string, last: string): string {
  return first !== '' && last !== '' ? `${first} ${last}` : first + last;
}

/** The matching key of an ID: trimmed; emails ignore case; `strip-zeros` drops leading zeros. */
export function idKey(id: string, stripZeros: boolean): string {
  let key = id.indexOf('@') !== -1 ? id.toLowerCase() : id;
  if (stripZeros) {
    let start = 0;
    while (start < key.length - 1 && key.charCodeAt(start) === 48) start++;
    key = key.slice(start);
  }
  return key;
}

