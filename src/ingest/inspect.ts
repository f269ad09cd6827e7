/**
 * `impact inspect FILE`: what ingest detects in one export, as a plain object (rendered by
 * `renderInspection`): encoding, delimiter, header line, rows, each column with its guessed role,
 * share of numbers and example values, the non-student rows, and a suggested `impact report`
 * command — checked by running it when the file alone is enough.
 */
import { ImpactError, InputError } from '../errors.js';
import { columnRef, findColumnIndex, guessColumn, preferredScoreColumn, roleOfHeader, squash, type ColumnRole } from './columns.js';
import { classifyNonStudent, describeLineAboveHeader, maximumFromRow } from './non-student.js';
import { parseScore } from './parse-score.js';
import { readCohort, scoreCandidates } from './read-cohort.js';
import { readTable, type Table } from './read-table.js';
import type { ColumnRef, IngestNotice, ReadOptions, RowFilter } from './types.js';

export type InspectedRole = ColumnRole | 'filter' | 'flag';

export interface InspectedColumn {
  /** 1-based. */
  number: number;
  name: string;
  role: InspectedRole | null;
  /** Non-blank cells among student rows. */
  filled: number;
  /** Share of non-blank cells that read as numbers (0–1). */
  numericShare: number;
  /** Missing-score codes seen (EX, ABS…), with counts. */
  codes: Record<string, number>;
  /** Up to three different example values. */
  examples: string[];
  /** Different non-blank values (counted up to 50; `distinctCapped` when there are more). */
  distinct: number;
  distinctCapped: boolean;
}

export interface InspectedRow {
  line: number;
  detail: string;
}

export interface Inspection {
  file: string;
  encoding: string;
  bom: boolean;
  delimiter: string;
  decimalComma: boolean;
  headerLine: number;
  /** Records after the header. */
  rows: number;
  /** Rows that look like students. */
  studentRows: number;
  columns: InspectedColumn[];
  /** Lines above the header, blank lines, Points Possible rows, class averages… */
  nonStudentRows: InspectedRow[];
  maxScore: number | null;
  layout: 'wide' | 'long' | 'pair' | 'unknown';
  /** Options for `readCohort` that work on this file (with a second file for `pair`). */
  suggestedOptions: Partial<ReadOptions>;
  /** The same as a command line. */
  suggestedCommand: string;
  /** Whether the suggestion was run successfully on this file, and what it found. */
  suggestionCheck: string;
  notices: IngestNotice[];
}

const DISTINCT_CAP = 50;
/** Headers of columns that split a long file into separate tests, best first. */
const FILTER_HEADERS = ['subject', 'discipline', 'contentarea', 'content', 'course', 'testname', 'assessment', 'assessmentname', 'measure', 'testtype'];

