/**
 * The one per-file pass over a table's records, shared by `readCohort` (every layout) and
 * `readSide` (`impact import`): the lines above the header, then each data record classified as
 * not a student (blank, Points Possible, totals, test student, no ID) or a student candidate.
 * Callers decide what each kind of record becomes; the tokenizer, header, non-student and cell
 * rules live here once.
 */
import { ownString, type CsvRecord } from './csv-records.js';
import { classifyNonStudent, describeLineAboveHeader, type NonStudent } from './non-student.js';
import type { Table } from './read-table.js';

/**
 * What to do with each kind of record. A data record is lent for the call only: its object and
 * fields array are reused for the next record (issue 7), so a visitor keeps cells, never the
 * record or its `fields`.
 */
export interface RowVisitor {
  /** A record above the header (title, metadata, blank line). */
  above(record: CsvRecord, described: { detail: string; maximum: number | null }): void;
  /** A data record that is not a student. */
  nonStudent(record: CsvRecord, nonStudent: NonStudent): void;
  /** A data record that may be a student (its key cell is filled). */
  student(record: CsvRecord): void;
}

/**
 * Visits every record of `table` once, in file order. `keyIndex` is the column students are
 * matched on, `labelIndex` the name (or last-name) column or -1. Returns how many student
 * candidates there were.
 */
export function scanRows(table: Table, keyIndex: number, labelIndex: number, visitor: RowVisitor): number {
  for (const record of table.above) visitor.above(record, describeLineAboveHeader(record.fields));
  let students = 0;
  const rows = table.rows;
  try {
    for (let record = rows.next(); record !== null; record = rows.next()) {
      const nonStudent = classifyNonStudent(record.fields, keyIndex, labelIndex);
      if (nonStudent !== null) {
        visitor.nonStudent(record, nonStudent);
        continue;
      }
      students++;
      visitor.student(record);
    }
  } finally {
    rows.close(); // a visitor that throws stops the reading
  }
  return students;
}

/**
 * A cell, trimmed; '' for a missing column (-1) or a short record. A string of its own, so the
 * names and IDs kept from it do not keep the file's text alive (see `ownString`).
 */
export function cellOf(fields: readonly string[], index: number): string {
  return index === -1 ? '' : ownString((fields[index] ?? '').trim());
}

/** null for '' (an empty optional cell). */
export function orNull(text: string): string | null {
  return text === '' ? null : text;
}
