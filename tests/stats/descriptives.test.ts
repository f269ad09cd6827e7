import { describe as suite, expect, it } from 'vitest';
import { describe } from '../../src/stats/describe.js';
import { mean } from '../../src/stats/mean.js';
import { median } from '../../src/stats/median.js';
import { pearsonCorrelation } from '../../src/stats/pearson-correlation.js';
import { sampleStandardDeviation } from '../../src/stats/sample-standard-deviation.js';
import { StatisticError } from '../../src/stats/statistic-error.js';
import { CLOSED_FORM, dataSets, expectClose } from './within-group-reference.js';

suite.each(dataSets)('descriptives of $name', (data) => {
  const gains = data.post.map((after, i) => after - data.pre[i]);

  it('describe(pre) and describe(post) match R mean, sd, median, min, max', () => {
    for (const [values, expected] of [[data.pre, data.pre_describe], [data.post, data.post_describe]] as const) {
      const actual = describe(values);
      // R: mean(x), sd(x), median(x), min(x), max(x)
      expectClose(actual.mean, expected.mean, CLOSED_FORM, 'mean');
      expectClose(actual.sd, expected.sd as number, CLOSED_FORM, 'sd');
      expectClose(actual.median, expected.median, CLOSED_FORM, 'median');
      expect(actual.min).toBe(expected.min);
      expect(actual.max).toBe(expected.max);
    }
  });

  it('gain mean, sd and median match R', () => {
    // R: mean(post - pre), sd(post - pre), median(post - pre)
    expectClose(mean(gains), data.gain.mean, CLOSED_FORM, 'mean gain');
    expectClose(sampleStandardDeviation(gains), data.gain.sd as number, CLOSED_FORM, 'sd gain');
    expectClose(median(gains), data.gain.median, CLOSED_FORM, 'median gain');
  });

  it('pearsonCorrelation matches R cor(pre, post)', () => {
    // R: cor(pre, post)
    expectClose(pearsonCorrelation(data.pre, data.post), data.r as number, CLOSED_FORM, 'r');
  });
});

suite('degenerate descriptives', () => {
  it('throw StatisticError for empty input and for the SD of one value', () => {
    expect(() => mean([])).toThrow(StatisticError);
    expect(() => median([])).toThrow(StatisticError);
    expect(() => sampleStandardDeviation([5])).toThrow(StatisticError);
    expect(() => describe([5])).toThrow(StatisticError);
    try {
      describe([5]);
    } catch (error) {
      expect((error as StatisticError).code).toBe('too-few-values');
    }
  });

  it('returns an SD of exactly 0 for equal values, even when their mean is inexact', () => {
    expect(sampleStandardDeviation([0.1, 0.1, 0.1])).toBe(0);
    expect(sampleStandardDeviation([7, 7])).toBe(0);
  });

  it('correlation throws for zero variance and snaps r to exactly 1 for post = 2 × pre', () => {
    expect(() => pearsonCorrelation([3, 3, 3], [1, 2, 3])).toThrow(StatisticError);
    expect(pearsonCorrelation([0.1, 0.7, 1.3, 2.9], [0.2, 1.4, 2.6, 5.8])).toBe(1);
    expect(() => pearsonCorrelation([1, 2], [1])).toThrow(RangeError);
  });
});
