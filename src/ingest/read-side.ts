/**
 * Reading ONE side (pre or post) of an export for `impact import`: the student rows with their
 * id, name, teacher, section, strategy, subgroup values, parsed score and raw cell, plus counts
 * for the rows that are not students or not selected.
 *
 * It reads the file with the same per-file pass as `readCohort` (readTable → the tokenizer →
 * `scanRows`: header, lines above it, non-student rows, cells), so both commands see the same rows.
 * Which rows and score column belong to the side comes from the cycle (`sideSelection`).
 */
import { UsageError } from '../errors.js';
import { guessColumn, listColumns, resolveColumn } from './columns.js';
import { maximumFromRow } from './non-student.js';
import { parseScore, type ParsedScore } from './parse-score.js';
import { guessScoreColumn } from './read-cohort.js';
import { readTable, type Table } from './read-table.js';
import { cellOf as cell, orNull, scanRows } from './scan-rows.js';
import type { ColumnRef, IngestNotice, ReadOptions, RowFilter } from './types.js';
import type { ReadingSettings, Side } from '../cycle/cycle-schema.js';
import type { SideSelection } from '../cycle/reading.js';

export interface SideRow {
  line: number;
  id: string;
  name: string | null;
  teacher: string | null;
  section: string | null;
  strategy: string | null;
  /** Subgroup (`--by`) values, keyed by the column's header. */
  groups: Record<string, string>;
  score: ParsedScore;
  /** The score cell exactly as exported. */
  raw: string;
}

/** A row of the export that is not a student of this side: kept so the report's ledger can list it. */
export interface ExcludedRow {
  line: number;
  id: string | null;
  status: 'notAStudent' | 'outOfScope';
  detail: string;
}

export interface SideRead {
  /** The file as named (`stdin` for `-`). */
  label: string;
  rows: SideRow[];
  rowsRead: number;
  notAStudent: number;
  outOfScope: number;
  /** Every row counted in notAStudent and outOfScope, in file order. */
  excluded: ExcludedRow[];
  maxScore: number | null;
  has: { name: boolean; teacher: boolean; section: boolean; strategy: boolean };
  /** Headers of the `--by` columns, in the order given. */
  by: string[];
  scoreColumn: string;
  notices: IngestNotice[];
}

interface Filter {
  index: number;
  wanted: string;
  label: string;
  seen: Set<string>;
}

