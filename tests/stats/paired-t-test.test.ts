import { describe, expect, it } from 'vitest';
import { pairedTTest } from '../../src/stats/paired-t-test.js';
import { StatisticError } from '../../src/stats/statistic-error.js';
import { CLOSED_FORM, dataSets, expectClose, ITERATIVE } from './within-group-reference.js';

describe.each(dataSets)('paired t-test of $name', (data) => {
  it('matches R t.test(post, pre, paired = TRUE)', () => {
    const actual = pairedTTest(data.pre, data.post);
    // R: t.test(post, pre, paired = TRUE)$statistic, $parameter, $estimate
    expectClose(actual.t, data.t_test.t, CLOSED_FORM, 't');
    expect(actual.df).toBe(data.t_test.df);
    expectClose(actual.meanDifference, data.t_test.meanDifference, CLOSED_FORM, 'mean difference');
    // R: t.test(post, pre, paired = TRUE)$p.value and $conf.int
    expectClose(actual.p, data.t_test.p, ITERATIVE, 'p');
    expectClose(actual.ciLow, data.t_test.ciLow, ITERATIVE, 'ciLow');
    expectClose(actual.ciHigh, data.t_test.ciHigh, ITERATIVE, 'ciHigh');
  });
});

describe('degenerate paired t-tests', () => {
  it('throws for one student and for equal gains', () => {
    expect(() => pairedTTest([3], [4])).toThrow(StatisticError);
    expect(() => pairedTTest([3, 5, 9], [4, 6, 10])).toThrow(/every gain/);
  });
});
