import { describe, expect, it } from 'vitest';
import { layoutOf, sideSelection, strategyOf, updateReading } from '../../src/cycle/reading.js';
import { sampleCycle } from './sample-cycle.js';

const base = sampleCycle().reading;

describe('reading settings', () => {
  it('saves --score as the score column of the side being imported', () => {
    const afterPre = updateReading(base, { id: 'SIS User ID', score: 'Pre (1021)' }, 'pre', false);
    const afterPost = updateReading(afterPre, { score: 'Post (1187)' }, 'post', false);
    expect(afterPost).toMatchObject({ id: 'SIS User ID', preScore: 'Pre (1021)', postScore: 'Post (1187)', layout: 'two-files' });
    expect(afterPost.score).toBeUndefined();
  });

  it('lets a new flag replace the saved one, and --strategy-name replace --strategy', () => {
    const withColumn = updateReading(base, { strategy: 'Strategy', by: ['ELL'] }, 'pre', false);
    const withName = updateReading(withColumn, { strategyName: 'Number talks', by: ['IEP'] }, 'post', false);
    expect(withName.strategy).toBeUndefined();
    expect(withName.strategyName).toBe('Number talks');
    expect(withName.by).toEqual(['IEP']);
  });

  it('names the layout', () => {
    expect(layoutOf({ ...base, window: 'TermName' }, true)).toBe('long');
    expect(layoutOf({ ...base, preWhere: [{ column: 'Baseline', value: 'Y' }] }, true)).toBe('long');
    expect(layoutOf(base, true)).toBe('wide');
    expect(layoutOf(base, false)).toBe('two-files');
  });

  it('finds one side\'s score column and rows in each layout', () => {
    expect(sideSelection({ ...base, score: 'Score', preScore: 'Pre' }, 'pre')).toMatchObject({ score: 'Pre', scoreFlag: '--pre-score' });
    expect(sideSelection({ ...base, score: 'Score', preScore: 'Pre' }, 'post')).toMatchObject({ score: 'Score', scoreFlag: '--score' });
    // wide: --pre / --post name the score columns
    expect(sideSelection({ ...base, pre: 'Pre Score', post: 'Post Score' }, 'post')).toMatchObject({ score: 'Post Score', scoreFlag: '--post' });
    // long: the window column and this side's label pick the rows
    const long = sideSelection({ ...base, window: 'TermName', pre: 'Fall', post: 'Winter', score: 'RIT', where: [{ column: 'Subject', value: 'Math' }] }, 'post');
    expect(long).toEqual({ score: 'RIT', scoreFlag: '--score', window: { column: 'TermName', label: 'Winter' }, filters: [{ column: 'Subject', value: 'Math' }], otherSideFilters: [] });
    // long with filters: a row matching both sides is a pre row
    const filtered = { ...base, preWhere: [{ column: 'Baseline', value: 'Y' }], postWhere: [{ column: 'Recent', value: 'Y' }] };
    expect(sideSelection(filtered, 'pre').otherSideFilters).toEqual([]);
    expect(sideSelection(filtered, 'post')).toMatchObject({ filters: [{ column: 'Recent', value: 'Y' }], otherSideFilters: [{ column: 'Baseline', value: 'Y' }] });
  });
});

describe('strategyOf', () => {
  const row = { strategy: null, teacher: 'okafor ', section: 'P2' };

  it('prefers the row\'s own strategy, then its section, then its teacher', () => {
    const cycle = sampleCycle({ teacherStrategies: { Okafor: 'Number talks' }, sectionStrategies: { P2: 'Whiteboard fluency' } });
    expect(strategyOf(cycle, { ...row, strategy: 'Business as usual' })).toBe('Business as usual');
    expect(strategyOf(cycle, row)).toBe('Whiteboard fluency');
    expect(strategyOf(cycle, { ...row, section: 'P9' })).toBe('Number talks');
    expect(strategyOf(cycle, { ...row, teacher: 'Someone', section: null })).toBeNull();
  });

  it('gives the only strategy of a cycle without a comparison group to everyone', () => {
    const single = sampleCycle({ strategies: [{ name: 'Drills', description: null }], reference: undefined });
    expect(strategyOf(single, row)).toBe('Drills');
  });
});
