/**
 * The normalised data `impact import` writes under `data/` (`data/pre.csv`, `data/post.csv`):
 * UTF-8, comma-separated, one row per student row of the export, with fixed column names —
 *
 *   id, name, [teacher], [section], [strategy], [subgroup columns…], score, raw, source_file, source_line
 *
 * `score` is the number when the cell was a number, otherwise the cell as exported (`EX`, `920L`),
 * so reading the file again gives every row the same ledger status; `raw` is the cell exactly as
 * exported; `source_file` and `source_line` say where the row came from. Teacher, section and
 * strategy columns are written only when the export had them (or the cycle assigned strategies).
 * `report` reads the two files as a two-file layout with these names (`dataReadSettings`).
 */
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { UsageError } from '../errors.js';
import { DATA_FOLDER, type Cycle, type Side } from './cycle-schema.js';

export interface NormalisedRow {
  id: string;
  name: string | null;
  teacher: string | null;
  section: string | null;
  strategy: string | null;
  groups: Record<string, string>;
  /** The number, or null when the cell was not one. */
  score: number | null;
  raw: string;
  sourceFile: string;
  sourceLine: number;
}

export interface NormalisedColumns {
  teacher: boolean;
  section: boolean;
  strategy: boolean;
  /** Subgroup column headers, as in the export. */
  by: string[];
}

const FIXED = ['id', 'name', 'teacher', 'section', 'strategy', 'score', 'raw', 'source_file', 'source_line'];

/** `data/pre.csv`, relative to the cycle folder. */
export function dataFileName(side: Side): string {
  return `${DATA_FOLDER}/${side}.csv`;
}

/** The header of a normalised file. Subgroup columns may not reuse a fixed name. */
export function normalisedHeader(columns: NormalisedColumns): string[] {
  for (const name of columns.by) {
    if (FIXED.includes(name.trim().toLowerCase())) {
      throw new UsageError(`--by ${name}: the normalised data already has a column "${name.toLowerCase()}".`, 'Subgroup columns cannot be called id, name, teacher, section, strategy, score or raw.');
    }
  }
  return [
    'id',
    'name',
    ...(columns.teacher ? ['teacher'] : []),
    ...(columns.section ? ['section'] : []),
    ...(columns.strategy ? ['strategy'] : []),
    ...columns.by,
    'score',
    'raw',
    'source_file',
    'source_line',
  ];
}

/** Rows → CSV text (header included). */
export function normalisedCsv(rows: readonly NormalisedRow[], columns: NormalisedColumns): string {
  const records: string[][] = [normalisedHeader(columns)];
  for (const row of rows) {
    records.push([
      row.id,
      row.name ?? '',
      ...(columns.teacher ? [row.teacher ?? ''] : []),
      ...(columns.section ? [row.section ?? ''] : []),
      ...(columns.strategy ? [row.strategy ?? ''] : []),
      ...columns.by.map((name) => row.groups[name] ?? ''),
      row.score !== null ? String(row.score) : row.raw.trim(),
      row.raw,
      row.sourceFile,
      String(row.sourceLine),
    ]);
  }
  return stringify(records, { eof: true, record_delimiter: '\n' });
}

/** `data/pre-excluded.csv`: the export's rows that are not students or not selected, for the ledger. */
export function excludedFileName(side: Side): string {
  return `${DATA_FOLDER}/${side}-excluded.csv`;
}

/** The columns of an excluded-rows file, in order. */
export const EXCLUDED_COLUMNS = ['source_file', 'source_line', 'id', 'status', 'detail'] as const;

/** Rows `impact import` left out → CSV text (header included). */
export function excludedCsv(rows: ReadonlyArray<{ line: number; id: string | null; status: string; detail: string }>, sourceFile: string): string {
  const records: string[][] = [[...EXCLUDED_COLUMNS]];
  for (const row of rows) records.push([sourceFile, String(row.line), row.id ?? '', row.status, row.detail]);
  return stringify(records, { eof: true, record_delimiter: '\n' });
}

/** The reading settings (ReadOptions names) that read a cycle's normalised pre and post data. */
export interface DataReadSettings {
  files: [string, string];
  id: string;
  name: string;
  score: string;
  teacher?: string;
  section?: string;
  strategy?: string;
  by: string[];
  delimiter: string;
  encoding: string;
  /** The ledger points at the export's own file and line. */
  sourceColumns: { file: string; line: string };
  /** The excluded-rows files of each side (absent for cycles imported before they existed). */
  excluded: [string, string];
}

/** How `report` reads `DIR/data/pre.csv` and `DIR/data/post.csv`; null when a side is not imported. */
export function dataReadSettings(cycle: Cycle, dir: string): DataReadSettings | null {
  const { pre, post } = cycle.imports;
  if (pre === null || post === null) return null;
  const settings: DataReadSettings = {
    files: [join(dir, pre.file), join(dir, post.file)],
    id: 'id',
    name: 'name',
    score: 'score',
    by: pre.by.filter((name) => post.by.includes(name)),
    delimiter: ',',
    encoding: 'utf-8',
    sourceColumns: { file: 'source_file', line: 'source_line' },
    excluded: [join(dir, excludedFileName('pre')), join(dir, excludedFileName('post'))],
  };
  // Named only when both files have the column; otherwise ingest finds it by its header.
  for (const role of ['teacher', 'section', 'strategy'] as const) {
    if (pre.columns[role] && post.columns[role]) settings[role] = role;
  }
  return settings;
}
