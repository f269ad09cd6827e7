import { describe, expect, it } from 'vitest';
import { LedgerRows } from '../../src/ingest/ledger-rows.js';
import type { LedgerRow } from '../../src/ingest/types.js';

const RECORDS: LedgerRow[] = [
  { file: 'pre.csv', line: 1, id: null, status: 'notAStudent', detail: 'Points Possible row' },
  { file: 'pre.csv', line: 2, id: 'S1', status: 'matched', detail: '' },
  { file: 'post.csv', line: 2, id: 'S1', status: 'matched', detail: '' },
  { file: 'post.csv', line: 3, id: 'S2', status: 'postOnly', detail: 'no pre row in pre.csv' },
];

describe('LedgerRows', () => {
  it('gives back the records it was given, one by one, in slices and as JSON', () => {
    const rows = LedgerRows.from(RECORDS);
    expect(rows.length).toBe(4);
    expect(rows.at(3)).toEqual(RECORDS[3]);
    expect(rows.slice(1, 3)).toEqual(RECORDS.slice(1, 3));
    expect([...rows]).toEqual(RECORDS);
    expect(JSON.parse(JSON.stringify({ rows }))).toEqual({ rows: RECORDS });
    expect(rows.file(2)).toBe('post.csv');
    expect(rows.line(3)).toBe(3);
    expect(rows.id(0)).toBeNull();
  });

  it('grows past its first capacity and keeps fractional and large line numbers', () => {
    const rows = new LedgerRows();
    for (let index = 0; index < 5000; index++) expect(rows.add(`f${index % 3}.csv`, index + 0.5, String(index), 'outOfScope', '')).toBe(index);
    rows.add('big.csv', 2 ** 40, null, 'notAStudent', 'x');
    expect(rows.length).toBe(5001);
    expect(rows.at(4999)).toEqual({ file: 'f1.csv', line: 4999.5, id: '4999', status: 'outOfScope', detail: '' });
    expect(rows.line(5000)).toBe(2 ** 40);
  });

  it('settles a status and detail in place, and counts statuses', () => {
    const rows = LedgerRows.from(RECORDS);
    rows.setStatus(3, 'duplicate');
    rows.setDetail(3, 'line 2 kept instead (--duplicates first)');
    rows.setDetail(0, '');
    expect(rows.at(3)).toMatchObject({ status: 'duplicate', detail: 'line 2 kept instead (--duplicates first)' });
    expect(rows.detail(0)).toBe('');
    expect(rows.countStatuses()).toEqual({ matched: 2, preOnly: 0, postOnly: 0, duplicate: 1, missingScore: 0, unparseable: 0, notAStudent: 1, outOfScope: 0 });
  });

  it('refuses a row that does not exist and a status that is not one', () => {
    const rows = LedgerRows.from(RECORDS);
    expect(() => rows.at(4)).toThrow(RangeError);
    expect(() => rows.setStatus(-1, 'matched')).toThrow(/ledger row -1 does not exist/);
    expect(() => rows.add('a.csv', 1, null, 'lost' as never, '')).toThrow(/"lost" is not a ledger status/);
  });

  it('makes new rows for concat, mapStrings and withIds, leaving the original alone', () => {
    const rows = LedgerRows.from(RECORDS);
    const extra: LedgerRow = { file: 'pre.csv', line: 9, id: null, status: 'notAStudent', detail: 'Class Average' };
    expect(rows.concat([extra]).toArray()).toEqual([...RECORDS, extra]);
    const upper = rows.mapStrings((text) => text.toUpperCase());
    expect(upper.at(3)).toEqual({ file: 'POST.CSV', line: 3, id: 'S2', status: 'postOnly', detail: 'NO PRE ROW IN PRE.CSV' });
    expect(rows.withIds((id, index) => (id === null ? null : `${id}#${index}`)).toArray().map((row) => row.id)).toEqual([null, 'S1#1', 'S1#2', 'S2#3']);
    expect(rows.toArray()).toEqual(RECORDS);
  });
});
