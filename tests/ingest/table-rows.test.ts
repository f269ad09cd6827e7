/** A table's data records (`TableRows`): the fast `next()` reuses one record; nothing kept is overwritten. */
import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tableFromBytes } from '../../src/ingest/read-table.js';
import { scanRows } from '../../src/ingest/scan-rows.js';
import { readCohort } from '../../src/ingest/read-cohort.js';
import type { ReadProgress } from '../../src/ingest/read-progress.js';
import type { CsvRecord } from '../../src/ingest/csv-records.js';

/** A file with a title line, a header and `count` students (more than the 200 sampled). */
function csv(count: number): string {
  const rows = Array.from({ length: count }, (_, index) => `S${index},Name ${index},${index % 50},${(index % 50) + 1}`);
  return `Gradebook export\nID,Name,Pre,Post\n${rows.join('\n')}\n`;
}

const snapshot = (records: readonly CsvRecord[]) => records.map((record) => ({ fields: [...record.fields], line: record.line }));

describe('TableRows', () => {
  it('next() lends one record after the sample; the sample and the lines above the header are never overwritten', () => {
    const table = tableFromBytes(Buffer.from(csv(500)), 'scores.csv');
    const above = snapshot(table.above);
    const sample = snapshot(table.sample);
    expect(sample).toHaveLength(200);
    const seen: Array<{ fields: string[]; line: number }> = [];
    const lent = new Set<CsvRecord>();
    for (let record = table.rows.next(); record !== null; record = table.rows.next()) {
      seen.push({ fields: [...record.fields], line: record.line });
      if (seen.length > 300) lent.add(record);
    }
    expect(seen).toHaveLength(500);
    expect(seen[0]).toEqual({ fields: ['S0', 'Name 0', '0', '1'], line: 3 });
    expect(seen[499]).toEqual({ fields: ['S499', 'Name 499', '49', '50'], line: 502 });
    // Records after the first ones read (the header search and the sample) are one object, reused.
    expect(lent.size).toBe(1);
    expect(snapshot(table.above)).toEqual(above);
    expect(snapshot(table.sample)).toEqual(sample);
    expect(sample[0]).toEqual({ fields: ['S0', 'Name 0', '0', '1'], line: 3 });
    expect(table.rows.next()).toBeNull();
  });

  it('iterating gives records of their own, past the sample too', () => {
    const table = tableFromBytes(Buffer.from(csv(300)), 'scores.csv');
    const records = [...table.rows];
    expect(records).toHaveLength(300);
    expect(new Set(records).size).toBe(300);
    expect(new Set(records.map((record) => record.fields)).size).toBe(300);
    expect(records.map((record) => record.fields[0])).toEqual(Array.from({ length: 300 }, (_, index) => `S${index}`));
    expect(records[299].line).toBe(302);
  });

  it('scanRows hands each record to the visitor for the call only; what the visitor keeps of it is its own', () => {
    const table = tableFromBytes(Buffer.from(`${csv(400)},,,\nTotal,,,\n`), 'scores.csv');
    const ids: string[] = [];
    const nonStudents: string[] = [];
    const students = scanRows(table, 0, 1, {
      above: () => undefined,
      nonStudent: (record, nonStudent) => nonStudents.push(`${record.line} ${nonStudent.detail}`),
      student: (record) => ids.push(record.fields[0]),
    });
    expect(students).toBe(400);
    expect(ids).toEqual(Array.from({ length: 400 }, (_, index) => `S${index}`));
    expect(nonStudents).toEqual(['403 blank line', '404 Total row']);
  });

  it('tells the progress listener reading finished when a visitor stops it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'impact-table-rows-'));
    const file = join(dir, 'scores.csv');
    writeFileSync(file, `${csv(5000)}S9999,Name,12,B+\n`);
    const calls: string[] = [];
    const progress: ReadProgress = {
      reading: (label, rows) => void calls.push(`${label === file ? 'scores.csv' : label} ${rows}`),
      finished: (label) => void calls.push(`${label === file ? 'scores.csv' : label} finished`),
    };
    await expect(readCohort({ files: [file], id: 'ID', pre: 'Pre', post: 'Post', progress })).rejects.toThrow(/score "B\+" is not a number/);
    expect(calls).toEqual(['scores.csv 0', 'scores.csv 4096', 'scores.csv finished']);
  });
});
