/**
 * Every vendor layout of shared/FORMATS.md, read with the flags a coach would write. The fixtures
 * are written by fixtures/formats/generate.mjs; the expected numbers are worked out by hand from
 * those files in the comments.
 */
import { describe, it, expect } from 'vitest';
import { readCohort } from '../../src/ingest/read-cohort.js';
import { ledgerAddsUp } from '../../src/ingest/ledger.js';
import type { Cohort, ReadOptions, RowStatus } from '../../src/ingest/types.js';

const DIR = 'fixtures/formats';

function meanGain(cohort: Cohort): number {
  return cohort.students.toArray().reduce((sum, student) => sum + (student.post - student.pre), 0) / cohort.students.length;
}

function countsOf(cohort: Cohort): Partial<Record<RowStatus, number>> {
  return Object.fromEntries(Object.entries(cohort.ledger.counts).filter(([, count]) => count > 0));
}

async function read(options: Omit<ReadOptions, 'files'> & { files: string[] }): Promise<Cohort> {
  const cohort = await readCohort({ ...options, files: options.files.map((file) => `${DIR}/${file}`) });
  expect(ledgerAddsUp(cohort.ledger)).toBe(true);
  return cohort;
}

describe('vendor exports (FORMATS.md)', () => {
  it('Canvas (en): wide, Manual Posting and Points Possible rows, EX / N/A / blank, test student', async () => {
    const cohort = await read({ files: ['canvas-en/grades.csv'], pre: 'Fractions Pre-Assessment', post: 'Fractions Post-Assessment' });
    // Matched (pre → post): Abara 22→30 (+8), Bergstrom 18.5→27 (+8.5), Castillo 30→33 (+3),
    // Eze 12→20.5 (+8.5), Grünewald 28→36 (+8), Ishikawa 34→38 (+4), Jovanovic 20→26 (+6),
    // Kowalczyk 27.5→27 (−0.5), Lindqvist 9→19 (+10): 55.5 / 9.
    expect(cohort.students).toHaveLength(9);
    expect(meanGain(cohort)).toBeCloseTo(55.5 / 9, 10);
    // Dahl post EX, Fonseca pre N/A, Haddad post blank; Manual Posting, Points Possible, Student, Test.
    expect(countsOf(cohort)).toEqual({ matched: 9, missingScore: 3, notAStudent: 3 });
    expect(cohort.ledger.rowsRead).toBe(15);
    expect(cohort.maxScore).toBe(40);
    expect(cohort.students.at(0).id).toBe('00041801');
    expect(cohort.hasSection).toBe(true);
    expect(cohort.students.toArray().find((student) => student.name === 'Jovanovic, Mila')?.section).toBe('Math 7 P2 and Math 7 P4');
    const missing = cohort.ledger.rows.toArray().filter((row) => row.status === 'missingScore').map((row) => row.detail);
    expect(missing).toEqual(['EX (post)', 'N/A (pre)', 'blank (post)']);
  });

  it('Canvas (sv-SE): BOM, semicolons, decimal commas, translated Points Possible row', async () => {
    const cohort = await read({ files: ['canvas-sv/grades.csv'], pre: 'Bråktal förtest', post: 'Bråktal eftertest' });
    // Andersson 17.5→24 (+6.5), Björk 21→29.5 (+8.5), Eriksson 30→31 (+1), Lund 12.25→20.75 (+8.5),
    // Nilsson 26→34.5 (+8.5), Öberg 19→18.5 (−0.5), Sjöberg 23.75→27.25 (+3.5): 36 / 7.
    expect(cohort.students).toHaveLength(7);
    expect(meanGain(cohort)).toBeCloseTo(36 / 7, 10);
    // Holm pre EX; Möjliga poäng row; Student, Test.
    expect(countsOf(cohort)).toEqual({ matched: 7, missingScore: 1, notAStudent: 2 });
    expect(cohort.maxScore).toBe(40);
    expect(cohort.students.at(0)).toMatchObject({ name: 'Andersson, Elin', pre: 17.5, post: 24 });
  });

  it('PowerTeacher Pro: two _pst.csv files, seven metadata lines, codes, roster churn — no flags', async () => {
    const cohort = await read({ files: ['powerteacher/ratios-pre_pst.csv', 'powerteacher/ratios-post_pst.csv'] });
    // Both scored: 60101 12→19 (+7), 60102 15→21 (+6), 60104 9→13 (+4), 60105 18→22 (+4),
    // 60107 20→24 (+4): 25 / 5 = 5.
    expect(cohort.students).toHaveLength(5);
    expect(meanGain(cohort)).toBe(5);
    // missingScore: 60103 ABS, 60106 INC, 60109 blank (pre side), 60110 MIS (post side), 2 rows each;
    // 60108 left after the pre (preOnly); 60111 joined (postOnly); 7 metadata lines per file.
    expect(countsOf(cohort)).toEqual({ matched: 5, missingScore: 8, preOnly: 1, postOnly: 1, notAStudent: 14 });
    expect(cohort.ledger.matchedRows).toBe(10);
    expect(cohort.ledger.rowsRead).toBe(34);
    expect(cohort.maxScore).toBe(25);
    const chen = cohort.ledger.rows.toArray().filter((row) => row.id === '60103').map((row) => row.detail);
    expect(chen[0]).toBe('ABS');
    expect(chen[1]).toMatch(/pre score ABS .*ratios-pre_pst\.csv:11/);
    expect(cohort.unmatched.map((student) => [student.id, student.side, student.score])).toEqual([
      ['60108', 'pre', 11],
      ['60111', 'post', 18],
    ]);
  });

  it('Google Classroom: class name in A1, Points row, join on email, name from Last + First', async () => {
    const cohort = await read({ files: ['google-classroom/grades.csv'], pre: 'Ecosystems Pre-Assessment', post: 'Ecosystems Post-Assessment' });
    // Akhtar +8, Brennan +7, Dube +6, Ekström +3, Gomez +4, Huang +9, Ilunga −1, Jaber +9: 45 / 8.
    expect(cohort.students).toHaveLength(8);
    expect(meanGain(cohort)).toBe(5.625);
    // Cruz post blank, Farouk pre blank; the class-name line and the Points row.
    expect(countsOf(cohort)).toEqual({ matched: 8, missingScore: 2, notAStudent: 2 });
    expect(cohort.maxScore).toBe(30);
    expect(cohort.students.at(0)).toMatchObject({ id: 'sakhtar@students.example.org', name: 'Sana Akhtar' });
  });

  it('NWEA MAP: long file, window labels, a subject filter, a retest, students missing a term', async () => {
    const cohort = await read({
      files: ['nwea-map/map.csv'],
      window: 'TermName',
      pre: 'Fall 2025-2026',
      post: 'Winter 2025-2026',
      score: 'TestRITScore',
      where: [{ column: 'Subject', value: 'Mathematics' }],
      duplicates: 'max',
    });
    // Mathematics, fall → winter: 2025001 210→216 (+6), 2025002 198→205 (+7), 2025003 max(204, 220)→223
    // (+3), 2025005 215→221 (+6), 2025006 190→199 (+9), 2025008 212→211 (−1): 30 / 6 = 5.
    expect(cohort.students).toHaveLength(6);
    expect(meanGain(cohort)).toBe(5);
    // duplicate: the 204 retest; preOnly 2025004 (no winter); postOnly 2025007 (new);
    // outOfScope: 8 Reading rows + last spring's Mathematics row.
    expect(countsOf(cohort)).toEqual({ matched: 6, duplicate: 1, preOnly: 1, postOnly: 1, outOfScope: 9 });
    expect(cohort.ledger.rowsRead).toBe(24);
    expect(cohort.maxScore).toBeNull();
  });

  it('NWEA MAP: a retest without --duplicates is an error naming the ID and lines', async () => {
    await expect(
      readCohort({ files: [`${DIR}/nwea-map/map.csv`], window: 'TermName', pre: 'Fall 2025-2026', post: 'Winter 2025-2026', score: 'TestRITScore', where: [{ column: 'Subject', value: 'Mathematics' }] }),
    ).rejects.toThrow(/2025003 \(.*map\.csv lines 7, 8\)/);
  });

  it('i-Ready: baseline and most-recent Y/N flags pick the pre and post rows', async () => {
    const cohort = await read({
      files: ['iready/diagnostic.csv'],
      preWhere: [{ column: 'Baseline Diagnostic (Y/N)', value: 'Y' }],
      postWhere: [{ column: 'Most Recent Diagnostic YTD (Y/N)', value: 'Y' }],
      score: 'Overall Scale Score',
    });
    // 00310001 455→489 (+34), 00310002 430→441 (+11), 00310004 502→519 (+17), 00310005 398→420 (+22),
    // 00310006 444→440 (−4), 00310007 461→471 (+10): 90 / 6 = 15.
    expect(cohort.students).toHaveLength(6);
    expect(meanGain(cohort)).toBe(15);
    // outOfScope: 00310001's middle diagnostic; preOnly: 00310003 took one diagnostic (Y, Y).
    expect(countsOf(cohort)).toEqual({ matched: 6, outOfScope: 1, preOnly: 1 });
    expect(cohort.students.at(0).id).toBe('00310001');
    expect(cohort.notices.map((notice) => notice.code)).toContain('row-matches-pre-and-post');
  });

  it('Renaissance Star: winter file re-saved by Excel (BOM, CRLF, zeros stripped), window per file, a retest', async () => {
    const cohort = await read({
      files: ['star/star-fall.csv', 'star/star-winter.csv'],
      score: 'ScaledScore',
      window: 'ScreeningPeriodWindowName',
      pre: 'Fall',
      post: 'Winter',
      idNormalize: 'strip-zeros',
      duplicates: 'last',
    });
    // 004401 652→690 (+38), 004402 588→601 (+13), 004403 701→712 (+11), 004404 540→577 (+37),
    // 004406 495→531 (+36, the later winter test): 135 / 5 = 27.
    expect(cohort.students).toHaveLength(5);
    expect(meanGain(cohort)).toBe(27);
    // preOnly 004405 (its winter-file test is outside any window); postOnly 4408; duplicate: 4406's
    // first winter test; outOfScope: 2 fall-file and 1 winter-file tests with no window.
    expect(countsOf(cohort)).toEqual({ matched: 5, preOnly: 1, postOnly: 1, duplicate: 1, outOfScope: 3 });
    expect(cohort.students.at(0).id).toBe('004401');
  });

  it('Renaissance Star: without --id-normalize nobody matches', async () => {
    const cohort = await read({ files: ['star/star-fall.csv', 'star/star-winter.csv'], score: 'ScaledScore', window: 'ScreeningPeriodWindowName', pre: 'Fall', post: 'Winter', duplicates: 'last' });
    expect(cohort.students).toHaveLength(0);
    expect(cohort.notices.map((notice) => notice.code)).toContain('ids-match-without-leading-zeros');
  });

  it('DIBELS 8: BOY and MOY files, Composite Score, N/A composite', async () => {
    const cohort = await read({ files: ['dibels/dibels-boy.csv', 'dibels/dibels-moy.csv'], score: 'Composite Score' });
    // 1000201 312→345 (+33), 1000202 287→301 (+14), 1000203 356→380 (+24), 1000205 265→298 (+33),
    // 1000206 330→329 (−1): 103 / 5.
    expect(cohort.students).toHaveLength(5);
    expect(meanGain(cohort)).toBeCloseTo(20.6, 10);
    // 1000204 composite N/A at BOY (both rows); 1000207 moved away; 1000208 arrived.
    expect(countsOf(cohort)).toEqual({ matched: 5, missingScore: 2, preOnly: 1, postOnly: 1 });
    expect(cohort.students.at(0).name).toBe('Kwame Asante');
  });

  it('teacher Excel gradebook: Windows-1252, banners, repeated headers, codes, a letter grade, Class Average', async () => {
    // The letter grade B+ in a score column stops the run unless the coach says to skip it.
    // Two columns are headed "Score": the first is named by its number, the second as numbered here.
    await expect(read({ files: ['teacher-excel/gradebook.csv'], pre: 'Score', post: 'Score (2)' })).rejects.toThrow('has 2 columns headed "Score" (4 "Score", 6 "Score (2)")');
    await expect(read({ files: ['teacher-excel/gradebook.csv'], pre: '4', post: 'Score (2)' })).rejects.toThrow('score "B+" is not a number');
    const cohort = await read({ files: ['teacher-excel/gradebook.csv'], pre: '4', post: 'Score (2)', unparseable: 'skip' });
    // 5001 24→32 (+8), 5002 18→27 (+9), 5003 30→35 (+5), 5006 15→25 (+10), 5011 20→34 (+14),
    // 5012 33→38 (+5): 51 / 6 = 8.5.
    expect(cohort.students).toHaveLength(6);
    expect(meanGain(cohort)).toBe(8.5);
    // missingScore: EX, ABS, MI, -, #VALUE!; unparseable: B+; notAStudent: 2 banners, a blank line
    // above the header, the Out of row, the blank line and Class Average at the bottom.
    expect(countsOf(cohort)).toEqual({ matched: 6, missingScore: 5, unparseable: 1, notAStudent: 6 });
    expect(cohort.maxScore).toBe(40);
    expect(cohort.students.at(0)).toMatchObject({ name: 'Peña, Sofía', strategy: 'Number lines' });
    expect(cohort.hasStrategy).toBe(true);
    expect(cohort.notices.map((notice) => notice.code)).toEqual(['encoding-fallback']);
    expect(cohort.ledger.rows.toArray().find((row) => row.status === 'unparseable')?.detail).toBe('B+ (post)');
  });
});
