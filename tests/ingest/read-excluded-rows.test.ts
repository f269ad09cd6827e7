import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { appendLedgerRows, ledgerAddsUp } from '../../src/ingest/ledger.js';
import { LedgerRows } from '../../src/ingest/ledger-rows.js';
import { readExcludedRows } from '../../src/ingest/read-excluded-rows.js';
import { ROW_STATUSES, type Ledger } from '../../src/ingest/types.js';

const dir = mkdtempSync(join(tmpdir(), 'impact-excluded-'));

describe('readExcludedRows', () => {
  it('reads the rows import set aside, as ledger rows', async () => {
    const file = join(dir, 'pre-excluded.csv');
    writeFileSync(file, 'source_file,source_line,id,status,detail\nexports/pre.csv,2,,notAStudent,Points Possible row\nexports/pre.csv,40,0042,outOfScope,"Subject is ""Reading"""\n');
    expect(await readExcludedRows(file)).toEqual([
      { file: 'exports/pre.csv', line: 2, id: null, status: 'notAStudent', detail: 'Points Possible row' },
      { file: 'exports/pre.csv', line: 40, id: '0042', status: 'outOfScope', detail: 'Subject is "Reading"' },
    ]);
  });

  it('finds none for a cycle imported before the file existed', async () => {
    expect(await readExcludedRows(join(dir, 'missing.csv'))).toEqual([]);
  });

  it('refuses a file it did not write, naming the line', async () => {
    const file = join(dir, 'bad.csv');
    writeFileSync(file, 'source_file,source_line,id,status,detail\nx.csv,2,7,matched,\n');
    await expect(readExcludedRows(file)).rejects.toThrow(InputError);
    await expect(readExcludedRows(file)).rejects.toThrow(`${file}:2`);
  });
});

describe('appendLedgerRows', () => {
  it('adds rows and keeps the ledger adding up', () => {
    const counts = Object.fromEntries(ROW_STATUSES.map((status) => [status, 0])) as Ledger['counts'];
    counts.matched = 1;
    const ledger: Ledger = {
      rowsRead: 2, matchedRows: 2, counts,
      rows: LedgerRows.from([{ file: 'a', line: 2, id: '1', status: 'matched', detail: '' }, { file: 'b', line: 2, id: '1', status: 'matched', detail: '' }]),
    };
    const next = appendLedgerRows(ledger, [{ file: 'a', line: 3, id: null, status: 'notAStudent', detail: 'Class Average' }]);
    expect(next.rowsRead).toBe(3);
    expect(next.counts.notAStudent).toBe(1);
    expect(ledgerAddsUp(next)).toBe(true);
    expect(next.rows.at(2)).toEqual({ file: 'a', line: 3, id: null, status: 'notAStudent', detail: 'Class Average' });
    expect(ledger.rowsRead).toBe(2);
    expect(ledger.rows.length).toBe(2);
  });
});
