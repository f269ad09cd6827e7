/** `inspect` on every vendor fixture: what it detects, and that its suggested command works. */
import { describe, it, expect } from 'vitest';
import { inspectFile } from '../../src/ingest/inspect.js';
import { renderInspection } from '../../src/ingest/render-inspection.js';
import { readCohort } from '../../src/ingest/read-cohort.js';
import type { ReadOptions } from '../../src/ingest/types.js';

const DIR = 'fixtures/formats';

describe.each([
  // file, its partner for a pair (or null), layout, header line, students matched by the suggestion
  ['canvas-en/grades.csv', null, 'wide', 1, 9],
  ['canvas-sv/grades.csv', null, 'wide', 1, 7],
  ['powerteacher/ratios-pre_pst.csv', 'powerteacher/ratios-post_pst.csv', 'pair', 8, 5],
  ['google-classroom/grades.csv', null, 'wide', 2, 8],
  ['nwea-map/map.csv', null, 'long', 1, 6],
  ['iready/diagnostic.csv', null, 'long', 1, 6],
  ['dibels/dibels-boy.csv', 'dibels/dibels-moy.csv', 'pair', 1, 5],
  ['teacher-excel/gradebook.csv', null, 'wide', 4, 6],
] as const)('inspect %s', (file, partner, layout, headerLine, matched) => {
  it(`finds the header on line ${headerLine}, sees a ${layout} layout, and suggests a command that matches ${matched} students`, async () => {
    const inspection = await inspectFile(`${DIR}/${file}`, {});
    expect(inspection.headerLine).toBe(headerLine);
    expect(inspection.layout).toBe(layout);
    expect(inspection.suggestedCommand).toMatch(/^impact report /);
    const files = partner === null ? [`${DIR}/${file}`] : [`${DIR}/${file}`, `${DIR}/${partner}`];
    const cohort = await readCohort({ ...(inspection.suggestedOptions as ReadOptions), files });
    expect(cohort.students).toHaveLength(matched);
    expect(renderInspection(inspection)).toContain(inspection.suggestedCommand);
  });
});

describe('inspect details', () => {
  it('reports encoding, delimiter, roles, codes, examples and non-student rows', async () => {
    const inspection = await inspectFile(`${DIR}/teacher-excel/gradebook.csv`, {});
    expect(inspection).toMatchObject({ encoding: 'windows-1252', bom: false, delimiter: ',', rows: 15, studentRows: 12, maxScore: 40 });
    const score = inspection.columns.find((column) => column.name === 'Score');
    expect(score).toMatchObject({ number: 4, role: 'score', codes: { EX: 1, '-': 1, '#VALUE!': 1 }, examples: ['24', '18', '30'] });
    expect(score?.numericShare).toBeCloseTo(9 / 12, 10);
    expect(inspection.columns.map((column) => column.role).slice(0, 3)).toEqual(['name', 'id', 'strategy']);
    expect(inspection.nonStudentRows.map((row) => row.line)).toEqual([1, 2, 3, 5, 18, 19]);
    expect(inspection.suggestedCommand).toBe('impact report fixtures/formats/teacher-excel/gradebook.csv --id ID --pre 4 --post "Score (2)" --unparseable skip');
    expect(inspection.notices[0].code).toBe('encoding-fallback');
  });

  it('suggests the two busiest windows in time order, one subject filter, and a duplicate policy for retests', async () => {
    const inspection = await inspectFile(`${DIR}/nwea-map/map.csv`, {});
    expect(inspection.suggestedCommand).toBe(
      'impact report fixtures/formats/nwea-map/map.csv --id StudentID --window TermName --pre "Fall 2025-2026" --post "Winter 2025-2026" --score TestRITScore --where Subject=Mathematics --duplicates last',
    );
    expect(inspection.suggestionCheck).toMatch(/^checked: 6 students matched/);
  });

  it('puts a post-looking file second in a pair suggestion', async () => {
    const inspection = await inspectFile(`${DIR}/dibels/dibels-moy.csv`, {});
    expect(inspection.suggestedCommand).toBe('impact report PRE.csv fixtures/formats/dibels/dibels-moy.csv --id "Student Primary ID" --score "Composite Score"');
  });

  it('renders plain text without colour codes', async () => {
    const text = renderInspection(await inspectFile(`${DIR}/canvas-sv/grades.csv`, {}));
    expect(text).toContain('Encoding    utf-8 (with BOM)');
    expect(text).toContain('Delimiter   semicolon (decimal commas accepted)');
    expect(text).toContain('line 2: Points Possible row');
    expect(text).not.toMatch(/\u001b\[/);
  });
});

describe('inspect with the options object the CLI builds', () => {
  it('ignores undefined values and defaults, and keeps what the user set', async () => {
    const inspection = await inspectFile(`${DIR}/nwea-map/map.csv`, {
      files: [`${DIR}/nwea-map/map.csv`],
      id: undefined,
      score: undefined,
      where: [],
      duplicates: 'error',
      match: 'id',
      by: ['StudentGrade'],
    });
    expect(inspection.suggestedCommand).toMatch(/--id StudentID .*--score TestRITScore --where Subject=Mathematics --by StudentGrade --duplicates last$/);
  });
});