export async function inspectFile(file: string, allOptions: Partial<ReadOptions> = {}): Promise<Inspection> {
  const options = definedOptions(allOptions);
  const table = await readTable(file, { delimiter: options.delimiter, encoding: options.encoding, maxFieldSize: options.maxFieldSize, progress: options.progress });
  const idIndex = options.id !== undefined ? columnIndex(table, options.id) : guessColumn(table.columns, 'id');
  const nameIndex = guessColumn(table.columns, 'name');
  const lastIndex = guessColumn(table.columns, 'last-name');
  const keyIndex = idIndex !== -1 ? idIndex : nameIndex !== -1 ? nameIndex : lastIndex;
  const labelIndex = nameIndex !== -1 ? nameIndex : lastIndex;
  const candidates = new Set(scoreCandidates(table, keyIndex));
  const preferredScore = preferredScoreColumn(table.columns);
  if (preferredScore !== -1) candidates.add(preferredScore);

  const nonStudentRows: InspectedRow[] = [];
  const maximumRows: string[][] = [];
  let maxScore: number | null = null;
  for (const record of table.above) {
    const described = describeLineAboveHeader(record.fields);
    if (described.maximum !== null && maxScore === null) maxScore = described.maximum;
    nonStudentRows.push({ line: record.line, detail: described.detail });
  }
  const stats = table.columns.map(() => ({ filled: 0, numeric: 0, codes: {} as Record<string, number>, values: new Map<string, number>(), capped: false }));
  let rows = 0;
  let studentRows = 0;
  // One record object, reused by each next() (see TableRows): what is kept of a record is copied.
  const records = table.rows;
  try {
    for (let record = records.next(); record !== null; record = records.next()) {
      rows++;
      const nonStudent = keyIndex === -1 ? null : classifyNonStudent(record.fields, keyIndex, labelIndex);
      if (nonStudent !== null) {
        if (nonStudent.kind === 'maximum') maximumRows.push([...record.fields]);
        nonStudentRows.push({ line: record.line, detail: nonStudent.detail });
        continue;
      }
      studentRows++;
      for (let index = 0; index < stats.length; index++) {
        const text = (record.fields[index] ?? '').trim();
        if (text === '') continue;
        const stat = stats[index];
        stat.filled++;
        const parsed = parseScore(text, { decimalComma: table.decimalComma });
        if (parsed.kind === 'number') stat.numeric++;
        else if (parsed.kind === 'missing') stat.codes[parsed.code] = (stat.codes[parsed.code] ?? 0) + 1;
        if (stat.values.size < DISTINCT_CAP || stat.values.has(text)) stat.values.set(text, (stat.values.get(text) ?? 0) + 1);
        else stat.capped = true;
      }
    }
  } finally {
    records.close();
  }
  const roles = guessRoles(table, idIndex, candidates, stats.map((stat) => [...stat.values.keys()]));
  const columns: InspectedColumn[] = table.columns.map((name, index) => {
    const stat = stats[index];
    return {
      number: index + 1,
      name,
      role: roles[index],
      filled: stat.filled,
      numericShare: stat.filled === 0 ? 0 : stat.numeric / stat.filled,
      codes: stat.codes,
      examples: [...stat.values.keys()].slice(0, 3),
      distinct: stat.values.size,
      distinctCapped: stat.capped,
    };
  });
  const suggestion = suggest(table, columns, idIndex, options, stats.map((stat) => stat.values));
  const scoreColumn = suggestion.options.pre ?? suggestion.options.score;
  if (maxScore === null && scoreColumn !== undefined) {
    const index = columnIndex(table, layoutScoreRef(suggestion));
    for (const fields of maximumRows) if (maxScore === null && index !== -1) maxScore = maximumFromRow(fields, index, table.decimalComma);
  }
  const check = await checkSuggestion(file, suggestion.options, suggestion.layout, options);
  return {
    file,
    encoding: table.encoding,
    bom: table.bom,
    delimiter: table.delimiter,
    decimalComma: table.decimalComma,
    headerLine: table.headerLine,
    rows,
    studentRows,
    columns,
    nonStudentRows,
    maxScore,
    layout: suggestion.layout,
    suggestedOptions: check.options,
    suggestedCommand: commandLine(file, check.options, suggestion.layout),
    suggestionCheck: check.message,
    notices: table.notices,
  };
}

/** The column whose Points Possible value is the maximum: the wide layout's pre column, else the score. */
function layoutScoreRef(suggestion: Suggestion): ColumnRef {
  return (suggestion.layout === 'wide' ? suggestion.options.pre : suggestion.options.score) as ColumnRef;
}

/**
 * The options the user actually set: drops undefined values, the file list, and the defaults
 * (`--duplicates error`, `--match id`, `--id-normalize none`) so they do not hide suggestions.
 */
function definedOptions(options: Partial<ReadOptions>): Partial<ReadOptions> {
  const defaults: Record<string, unknown> = { duplicates: 'error', match: 'id', idNormalize: 'none', unparseable: 'error' };
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(options)) {
    if (value === undefined || key === 'files' || defaults[key] === value) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    kept[key] = value;
  }
  return kept as Partial<ReadOptions>;
}

/** The column `ref` names, or -1: the same lookup as the commands' (a number, "4", a header name). */
function columnIndex(table: Table, ref: ColumnRef): number {
  return findColumnIndex(table.columns, ref);
}

function guessRoles(table: Table, idIndex: number, candidates: Set<number>, values: string[][]): Array<InspectedRole | null> {
  const roles: Array<InspectedRole | null> = table.columns.map(() => null);
  if (idIndex !== -1) roles[idIndex] = 'id';
  for (const role of ['name', 'first-name', 'last-name', 'teacher', 'section', 'strategy', 'window'] as const) {
    const index = guessColumn(table.columns, role);
    if (index !== -1 && roles[index] === null) roles[index] = role;
  }
  for (let index = 0; index < roles.length; index++) {
    if (roles[index] !== null) continue;
    if (candidates.has(index)) roles[index] = 'score';
    else if (isFlagColumn(values[index])) roles[index] = 'flag';
    else if (FILTER_HEADERS.includes(squash(table.columns[index])) && values[index].length >= 1) roles[index] = 'filter';
    else if (roleOfHeader(table.columns[index]) === 'id' && index !== idIndex) roles[index] = null;
  }
  return roles;
}

