import { describe, expect, it } from 'vitest';
import { signedRankCdf } from '../../src/stats/signed-rank-distribution.js';
import { StatisticError } from '../../src/stats/statistic-error.js';
import { CLOSED_FORM, distributions, expectClose } from './within-group-reference.js';

describe('signedRankCdf', () => {
  it.each(distributions.signed_rank)('matches R psignrank($v, $n) and its upper tail', ({ v, n, lower, upper }) => {
    // R: psignrank(v, n); psignrank(ceiling(v) - 1, n, lower.tail = FALSE)
    expectClose(signedRankCdf(v, n), lower, CLOSED_FORM, 'lower');
    expectClose(signedRankCdf(v, n, true), upper, CLOSED_FORM, 'upper');
  });

  it('throws for n < 1', () => {
    expect(() => signedRankCdf(0, 0)).toThrow(StatisticError);
  });
});
