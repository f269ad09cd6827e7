import { describe, expect, it } from 'vitest';
import { binomialTestTwoSidedP } from '../../src/stats/binomial-test.js';
import { StatisticError } from '../../src/stats/statistic-error.js';
import { distributions, expectClose, ITERATIVE } from './within-group-reference.js';

describe('binomialTestTwoSidedP', () => {
  it.each(distributions.binomial_test)('matches R binom.test($successes, $trials, $prob)$p.value', ({ successes, trials, prob, p }) => {
    // R: binom.test(successes, trials, prob)$p.value
    expectClose(binomialTestTwoSidedP(successes, trials, prob), p, ITERATIVE, `binom.test(${successes}, ${trials}, ${prob})`);
  });

  it('throws for no trials or impossible counts', () => {
    expect(() => binomialTestTwoSidedP(0, 0)).toThrow(StatisticError);
    expect(() => binomialTestTwoSidedP(4, 3)).toThrow(StatisticError);
    expect(() => binomialTestTwoSidedP(1.5, 3)).toThrow(StatisticError);
  });
});
