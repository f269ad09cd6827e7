/** The awkward inputs of fixtures/bad: each reads cleanly or fails with one clear input error. */
import { describe, it, expect } from 'vitest';
import { readCohort } from '../../src/ingest/read-cohort.js';
import { inspectFile } from '../../src/ingest/inspect.js';
import { ledgerAddsUp } from '../../src/ingest/ledger.js';
import { InputError } from '../../src/errors.js';

const read = (name: string) => readCohort({ files: [`fixtures/bad/${name}`], pre: 'Pre', post: 'Post', duplicates: name === 'duplicate-ids.csv' ? 'error' : undefined });

describe('awkward inputs', () => {
  it.each([
    ['empty.csv', /empty\.csv: the file is empty/],
    ['unclosed-quote.csv', /unclosed-quote\.csv:4: a quoted field starting on line 4 never closes/],
    ['duplicate-ids.csv', /duplicate-ids\.csv:5: 1 student appears more than once .*: 2 \(.*lines 3, 5\)/],
  ])('%s is an input error naming the file and line', async (name, message) => {
    const error = await read(name).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(message);
  });

  it.each([
    ['header-only.csv', 0, 0],
    ['mac-newlines.csv', 3, 3],
    ['utf16le-bom.csv', 3, 3],
    ['latin1.csv', 3, 3],
    ['multiline-names.csv', 3, 3],
    ['ragged-rows.csv', 1, 3],
  ])('%s reads with %d students and the ledger adds up', async (name, students, rows) => {
    const cohort = await read(name);
    expect(cohort.students).toHaveLength(students);
    expect(cohort.ledger.rowsRead).toBe(rows);
    expect(ledgerAddsUp(cohort.ledger)).toBe(true);
  });

  it('keeps accents through every encoding', async () => {
    for (const name of ['utf16le-bom.csv', 'latin1.csv', 'mac-newlines.csv']) {
      const cohort = await read(name);
      expect(cohort.students.toArray().map((student) => student.name)).toEqual(['Lund, Åsa', 'Peña, Inés', 'Ng, Al']);
    }
  });

  it('counts the lines of multi-line quoted names', async () => {
    const cohort = await read('multiline-names.csv');
    expect(cohort.ledger.rows.toArray().map((row) => row.line)).toEqual([2, 4, 7]);
  });

  it('inspect survives each readable file', async () => {
    for (const name of ['header-only.csv', 'mac-newlines.csv', 'utf16le-bom.csv', 'latin1.csv', 'multiline-names.csv', 'ragged-rows.csv']) {
      const inspection = await inspectFile(`fixtures/bad/${name}`, {});
      expect(inspection.columns.map((column) => column.name)).toEqual(['ID', 'Name', 'Pre', 'Post']);
    }
  });
});