/** Reads `side` of `file`; `selection` (from the cycle's `sideSelection`) picks its rows and score column. */
export async function readSide(file: string, reading: ReadingSettings, side: Side, selection: SideSelection, limits: Pick<ReadOptions, 'maxFieldSize' | 'progress'> = {}): Promise<SideRead> {
  const refs: Array<ColumnRef | undefined> = [reading.id, reading.name, reading.teacher, reading.section, reading.strategy, selection.score, selection.window?.column, ...reading.by, ...selection.filters.map((filter) => filter.column)];
  const wantedNames = refs.filter((ref): ref is string => typeof ref === 'string' && !/^\d+$/.test(ref.trim()));
  const table = await readTable(file, { delimiter: reading.delimiter, encoding: reading.encoding, wantedNames, maxFieldSize: limits.maxFieldSize, progress: limits.progress });
  const column = (ref: ColumnRef | undefined, flag: string, role: 'id' | 'name' | 'teacher' | 'section' | 'strategy') =>
    ref !== undefined ? resolveColumn(table, ref, flag) : guessColumn(table.columns, role);
  const idIndex = column(reading.id, '--id', 'id');
  const nameIndex = column(reading.name, '--name', 'name');
  const firstName = nameIndex === -1 ? guessColumn(table.columns, 'first-name') : -1;
  const lastName = nameIndex === -1 ? guessColumn(table.columns, 'last-name') : -1;
  const keyIndex = reading.match === 'name' ? (nameIndex !== -1 ? nameIndex : lastName) : idIndex;
  if (keyIndex === -1) {
    throw new UsageError(
      `${table.label} has no ${reading.match === 'name' ? 'name column' : 'column that looks like a student ID'}. Its columns: ${listColumns(table.columns)}`,
      reading.match === 'name' ? 'Name it with --name COL.' : 'Name the ID column with --id COL, or match on student names with --match name.',
    );
  }
  const teacher = column(reading.teacher, '--teacher', 'teacher');
  const section = column(reading.section, '--section', 'section');
  const strategy = column(reading.strategy, '--strategy', 'strategy');
  const by = reading.by.map((ref) => resolveColumn(table, ref, '--by'));
  const score = selection.score !== undefined ? resolveColumn(table, selection.score, selection.scoreFlag) : guessScoreColumn(table, keyIndex);
  const filters = selection.filters.map((filter) => activeFilter(table, filter, 'where'));
  if (selection.window !== null) filters.push(activeFilter(table, { column: selection.window.column, value: selection.window.label }, `--${side}`));
  const others = selection.otherSideFilters.map((filter) => activeFilter(table, filter, '--pre-where'));

  const result: SideRead = {
    label: table.label,
    rows: [],
    rowsRead: 0,
    notAStudent: 0,
    outOfScope: 0,
    excluded: [],
    maxScore: null,
    has: { name: nameIndex !== -1 || firstName !== -1 || lastName !== -1, teacher: teacher !== -1, section: section !== -1, strategy: strategy !== -1 || reading.strategyName !== undefined },
    by: by.map((index) => table.columns[index]),
    scoreColumn: table.columns[score],
    notices: table.notices,
  };
  const labelIndex = nameIndex !== -1 ? nameIndex : lastName;
  const studentRows = scanRows(table, keyIndex, labelIndex, {
    above(record, described) {
      result.rowsRead++;
      result.notAStudent++;
      result.excluded.push({ line: record.line, id: null, status: 'notAStudent', detail: described.detail });
      result.maxScore ??= described.maximum;
    },
    nonStudent(record, nonStudent) {
      result.rowsRead++;
      result.notAStudent++;
      result.excluded.push({ line: record.line, id: orNull(cell(record.fields, keyIndex)), status: 'notAStudent', detail: nonStudent.detail });
      if (nonStudent.kind === 'maximum') result.maxScore ??= maximumFromRow(record.fields, score, table.decimalComma);
    },
    student(record) {
      result.rowsRead++;
      const fields = record.fields;
      if (!filters.every((filter) => passes(filter, fields)) || (others.length > 0 && others.every((filter) => passes(filter, fields)))) {
        result.outOfScope++;
        result.excluded.push({ line: record.line, id: orNull(cell(fields, keyIndex)), status: 'outOfScope', detail: `not selected for the ${side}-assessment` });
        return;
      }
      const raw = fields[score] ?? '';
      result.rows.push({
        line: record.line,
        id: cell(fields, idIndex !== -1 ? idIndex : keyIndex),
        name: orNull(nameIndex !== -1 ? cell(fields, nameIndex) : [cell(fields, firstName), cell(fields, lastName)].filter((part) => part !== '').join(' ')),
        teacher: orNull(cell(fields, teacher)),
        section: orNull(cell(fields, section)),
        strategy: orNull(cell(fields, strategy)) ?? reading.strategyName ?? null,
        groups: Object.fromEntries(by.map((index, position) => [result.by[position], cell(fields, index)])),
        score: parseScore(raw, { decimalComma: table.decimalComma }),
        raw,
      });
    },
  });
  if (studentRows > 0 && result.rows.length === 0) throw nothingSelected(filters, table);
  return result;
}

function activeFilter(table: Table, filter: RowFilter, flag: string): Filter {
  const index = resolveColumn(table, filter.column, flag === 'where' ? '--where' : flag);
  return { index, wanted: filter.value.trim().toLowerCase(), label: `${table.columns[index]} = "${filter.value.trim()}"`, seen: new Set() };
}

function passes(filter: Filter, fields: readonly string[]): boolean {
  const value = (fields[filter.index] ?? '').trim();
  if (value.toLowerCase() === filter.wanted) return true;
  if (filter.seen.size < 12) filter.seen.add(value === '' ? '(blank)' : value);
  return false;
}

/** Every student row was filtered out: almost always a typo in a filter or window label. */
function nothingSelected(filters: Filter[], table: Table): UsageError {
  const failing = filters.find((filter) => filter.seen.size > 0) ?? filters[0];
  const seen = failing !== undefined ? `; values seen: ${[...failing.seen].join(', ')}` : '';
  return new UsageError(
    `no student row of ${table.label} is selected by ${filters.map((filter) => filter.label).join(' and ')}${seen}`,
    'Values are compared trimmed and case-insensitively; check the spelling of --where, --pre-where/--post-where or the window label.',
  );
}