function isFlagColumn(values: string[]): boolean {
  return values.length > 0 && values.length <= 2 && values.every((value) => /^(y|n|yes|no)$/i.test(value));
}

interface Suggestion {
  layout: Inspection['layout'];
  options: Partial<ReadOptions>;
}

const SEASONS = ['boy', 'fall', 'autumn', 'höst', 'moy', 'winter', 'eoy', 'spring', 'vår', 'summer'];

/** Orders window labels: by year, then season (Fall < Winter < Spring, BOY < MOY < EOY), else as seen. */
function orderWindows(labels: string[]): string[] {
  const rank = (label: string) => {
    const lower = label.toLowerCase();
    const year = Number(/(\d{4})/.exec(lower)?.[1] ?? 0);
    const season = SEASONS.findIndex((name) => lower.includes(name));
    return year * 100 + (season === -1 ? 50 : season);
  };
  return labels.map((label, order) => ({ label, order, rank: rank(label) })).sort((a, b) => a.rank - b.rank || a.order - b.order).map((item) => item.label);
}

function suggest(table: Table, columns: InspectedColumn[], idIndex: number, given: Partial<ReadOptions>, values: Array<Map<string, number>>): Suggestion {
  const options: Partial<ReadOptions> = { files: [table.file] };
  if (idIndex !== -1) options.id = columnRef(table, idIndex);
  else options.match = 'name';
  const scores = columns.filter((column) => column.role === 'score');
  const preferred = preferredScoreColumn(table.columns);
  const scoreName = preferred !== -1 ? columnRef(table, preferred) : scores[0] === undefined ? undefined : columnRef(table, scores[0].number - 1);
  // One filter at most (Subject before Course before Test Name): more would only repeat it.
  const where: RowFilter[] = [];
  const filter = columns
    .filter((column) => column.role === 'filter' && column.distinct >= 2 && !column.distinctCapped)
    .sort((a, b) => FILTER_HEADERS.indexOf(squash(a.name)) - FILTER_HEADERS.indexOf(squash(b.name)))[0];
  if (filter !== undefined) where.push({ column: filter.name, value: filter.examples[0] });
  const windowColumn = columns.find((column) => column.role === 'window');
  if (windowColumn !== undefined && windowColumn.distinct === 1 && scoreName !== undefined) {
    // One benchmark period per file (DIBELS BOY, MOY…): the other period is another file.
    options.score = scoreName;
    return { layout: 'pair', options: { ...options, ...given, files: [table.file] } };
  }
  // The two windows with the most rows, in time order (a file may hold last spring's tests too).
  const windowLabels =
    windowColumn === undefined || windowColumn.distinctCapped
      ? []
      : [...values[windowColumn.number - 1].entries()].sort((a, b) => b[1] - a[1]).slice(0, 2).map(([label]) => label);
  if (windowColumn !== undefined && windowLabels.length >= 2 && scoreName !== undefined) {
    const ordered = orderWindows(windowLabels);
    Object.assign(options, { window: windowColumn.name, pre: ordered[0], post: ordered[1], score: scoreName });
    if (where.length > 0) options.where = where;
    return { layout: 'long', options: { ...options, ...given, files: [table.file] } };
  }
  const flags = columns.filter((column) => column.role === 'flag');
  const baseline = flags.find((column) => /baseline|first|pre/i.test(column.name));
  const recent = flags.find((column) => /most recent|last|latest|post/i.test(column.name));
  if (baseline !== undefined && recent !== undefined && scoreName !== undefined) {
    Object.assign(options, { preWhere: [{ column: baseline.name, value: 'Y' }], postWhere: [{ column: recent.name, value: 'Y' }], score: scoreName });
    if (where.length > 0) options.where = where;
    return { layout: 'long', options: { ...options, ...given, files: [table.file] } };
  }
  if (scores.length >= 2) {
    const pre = scores.find((column) => /\bpre|before|baseline/i.test(column.name)) ?? scores[0];
    const post = scores.find((column) => /\bpost|after|final/i.test(column.name) && column !== pre) ?? scores[scores.length - 1];
    Object.assign(options, { pre: columnRef(table, pre.number - 1), post: columnRef(table, post.number - 1) });
    return { layout: 'wide', options: { ...options, ...given, files: [table.file] } };
  }
  if (scoreName !== undefined) {
    options.score = scoreName;
    return { layout: 'pair', options: { ...options, ...given, files: [table.file] } };
  }
  return { layout: 'unknown', options: { ...options, ...given, files: [table.file] } };
}

