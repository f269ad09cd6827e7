import { describe, expect, it } from 'vitest';
import { buildCycle, draftFromFlags, draftQuestion, emptyDraft, missingFromDraft } from '../../src/cycle/draft.js';
import { UsageError } from '../../src/errors.js';
import { SALT, sampleCycle } from './sample-cycle.js';

describe('building a cycle from a draft', () => {
  it('fills in the defaults and adds the reference group to the strategies', () => {
    const cycle = sampleCycle();
    expect(cycle.strategies.map((strategy) => strategy.name)).toEqual(['Whiteboard fluency', 'Number talks', 'Business as usual']);
    expect(cycle.question).toBe('What impact will Whiteboard fluency and Number talks have on slow math fact recall, compared with Business as usual?');
    expect(cycle.analysis).toEqual({ effectSize: 'dav', benchmark: 'hattie' });
    expect(cycle.privacy).toEqual({ anonymize: false, minN: null, view: 'full', salt: SALT });
    expect(cycle.reading.duplicates).toBe('error');
    expect(cycle.imports).toEqual({ pre: null, post: null });
  });

  it('keeps an edited question and defaults the title to the folder name', () => {
    const cycle = buildCycle({ ...emptyDraft(), problem: 'p', strategies: [{ name: 'S', description: null }], question: 'Does S help?' }, SALT, 'my-folder');
    expect(cycle.question).toBe('Does S help?');
    expect(cycle.title).toBe('my-folder');
  });

  it('says which flags are missing', () => {
    expect(missingFromDraft(emptyDraft())).toEqual(['--problem TEXT', '--strategy NAME']);
    expect(missingFromDraft({ ...emptyDraft(), problem: 'p', reference: 'BAU', strategies: [{ name: 'BAU', description: null }] })).toEqual(['--strategy NAME']);
    expect(() => buildCycle(emptyDraft(), SALT, 'x')).toThrow(UsageError);
    expect(() => buildCycle(emptyDraft(), SALT, 'x')).toThrow('impact init needs --problem TEXT and --strategy NAME.');
  });

  it('refuses an assignment to a strategy the cycle does not have', () => {
    expect(() => sampleCycle({ teacherStrategies: { Okafor: 'Flashcards' } })).toThrow(/assignments\.teachers\["Okafor"\]: expected one of the strategies/);
  });

  it('composes the question from what the draft has so far', () => {
    expect(draftQuestion({ ...emptyDraft(), problem: 'slow recall', strategies: [{ name: 'Drills', description: null }] })).toBe('What impact will Drills have on slow recall?');
  });

  it('turns the init flags into a draft, leaving out the flags that are not cycle settings', () => {
    const flags = {
      problem: 'p', strategy: [['Drills', 'daily'], ['Talks', '']] as Array<[string, string]>, band: [{ name: 'Close', from: 20 }],
      teacherStrategy: [['Okafor', 'Drills']] as Array<[string, string]>, maxScore: 40, yes: true, force: true, verbose: true,
    };
    expect(draftFromFlags(flags)).toEqual({
      ...emptyDraft(), problem: 'p', maxScore: 40, bands: [{ name: 'Close', from: 20 }], teacherStrategies: { Okafor: 'Drills' },
      strategies: [{ name: 'Drills', description: 'daily' }, { name: 'Talks', description: null }],
    });
  });
});
