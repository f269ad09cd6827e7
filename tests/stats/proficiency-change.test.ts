import { describe, expect, it } from 'vitest';
import { proficiencyChange } from '../../src/stats/proficiency-change.js';
import { StatisticError } from '../../src/stats/statistic-error.js';
import { CLOSED_FORM, dataSets, expectClose, ITERATIVE } from './within-group-reference.js';

describe.each(dataSets)('proficiency change of $name', (data) => {
  it('matches R rates, crossings and exact McNemar binom.test(up, up + down)', () => {
    const expected = data.proficiency;
    const actual = proficiencyChange(data.pre, data.post, expected.cutoff);
    // R: mean(pre >= c), mean(post >= c), sum(pre < c & post >= c), sum(post < c & pre >= c)
    expect(actual.cutoff).toBe(expected.cutoff);
    expectClose(actual.preRate, expected.preRate, CLOSED_FORM, 'preRate');
    expectClose(actual.postRate, expected.postRate, CLOSED_FORM, 'postRate');
    expect(actual.up).toBe(expected.up);
    expect(actual.down).toBe(expected.down);
    // R: binom.test(up, up + down, 0.5)$p.value, 1 when up + down = 0
    expectClose(actual.mcnemarP, expected.mcnemarP, ITERATIVE, 'mcnemarP');
  });
});

describe('proficiency change edge cases', () => {
  it('gives p = 1 when nobody crosses the cutoff', () => {
    expect(proficiencyChange([10, 30], [12, 35], 28).mcnemarP).toBe(1);
  });

  it('throws for no students', () => {
    expect(() => proficiencyChange([], [], 28)).toThrow(StatisticError);
  });
});
