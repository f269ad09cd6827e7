import { describe, expect, it } from 'vitest';
import { recordImport, type SideData } from '../../src/cycle/record-import.js';
import { dataReadSettings } from '../../src/cycle/normalised-data.js';
import { sampleCycle } from './sample-cycle.js';

function sideData(changes: Partial<SideData> = {}): SideData {
  const row = (line: number, id: string, teacher: string, score: SideData['rows'][number]['score'], raw: string) => ({
    line, id, name: `Student ${id}`, teacher, section: null, strategy: null, groups: { ELL: line % 2 === 0 ? 'Y' : 'N' }, score, raw,
  });
  return {
    label: 'exports/pre.csv',
    rows: [
      row(3, '0041', 'Okafor', { kind: 'number', value: 30 }, '30.00'),
      row(4, '0042', 'Brennan', { kind: 'missing', code: 'EX' }, 'EX'),
      row(5, '0043', 'Nobody', { kind: 'unparseable', raw: '920L' }, ' 920L'),
      row(6, '0043', 'Nobody', { kind: 'number', value: 12.5 }, '12,5'),
    ],
    rowsRead: 6,
    notAStudent: 2,
    outOfScope: 0,
    excluded: [
      { line: 2, id: null, status: 'notAStudent', detail: 'Points Possible row' },
      { line: 9, id: null, status: 'notAStudent', detail: 'Canvas test student' },
    ],
    maxScore: 40,
    has: { name: true, teacher: true, section: false, strategy: false },
    by: ['ELL'],
    scoreColumn: 'Pre',
    notices: [],
    ...changes,
  };
}

describe('recordImport', () => {
  const cycle = sampleCycle({ teacherStrategies: { Okafor: 'Whiteboard fluency', Brennan: 'Business as usual' } });
  const result = recordImport(cycle, 'pre', 'exports/pre.csv', sideData(), '2026-01-15T10:00:00.000Z');

  it('keeps the rows left out, at their export lines, for the report\'s ledger', () => {
    expect(result.excludedCsv).toBe(
      ['source_file,source_line,id,status,detail', 'exports/pre.csv,2,,notAStudent,Points Possible row', 'exports/pre.csv,9,,notAStudent,Canvas test student', ''].join('\n'),
    );
  });

  it('writes the normalised CSV with the strategy from the teacher assignment', () => {
    expect(result.csv).toBe(
      [
        'id,name,teacher,strategy,ELL,score,raw,source_file,source_line',
        '0041,Student 0041,Okafor,Whiteboard fluency,N,30,30.00,exports/pre.csv,3',
        '0042,Student 0042,Brennan,Business as usual,Y,EX,EX,exports/pre.csv,4',
        '0043,Student 0043,Nobody,,N,920L, 920L,exports/pre.csv,5',
        '0043,Student 0043,Nobody,,Y,12.5,"12,5",exports/pre.csv,6',
        '',
      ].join('\n'),
    );
  });

  it('records the import in the cycle', () => {
    expect(result.cycle.imports.pre).toEqual({
      file: 'data/pre.csv', source: 'exports/pre.csv', importedAt: '2026-01-15T10:00:00.000Z', rowsRead: 6, students: 4, scored: 2, missingScore: 1,
      unparseable: 1, notAStudent: 2, outOfScope: 0, maxScore: 40, columns: { name: true, teacher: true, section: false, strategy: true }, by: ['ELL'],
    });
    expect(result.cycle.imports.post).toBeNull();
    expect(cycle.imports.pre).toBeNull();
  });

  it('summarises what was read and warns about rows without a strategy and repeated students', () => {
    expect(result.summary[0]).toBe('Imported the pre-assessment from exports/pre.csv (score column "Pre") into data/pre.csv.');
    expect(result.summary[1]).toBe('6 rows read: 4 student rows, 2 with a score, 1 missing a score (EX), 1 with a score that is not a number ("920L").');
    expect(result.summary).toContain('Strategies: Whiteboard fluency 1, Business as usual 1, (none) 2.');
    expect(result.summary.join('\n')).toMatch(/warning: 2 student rows have no strategy/);
    expect(result.summary.join('\n')).toMatch(/warning: 1 student has more than one row; the report applies --duplicates error/);
  });

  it('warns about strategies the cycle does not know', () => {
    const rows = sideData().rows.map((row) => ({ ...row, strategy: 'Flashcards' }));
    const summary = recordImport(cycle, 'pre', 'x.csv', sideData({ rows, has: { name: true, teacher: true, section: false, strategy: true } }), 'now').summary.join('\n');
    expect(summary).toContain('warning: strategies not in the cycle: Flashcards');
  });

  it('reads back as a two-file layout once both sides are imported', () => {
    expect(dataReadSettings(result.cycle, 'dir')).toBeNull();
    const both = recordImport(result.cycle, 'post', 'exports/post.csv', sideData({ has: { name: true, teacher: false, section: false, strategy: false } }), 'now').cycle;
    expect(dataReadSettings(both, 'dir')).toEqual({
      files: ['dir/data/pre.csv', 'dir/data/post.csv'], id: 'id', name: 'name', score: 'score', strategy: 'strategy', by: ['ELL'], delimiter: ',', encoding: 'utf-8',
      sourceColumns: { file: 'source_file', line: 'source_line' },
      excluded: ['dir/data/pre-excluded.csv', 'dir/data/post-excluded.csv'],
    });
  });

  it('refuses a subgroup column named like a fixed column', () => {
    expect(() => recordImport(cycle, 'pre', 'x.csv', sideData({ by: ['Score'] }), 'now')).toThrow(/--by Score: the normalised data already has a column "score"/);
  });
});
