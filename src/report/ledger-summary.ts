/**
 * The ledger in sentences: how many rows were read, who was matched, and who was left out and why
 * (with the codes and lines), so nobody silently disappears from the analysis.
 */
import type { Ledger, LedgerRow, RowStatus } from '../ingest/types.js';
import { plural } from '../analysis/wording.js';

const STATUS_WORDS: Record<Exclude<RowStatus, 'matched'>, string> = {
  preOnly: 'only in the pre file',
  postOnly: 'only in the post file',
  duplicate: 'repeated rows not used',
  missingScore: 'missing score',
  unparseable: 'score not readable',
  notAStudent: 'not a student (totals, points possible, test student, blank)',
  outOfScope: 'not selected by the filters',
};

/** At most this many example rows are named per status. */
const EXAMPLES = 5;

export interface LedgerSummary {
  /** "164 rows read; 78 students matched (156 rows)." */
  total: string;
  /** One line per status that has rows, naming examples with their lines. */
  items: string[];
}

export function ledgerSummary(ledger: Ledger): LedgerSummary {
  const total = `${plural(ledger.rowsRead, 'row')} read; ${plural(ledger.counts.matched, 'student')} matched (${plural(ledger.matchedRows, 'row')}).`;
  const items: string[] = [];
  for (const status of Object.keys(STATUS_WORDS) as Array<keyof typeof STATUS_WORDS>) {
    const count = ledger.counts[status];
    if (count === 0) continue;
    const rows: LedgerRow[] = [];
    let found = 0;
    for (let index = 0; index < ledger.rows.length; index++) {
      if (ledger.rows.status(index) !== status) continue;
      if (found++ < EXAMPLES) rows.push(ledger.rows.at(index));
    }
    const examples = rows.map(describeRow).join('; ');
    const more = found > EXAMPLES ? `; and ${found - EXAMPLES} more` : '';
    items.push(`${STATUS_WORDS[status]}: ${count} (${examples}${more})`);
  }
  return { total, items };
}

function describeRow(row: LedgerRow): string {
  const who = row.id === null ? '' : `${row.id}, `;
  const detail = row.detail ? `: ${row.detail}` : '';
  return `${who}${row.file}:${row.line}${detail}`;
}
