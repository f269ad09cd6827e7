/**
 * The ledger (DESIGN.md, "The ledger: nothing is lost"): one row per input record except each
 * file's header, each with exactly one status. Rows are added in reading order; a student row's
 * status is settled after matching, so it is added with a provisional status and updated in place.
 */
import { ROW_STATUSES, type Ledger, type LedgerRow, type RowStatus } from './types.js';

export class LedgerBuilder {
  readonly rows: LedgerRow[] = [];

  add(file: string, line: number, id: string | null, status: RowStatus, detail: string): LedgerRow {
    const row: LedgerRow = { file, line, id, status, detail };
    this.rows.push(row);
    return row;
  }

  /** Counts every status from the rows themselves, so the totals always add up. */
  build(matchedStudents: number): Ledger {
    const counts = Object.fromEntries(ROW_STATUSES.map((status) => [status, 0])) as Record<RowStatus, number>;
    for (const row of this.rows) counts[row.status]++;
    const matchedRows = counts.matched;
    counts.matched = matchedStudents;
    return { rowsRead: this.rows.length, matchedRows, counts, rows: this.rows };
  }
}

/** Whether `rowsRead === rows.length === matchedRows + every other count` (for tests and asserts). */
export function ledgerAddsUp(ledger: Ledger): boolean {
  let total = ledger.matchedRows;
  for (const status of ROW_STATUSES) if (status !== 'matched') total += ledger.counts[status];
  return ledger.rowsRead === ledger.rows.length && total === ledger.rowsRead;
}
