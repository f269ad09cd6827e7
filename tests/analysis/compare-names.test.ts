import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareNames } from '../../src/analysis/compare-names.js';

const icu = (a: string, b: string) => Math.sign(a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' }));

describe('compareNames', () => {
  it('orders alphabetically, ignoring case, with numbers as numbers', () => {
    const names = ['Worked examples', 'business as usual', 'Grade 10', 'Grade 2', 'Number talks', 'Élan', 'Business as Usual'];
    expect([...names].sort(compareNames)).toEqual(['business as usual', 'Business as Usual', 'Élan', 'Grade 2', 'Grade 10', 'Number talks', 'Worked examples']);
  });

  it('agrees with ICU on names of letters and spaces (the path without ICU)', () => {
    const name = fc.string({ unit: fc.constantFrom(...'aAbBmMzZ y'), maxLength: 8 });
    fc.assert(fc.property(name, name, (a, b) => Math.sign(compareNames(a, b)) === icu(a, b)), { numRuns: 5000 });
  });

  it('agrees with ICU on any names', () => {
    const name = fc.string({ unit: fc.constantFrom(...'aAzZ 09-_.éÉß'), maxLength: 8 });
    fc.assert(fc.property(name, name, (a, b) => Math.sign(compareNames(a, b)) === icu(a, b)), { numRuns: 2000 });
  });
});
