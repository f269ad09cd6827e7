import { describe, expect, it } from 'vitest';
import { collectStatus, renderStatus } from '../../src/cycle/status.js';
import { recordImport, type SideData } from '../../src/cycle/record-import.js';
import { sampleCycle } from './sample-cycle.js';

const data: SideData = {
  label: 'pre.csv', rows: [{ line: 2, id: '1', name: null, teacher: null, section: null, strategy: 'Number talks', groups: {}, score: { kind: 'number', value: 3 }, raw: '3' }],
  rowsRead: 1, notAStudent: 0, outOfScope: 0, excluded: [], maxScore: null, has: { name: false, teacher: false, section: false, strategy: true }, by: [], scoreColumn: 'Score', notices: [],
};

describe('collectStatus', () => {
  it('without a cycle: the next command is impact init', () => {
    const status = collectStatus(null, 'spring', 'spring/cycle.json', { pre: false, post: false });
    expect(status).toMatchObject({ exists: false, next: 'impact init spring', ready: false });
    expect(renderStatus(status)).toBe('No cycle at spring/cycle.json.\n\nNeeds:\n  - a cycle: spring/cycle.json does not exist\n\nNext: impact init spring\n');
  });

  it('after init: the pre-assessment is next', () => {
    const status = collectStatus(sampleCycle(), '.', 'cycle.json', { pre: false, post: false });
    expect(status.lacks).toEqual(['pre-assessment not imported yet', 'post-assessment not imported yet']);
    expect(status.next).toBe('impact import pre FILE');
  });

  it('after the pre import: the post-assessment is next, in the same folder', () => {
    const cycle = recordImport(sampleCycle(), 'pre', 'pre.csv', data, '2026-01-15T10:00:00Z').cycle;
    const status = collectStatus(cycle, 'my cycle', 'my cycle/cycle.json', { pre: true, post: false });
    expect(status.lacks).toEqual(['post-assessment not imported yet']);
    expect(status.has).toContain('pre-assessment: 1 student rows from pre.csv (1 scored), imported 2026-01-15');
    expect(status.next).toBe('impact import post FILE --cycle "my cycle"');
  });

  it('with both imported: the report is next; a deleted data file is noticed', () => {
    let cycle = recordImport(sampleCycle(), 'pre', 'pre.csv', data, 'now').cycle;
    cycle = recordImport(cycle, 'post', 'exports/post.csv', data, 'now').cycle;
    expect(collectStatus(cycle, '.', 'cycle.json', { pre: true, post: true })).toMatchObject({ ready: true, next: 'impact report', lacks: [] });
    const missing = collectStatus(cycle, '.', 'cycle.json', { pre: true, post: false });
    expect(missing.lacks).toEqual(['post-assessment data: data/post.csv is missing (import it again)']);
    expect(missing.next).toBe('impact import post exports/post.csv');
  });

  it('lists what is optional but missing', () => {
    const cycle = sampleCycle({ maxScore: undefined, proficientAt: undefined });
    expect(collectStatus(cycle, '.', 'cycle.json', { pre: false, post: false }).lacks.slice(0, 2)).toEqual([
      'the maximum score: set it with --max-score on report, or keep the export\'s Points Possible row',
      'a proficiency cutoff (optional): proficiency rates are left out without it',
    ]);
  });
});