async function checkSuggestion(file: string, options: Partial<ReadOptions>, layout: Inspection['layout'], given: Partial<ReadOptions>): Promise<{ options: Partial<ReadOptions>; message: string }> {
  if (layout === 'unknown') return { options, message: 'no score column found: name the columns with --id and --score' };
  if (file === '-') return { options, message: 'not checked (stdin can be read only once)' };
  let tried = options;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      // A pair is checked against itself: that proves the columns and duplicates, not the matching.
      const cohort = await readCohort({ ...(tried as ReadOptions), files: layout === 'pair' ? [file, file] : [file] });
      if (layout === 'pair') return { options: tried, message: `columns checked on this file; give the ${looksLikePost(file) ? 'pre' : 'post'} export as the other file` };
      const counts = cohort.ledger.counts;
      const single = counts.preOnly + counts.postOnly;
      return {
        options: tried,
        message: `checked: ${plural(cohort.students.length, 'student')} matched; ${plural(single, 'row')} with only one test, ${plural(counts.missingScore, 'row')} missing a score`,
      };
    } catch (error) {
      if (error instanceof InputError && /more than once/.test(error.message) && given.duplicates === undefined && tried.duplicates === undefined) {
        tried = { ...tried, duplicates: 'last' };
        continue;
      }
      if (error instanceof InputError && /not a number or a known missing-score code/.test(error.message) && given.unparseable === undefined && tried.unparseable === undefined) {
        tried = { ...tried, unparseable: 'skip' };
        continue;
      }
      if (error instanceof ImpactError) return { options: tried, message: `does not run yet: ${error.message}` };
      throw error;
    }
  }
  return { options: tried, message: 'not checked' };
}

/** Whether a file name says it is the later test (post, MOY, EOY, winter, spring). */
function looksLikePost(file: string): boolean {
  return /post|moy|eoy|winter|spring|end/i.test(file.split(/[\\/]/).pop() ?? file);
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Quotes an argument for a POSIX shell when it needs it. */
function shellQuote(text: string): string {
  return /^[A-Za-z0-9_./:=@%+-]+$/.test(text) ? text : `"${text.replace(/(["\\$`])/g, '\\$1')}"`;
}

export function commandLine(file: string, options: Partial<ReadOptions>, layout: Inspection['layout']): string {
  const parts = ['impact', 'report'];
  if (layout === 'pair' && looksLikePost(file)) parts.push('PRE.csv', shellQuote(file));
  else if (layout === 'pair') parts.push(shellQuote(file), 'POST.csv');
  else parts.push(shellQuote(file));
  const add = (flag: string, value: ColumnRef | string | undefined) => {
    if (value !== undefined) parts.push(flag, shellQuote(String(value)));
  };
  const filters = (flag: string, list: RowFilter[] | undefined) => {
    for (const filter of list ?? []) parts.push(flag, shellQuote(`${String(filter.column)}=${filter.value}`));
  };
  add('--id', options.id);
  if (options.match === 'name') parts.push('--match', 'name');
  add('--window', options.window);
  add('--pre', options.pre);
  add('--post', options.post);
  filters('--pre-where', options.preWhere);
  filters('--post-where', options.postWhere);
  add('--score', options.score);
  add('--pre-score', options.preScore);
  add('--post-score', options.postScore);
  filters('--where', options.where);
  add('--name', options.name);
  add('--strategy', options.strategy);
  add('--strategy-name', options.strategyName);
  add('--teacher', options.teacher);
  add('--section', options.section);
  for (const by of options.by ?? []) add('--by', by);
  if (options.duplicates !== undefined && options.duplicates !== 'error') add('--duplicates', options.duplicates);
  if (options.idNormalize === 'strip-zeros') add('--id-normalize', 'strip-zeros');
  if (options.unparseable === 'skip') add('--unparseable', 'skip');
  add('--delimiter', options.delimiter);
  add('--encoding', options.encoding);
  if (options.maxScore !== undefined) add('--max-score', String(options.maxScore));
  if (options.maxFieldSize !== undefined) add('--max-field-size', String(options.maxFieldSize)); // issue 8
  return parts.join(' ');
}
