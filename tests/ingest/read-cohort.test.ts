/** readCohort on small files written to a temp folder: layouts, matching, duplicates, the ledger. */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCohort } from '../../src/ingest/read-cohort.js';
import { ledgerAddsUp } from '../../src/ingest/ledger.js';
import { InputError, UsageError } from '../../src/errors.js';
import { ROW_STATUSES, type ReadOptions } from '../../src/ingest/types.js';

let dir = '';
let counter = 0;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'impact-ingest-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a CSV (lines joined by \n) and returns its path. */
function csv(...lines: string[]): string {
  const path = join(dir, `f${counter++}.csv`);
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

async function read(options: ReadOptions) {
  const cohort = await readCohort(options);
  expect(ledgerAddsUp(cohort.ledger)).toBe(true);
  return cohort;
}

const statuses = (cohort: Awaited<ReturnType<typeof read>>) => cohort.ledger.rows.toArray().map((row) => `${row.line}:${row.status}`);

describe('two files', () => {
  it('matches by ID, keeping leading zeros and taking attributes from the pre row', async () => {
    const pre = csv('ID,Name,Teacher,ELL,Score', '007,"Ames, Ada",Kim,Y,10', '008,"Bo, Ben",,N,12');
    const post = csv('ID,Name,Teacher,ELL,Score', '008,"Bo, Ben",Lee,Y,15', '007,"Ames, Ada",Ray,N,14');
    const cohort = await read({ files: [pre, post], score: 'Score', by: ['ell'] });
    expect(cohort.students.toArray()).toEqual([
      expect.objectContaining({ id: '007', name: 'Ames, Ada', teacher: 'Kim', pre: 10, post: 14, groups: { ELL: 'Y' } }),
      expect.objectContaining({ id: '008', teacher: 'Lee', pre: 12, post: 15, groups: { ELL: 'N' } }),
    ]);
    expect(cohort.ledger.rows.toArray().map((row) => [row.file, row.line, row.id, row.status])).toEqual([
      [pre, 2, '007', 'matched'],
      [pre, 3, '008', 'matched'],
      [post, 2, '008', 'matched'],
      [post, 3, '007', 'matched'],
    ]);
    expect(cohort.breakdowns).toEqual(['ELL']);
    expect(cohort.hasTeacher).toBe(true);
    expect(cohort.ledger.matchedRows).toBe(4);
    expect(cohort.ledger.counts.matched).toBe(2);
  });

  it('puts both rows of a student with a missing score in missingScore, never preOnly', async () => {
    const pre = csv('ID,Score', '1,EX', '2,10', '3,5');
    const post = csv('ID,Score', '1,12', '2,ABS', '4,9');
    const cohort = await read({ files: [pre, post], score: 'Score' });
    expect(cohort.students).toHaveLength(0);
    expect(cohort.ledger.rows.toArray().map((row) => [row.id, row.status, row.detail])).toEqual([
      ['1', 'missingScore', 'EX'],
      ['2', 'missingScore', `post score ABS (${post}:3)`],
      ['3', 'preOnly', `no post row in ${post}`],
      ['1', 'missingScore', `pre score EX (${pre}:2)`],
      ['2', 'missingScore', 'ABS'],
      ['4', 'postOnly', `no pre row in ${pre}`],
    ]);
  });

  it('marks an unparseable score and its partner row', async () => {
    const pre = csv('ID,Score', '1,920L');
    const post = csv('ID,Score', '1,950');
    await expect(read({ files: [pre, post], score: 'Score' })).rejects.toThrow(`${pre}:2, column "Score": score "920L" is not a number`);
    const cohort = await read({ files: [pre, post], score: 'Score', unparseable: 'skip' });
    expect(cohort.ledger.rows.toArray().map((row) => [row.status, row.detail])).toEqual([
      ['unparseable', '920L'],
      ['unparseable', `pre score unparseable "920L" (${pre}:2)`],
    ]);
  });

  it('takes separate score columns with --pre-score and --post-score', async () => {
    const cohort = await read({ files: [csv('ID,Quiz A', '1,3'), csv('ID,Quiz B', '1,5')], preScore: 'Quiz A', postScore: 'Quiz B' });
    expect(cohort.students.at(0)).toMatchObject({ pre: 3, post: 5 });
  });

  it('guesses the only score column and asks when there are several', async () => {
    const cohort = await read({ files: [csv('Student Num,Student Name,Points Earned', '1,A,3'), csv('Student Num,Student Name,Points Earned', '1,A,5')] });
    expect(cohort.students.at(0)).toMatchObject({ pre: 3, post: 5 });
    await expect(readCohort({ files: [csv('ID,Quiz,Test', '1,3,4'), csv('ID,Quiz,Test', '1,3,4')] })).rejects.toThrow(/which column .* is the score\? Candidates: "Quiz", "Test"/);
  });

  it('matches IDs that lost their leading zeros with --id-normalize strip-zeros', async () => {
    const cohort = await read({ files: [csv('ID,Score', '004406,10', '000,1'), csv('ID,Score', '4406,12', '0,2')], score: 'Score', idNormalize: 'strip-zeros' });
    expect(cohort.students.toArray().map((student) => [student.id, student.pre, student.post])).toEqual([
      ['004406', 10, 12],
      ['000', 1, 2],
    ]);
  });

  it('matches by name with --match name, ignoring case, accents and "Last, First" order, with a notice', async () => {
    const pre = csv('Student,Score', '"Peña, Sofía",10', '"Ng, Al",3');
    const post = csv('Student,Score', 'sofia  pena,14', 'Al Ng,4');
    const cohort = await read({ files: [pre, post], score: 'Score', match: 'name' });
    expect(cohort.students.toArray().map((student) => [student.id, student.name, student.post])).toEqual([
      ['Peña, Sofía', 'Peña, Sofía', 14],
      ['Ng, Al', 'Ng, Al', 4],
    ]);
    expect(cohort.notices.map((notice) => notice.code)).toEqual(['matched-by-name']);
  });

  it('matches email IDs regardless of case', async () => {
    const cohort = await read({ files: [csv('Email Address,Score', 'Ann@School.org,1'), csv('Email Address,Score', 'ann@school.org,2')], score: 'Score' });
    expect(cohort.students).toHaveLength(1);
  });
});

describe('duplicates', () => {
  const pre = () => csv('ID,Score', '1,10', '2,20', '1,14', '1,EX', '3,5', '3,7');
  const post = () => csv('ID,Score', '1,15', '2,25', '3,9');

  it('is an error by default, listing the IDs and lines, with a hint', async () => {
    const error = await readCohort({ files: [pre(), post()], score: 'Score' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toMatch(/2 students appear more than once .*: 1 \(.* lines 2, 4, 5\); 3 \(.* lines 6, 7\)/);
    expect((error as InputError).hint).toMatch(/--duplicates first\|last\|max\|mean/);
  });

  it.each([
    ['first', 10, 5, ['2:matched', '3:matched', '4:duplicate', '5:duplicate', '6:matched', '7:duplicate']],
    ['last', 14, 7, ['2:duplicate', '3:matched', '4:matched', '5:duplicate', '6:duplicate', '7:matched']],
    ['max', 14, 7, ['2:duplicate', '3:matched', '4:matched', '5:duplicate', '6:duplicate', '7:matched']],
    ['mean', 12, 6, ['2:matched', '3:matched', '4:duplicate', '5:duplicate', '6:matched', '7:duplicate']],
  ] as const)('--duplicates %s keeps the right row (rows with a score first)', async (policy, student1, student3, expected) => {
    const cohort = await read({ files: [pre(), post()], score: 'Score', duplicates: policy });
    expect(cohort.students.toArray().map((student) => student.pre)).toEqual([student1, 20, student3]);
    expect(statuses(cohort).slice(0, 6)).toEqual(expected);
    expect(cohort.ledger.counts.duplicate).toBe(3);
  });

  it('says a mean row was averaged into the kept one', async () => {
    const cohort = await read({ files: [pre(), post()], score: 'Score', duplicates: 'mean' });
    expect(cohort.ledger.rows.at(2)).toMatchObject({ status: 'duplicate', detail: 'averaged into line 2 (--duplicates mean)' });
    expect(cohort.ledger.rows.at(3)).toMatchObject({ status: 'duplicate', detail: 'line 2 kept instead (--duplicates mean)' });
  });

  it('finds a row repeated after its pre and post rows, in either order (a long file)', async () => {
    // Student 1: Fall, Winter, then Fall again. Student 2: Winter before Fall, then Winter again. Student 3: a pair. Student 4: Winter only.
    const file = () =>
      csv('ID,Name,Term,Score', '1,Ann,Fall,10', '1,Ann,Winter,12', '2,,Winter,20', '1,Ann B,Fall,11', '2,Bo,Fall,15', '3,Cy,Fall,1', '3,Cy,Winter,2', '2,Bo,Winter,21', '4,Di,Winter,9');
    const options = { window: 'Term', pre: 'Fall', post: 'Winter', score: 'Score' } as const;
    const error = await readCohort({ files: [file()], ...options }).catch((caught: unknown) => caught);
    expect((error as InputError).message).toMatch(/2 students appear more than once .*: 1 \(.* lines 2, 5\); 2 \(.* lines 4, 9\)/);
    const last = await read({ files: [file()], ...options, duplicates: 'last' });
    expect(last.students.toArray().map((student) => [student.id, student.name, student.pre, student.post])).toEqual([
      ['1', 'Ann B', 11, 12],
      ['2', 'Bo', 15, 21],
      ['3', 'Cy', 1, 2],
    ]);
    expect(statuses(last)).toEqual(['2:duplicate', '3:matched', '4:duplicate', '5:matched', '6:matched', '7:matched', '8:matched', '9:matched', '10:postOnly']);
    expect(last.ledger.rows.at(8).detail).toBe('no pre row');
    expect(last.unmatched).toEqual([expect.objectContaining({ id: '4', side: 'post', score: 9 })]);
  });

  it('applies to whole rows in a wide file', async () => {
    const file = () => csv('ID,Pre,Post', '1,10,12', '1,11,19', '2,5,6');
    await expect(readCohort({ files: [file()], pre: 'Pre', post: 'Post' })).rejects.toThrow(/1 student appears more than once/);
    const max = await read({ files: [file()], pre: 'Pre', post: 'Post', duplicates: 'max' });
    expect(max.students.toArray().map((student) => [student.pre, student.post])).toEqual([[11, 19], [5, 6]]);
    const mean = await read({ files: [file()], pre: 'Pre', post: 'Post', duplicates: 'mean' });
    expect(mean.students.at(0)).toMatchObject({ pre: 10.5, post: 15.5 });
    expect(mean.ledger.matchedRows).toBe(2);
    expect(mean.ledger.counts.duplicate).toBe(1);
  });
});

describe('one file', () => {
  it('wide: one ledger row per student, missing and unparseable per side', async () => {
    const file = csv('ID,Pre,Post', '1,10,12', '2,EX,9', '3,7,Level 4', '4,8,');
    const cohort = await read({ files: [file], pre: 'pre', post: 'POST', unparseable: 'skip' });
    expect(cohort.ledger.rows.toArray().map((row) => [row.status, row.detail])).toEqual([
      ['matched', ''],
      ['missingScore', 'EX (pre)'],
      ['unparseable', 'Level 4 (post)'],
      ['missingScore', 'blank (post)'],
    ]);
    expect(cohort.ledger.matchedRows).toBe(1);
  });

  it('long with --window: rows of other windows and other subjects are out of scope', async () => {
    const file = csv('StudentID,TermName,Subject,RIT', '1,Fall,Math,200', '1,Winter,Math,210', '1,Fall,Reading,190', '1,Spring,Math,215', '2,fall ,math,180');
    const cohort = await read({ files: [file], window: 'TermName', pre: 'Fall', post: 'Winter', score: 'RIT', where: [{ column: 'subject', value: 'MATH' }] });
    expect(cohort.students.toArray().map((student) => [student.id, student.pre, student.post])).toEqual([['1', 200, 210]]);
    expect(cohort.ledger.rows.toArray().map((row) => [row.status, row.detail])).toEqual([
      ['matched', ''],
      ['matched', ''],
      ['outOfScope', 'Subject is "Reading" (--where subject=MATH)'],
      ['outOfScope', 'TermName is "Spring", not the pre or post window'],
      ['preOnly', 'no post row'],
    ]);
  });

  it('a window label or filter value that matches nothing is a usage error listing the values seen', async () => {
    const file = csv('StudentID,TermName,Subject,RIT', '1,Fall 2025-2026,Math,200', '1,Winter 2025-2026,Math,210');
    await expect(readCohort({ files: [file], window: 'TermName', pre: 'Fall 2025-26', post: 'Winter 2025-2026', score: 'RIT' })).rejects.toThrow(
      /--pre "Fall 2025-26": no row of .* has TermName "Fall 2025-26"; values seen: Fall 2025-2026, Winter 2025-2026/,
    );
    await expect(readCohort({ files: [file], window: 'TermName', pre: 'Fall 2025-2026', post: 'Winter 2025-2026', score: 'RIT', where: [{ column: 'Subject', value: 'Maths' }] })).rejects.toBeInstanceOf(UsageError);
  });

  it('needs a layout: --pre/--post columns or a window', async () => {
    await expect(readCohort({ files: [csv('ID,Score', '1,2')] })).rejects.toThrow(/one file needs --pre COL --post COL/);
    await expect(readCohort({ files: [csv('ID,Score', '1,2')], preWhere: [{ column: 'ID', value: '1' }] })).rejects.toThrow(/go together/);
  });

  it('gives every row --strategy-name when there is no strategy column', async () => {
    const cohort = await read({ files: [csv('ID,Pre,Post', '1,1,2')], pre: 'Pre', post: 'Post', strategyName: 'Number talks' });
    expect(cohort.students.at(0).strategy).toBe('Number talks');
    expect(cohort.hasStrategy).toBe(true);
  });
});

describe('columns and errors', () => {
  it('an unknown column lists the available ones', async () => {
    await expect(readCohort({ files: [csv('Student Num,Score', '1,2'), csv('Student Num,Score', '1,2')], score: 'Scroe' })).rejects.toThrow(/--score "Scroe": .* has no such column\. Did you mean "Score"\? Its columns: 1 Student Num, 2 Score/);
  });

  it('takes columns by number', async () => {
    const cohort = await read({ files: [csv('A,B,C', '1,x,5', '2,y,6')], id: 1, pre: '3', post: 3 as unknown as string });
    expect(cohort.students.toArray().map((student) => student.pre)).toEqual([5, 6]);
  });

  it('without an ID column, says how to name one or match by name', async () => {
    await expect(readCohort({ files: [csv('Kid,Score', 'A,1'), csv('Kid,Score', 'A,2')], score: 'Score' })).rejects.toThrow(/no column that looks like a student ID/);
  });

  it('reports a missing file as bad input', async () => {
    await expect(readCohort({ files: [join(dir, 'nope.csv'), join(dir, 'nope2.csv')], score: 'S' })).rejects.toThrow(/nope\.csv: cannot read the file: no such file/);
  });
});

describe('the ledger', () => {
  it('counts physical lines across quoted newlines, blank lines and summary rows', async () => {
    const pre = csv('Title line,,', 'Student,ID,Score', '"Multi', 'line, Name",1,10', '', 'Class Average,,10');
    const post = csv('Student,ID,Score', '    Points Possible,,40', '"Multi line, Name",1,12', '"Student, Test",,0');
    const cohort = await read({ files: [pre, post], score: 'Score' });
    expect(cohort.ledger.rows.toArray().map((row) => `${row.line}:${row.status}:${row.detail}`)).toEqual([
      '1:notAStudent:above the header: Title line',
      '3:matched:',
      '5:notAStudent:blank line',
      '6:notAStudent:Class Average row',
      '2:notAStudent:Points Possible row',
      '3:matched:',
      '4:notAStudent:Canvas test student',
    ]);
    expect(cohort.maxScore).toBe(40);
  });

  it('--max-score wins over a Points Possible row', async () => {
    const cohort = await read({ files: [csv('ID,Pre,Post', 'Points Possible,40,40', '1,1,2')], pre: 'Pre', post: 'Post', maxScore: 50 });
    expect(cohort.maxScore).toBe(50);
  });

  it('always adds up, whatever the rows (property)', async () => {
    const cellArbitrary = fc.constantFrom('10', '12.5', 'EX', 'ABS', '', '920L', '-', '#VALUE!', '85%');
    const rowArbitrary = fc.record({ id: fc.constantFrom('1', '2', '3', '01', '', 'Points Possible'), score: cellArbitrary, subject: fc.constantFrom('Math', 'Reading') });
    const fileArbitrary = fc.array(rowArbitrary, { minLength: 1, maxLength: 12 });
    await fc.assert(
      fc.asyncProperty(fileArbitrary, fileArbitrary, fc.constantFrom('first', 'last', 'max', 'mean'), fc.boolean(), async (preRows, postRows, duplicates, stripZeros) => {
        const write = (rows: typeof preRows) => csv('ID,Subject,Score', ...rows.map((row) => `${row.id},${row.subject},${row.score}`), '');
        const cohort = await readCohort({
          files: [write(preRows), write(postRows)],
          score: 'Score',
          duplicates,
          idNormalize: stripZeros ? 'strip-zeros' : 'none',
          unparseable: 'skip',
        });
        expect(ledgerAddsUp(cohort.ledger)).toBe(true);
        expect(cohort.ledger.rowsRead).toBe(preRows.length + postRows.length + 2);
        expect(cohort.ledger.matchedRows).toBe(2 * cohort.students.length);
        for (const row of cohort.ledger.rows) expect(ROW_STATUSES).toContain(row.status);
        for (const student of cohort.students) expect(Number.isFinite(student.pre) && Number.isFinite(student.post)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
