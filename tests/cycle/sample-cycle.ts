/** A valid cycle for tests, built the way `impact init --yes` builds one. */
import { buildCycle, emptyDraft, type CycleDraft } from '../../src/cycle/draft.js';
import type { Cycle } from '../../src/cycle/cycle-schema.js';

export const SALT = '0123456789abcdef0123456789abcdef';

export function sampleCycle(changes: Partial<CycleDraft> = {}): Cycle {
  return buildCycle(
    {
      ...emptyDraft(),
      title: 'Grade 5 fractions',
      problem: 'slow math fact recall',
      strategies: [{ name: 'Whiteboard fluency', description: 'daily drills' }, { name: 'Number talks', description: null }],
      reference: 'Business as usual',
      assessment: 'Fractions Check',
      maxScore: 40,
      proficientAt: 28,
      ...changes,
    },
    SALT,
    'folder',
  );
}
