import { describe, expect, it } from 'vitest';
import { StatisticError } from '../../src/stats/statistic-error.js';
import { wilcoxonSignedRank } from '../../src/stats/wilcoxon-signed-rank.js';
import { CLOSED_FORM, dataSets, expectClose, ITERATIVE } from './within-group-reference.js';

describe.each(dataSets)('Wilcoxon signed-rank test of $name', (data) => {
  it('matches R wilcox.test(post, pre, paired = TRUE)', () => {
    const actual = wilcoxonSignedRank(data.pre, data.post);
    // R: wilcox.test(post, pre, paired = TRUE)$statistic (V) and $p.value
    expectClose(actual.v, data.wilcoxon.v, CLOSED_FORM, 'V');
    expectClose(actual.p, data.wilcoxon.p, ITERATIVE, 'p');
    expect(actual.exact).toBe(data.wilcoxon.exact);
  });
});

describe('degenerate signed-rank tests', () => {
  it('throws when every gain is zero', () => {
    expect(() => wilcoxonSignedRank([3, 4], [3, 4])).toThrow(StatisticError);
  });

  it('is exact with p = 1 for one positive gain', () => {
    // R: wilcox.test(5, 3, paired = TRUE)$p.value = 1
    expect(wilcoxonSignedRank([3], [5])).toEqual({ v: 1, p: 1, exact: true });
  });
});
