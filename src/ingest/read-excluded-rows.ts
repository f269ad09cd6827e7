/**
 * Reads the rows `impact import` set aside (a cycle's `data/SIDE-excluded.csv`: source_file,
 * source_line, id, status, detail) back as ledger rows, so a report from the cycle accounts for
 * every row of the original exports, not only the students it kept.
 */
import { readFile } from 'node:fs/promises';
import { InputError } from '../errors.js';
import { csvRecords } from './csv-records.js';
import type { LedgerRow } from './types.js';

const STATUSES = new Set(['notAStudent', 'outOfScope']);

/** The ledger rows in `path`; none when the file does not exist (a cycle imported before it did). */
export async function readExcludedRows(path: string): Promise<LedgerRow[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const rows: LedgerRow[] = [];
  let header = true;
  for (const record of csvRecords(text, ',')) {
    if (header || (record.fields.length === 1 && record.fields[0] === '')) {
      header = false;
      continue;
    }
    const [file, line, id, status, detail] = record.fields;
    if (!STATUSES.has(status) || !/^\d+$/.test(line ?? '')) {
      throw new InputError('this is not a file impact import wrote (bad status or line)', { file: path, line: record.line }, 'Import the export again (impact import pre|post FILE).');
    }
    rows.push({ file, line: Number(line), id: id === '' ? null : id, status: status as LedgerRow['status'], detail: detail ?? '' });
  }
  return rows;
}
