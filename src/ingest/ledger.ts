/**
 * The ledger (DESIGN.md, "The ledger: nothing is lost"): one row per input record except each
 * file's header, each with exactly one status. Rows are added in reading order; a student row's
 * status is settled after matching, so it is added with a provisional status and updated in place.
 */
import { LedgerRows } from './ledger-rows.js';
import { ROW_STATUSES, type Ledger, type LedgerRow, type RowStatus } from './types.js';

export class LedgerBuilder {
  readonly rows: LedgerRows;

  /** An empty ledger, with room for `capacity` rows before its columns grow. */
  constructor(capacity?: number) {
    this.rows = new LedgerRows(capacity);
  }

  /** Adds a row; returns its index in `rows` (for `rows.setStatus` and `rows.setDetail`). */
  add(file: string, line: number, id: string | null, status: RowStatus, detail: string): number {
    return this.rows.add(file, line, id, status, detail);
  }

  /** Counts every status from the rows themselves, so the totals always add up. */
  build(matchedStudents: number): Ledger {
    this.rows.trim();
    const counts = this.rows.countStatuses();
    const matchedRows = counts.matched;
    counts.matched = matchedStudents;
    return { rowsRead: this.rows.length, matchedRows, counts, rows: this.rows };
  }
}

/**
 * The ledger with `rows` added (rows an earlier step read and set aside, such as the non-student
 * rows `impact import` left out of a cycle's data), counts and `rowsRead` updated to match.
 */
export function appendLedgerRows(ledger: Ledger, rows: readonly LedgerRow[]): Ledger {
  if (rows.length === 0) return ledger;
  const counts = { ...ledger.counts };
  for (const row of rows) {
    if (row.status === 'matched') throw new RangeError('appendLedgerRows: matched rows come from matching, not from elsewhere');
    counts[row.status]++;
  }
  return { ...ledger, rowsRead: ledger.rowsRead + rows.length, counts, rows: ledger.rows.concat(rows) };
}

/** Whether `rowsRead === rows.length === matchedRows + every other count` (for tests and asserts). */
export function ledgerAddsUp(ledger: Ledger): boolean {
  let total = ledger.matchedRows;
  for (const status of ROW_STATUSES) if (status !== 'matched') total += ledger.counts[status];
  return ledger.rowsRead === ledger.rows.length && total === ledger.rowsRead;
}
