import { describe, expect, it } from 'vitest';
import { cycleRunSettings, cycleSummary, overrideSaved } from '../../src/cycle/run-settings.js';
import { sampleCycle } from './sample-cycle.js';

describe('the settings a cycle gives report and students', () => {
  const cycle = sampleCycle({ effectSize: 'dz', minN: 5, anonymize: true });

  it('takes the analysis, privacy and matching settings from the cycle', () => {
    expect(cycleRunSettings(cycle)).toEqual({
      effectSize: 'dz', benchmark: 'hattie', maxScore: 40, proficientAt: 28, reference: 'Business as usual',
      anonymize: true, minN: 5, view: 'full', duplicates: 'error', match: 'id', idNormalize: 'none',
    });
  });

  it('lets flags given on the command line win, and only those', () => {
    const flags = { effectSize: 'db', benchmark: 'hattie', format: 'json', minN: 10 };
    const merged = overrideSaved(flags, new Set(['effectSize', 'format']), cycleRunSettings(cycle));
    expect(merged).toMatchObject({ effectSize: 'db', format: 'json', minN: 5, anonymize: true, reference: 'Business as usual' });
  });

  it('summarises the cycle for the report heading', () => {
    expect(cycleSummary(cycle)).toEqual({
      title: 'Grade 5 fractions',
      question: cycle.question,
      problem: 'slow math fact recall',
      assessment: { name: 'Fractions Check', maxScore: 40, proficientAt: 28 },
    });
  });
});
