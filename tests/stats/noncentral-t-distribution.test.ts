import { describe, expect, it } from 'vitest';
import { noncentralTCdf, noncentralTConfidenceInterval } from '../../src/stats/noncentral-t-distribution.js';
import { StatisticError } from '../../src/stats/statistic-error.js';
import { studentTCdf } from '../../src/stats/student-t-distribution.js';
import { distributions, expectClose, ITERATIVE } from './within-group-reference.js';

describe('noncentralTCdf', () => {
  it.each(distributions.noncentral_t_cdf)('matches R pt($t, $df, ncp = $ncp)', ({ t, df, ncp, p }) => {
    // R: pt(t, df, ncp = ncp)
    expectClose(noncentralTCdf(t, df, ncp), p, ITERATIVE, `pt(${t}, ${df}, ncp = ${ncp})`);
  });

  it('is the central t when ncp = 0', () => {
    expect(noncentralTCdf(1.3, 6, 0)).toBe(studentTCdf(1.3, 6));
  });

  it('throws for df ≤ 0', () => {
    expect(() => noncentralTCdf(1, -1, 1)).toThrow(StatisticError);
  });
});

describe('noncentralTConfidenceInterval', () => {
  it.each(distributions.noncentral_t_ci)('matches the exact inversion of R pt(t = $t, df = $df, ncp)', ({ t, df, low, high }) => {
    // R: uniroot(function(ncp) pt(t, df, ncp = ncp) - 0.975 (low) / 0.025 (high), tol = 1e-14)$root
    const interval = noncentralTConfidenceInterval(t, df);
    expectClose(interval.low, low, ITERATIVE, 'low');
    expectClose(interval.high, high, ITERATIVE, 'high');
  });

  it('puts the observed t at the 97.5% and 2.5% points', () => {
    const { low, high } = noncentralTConfidenceInterval(2.4, 11);
    expect(noncentralTCdf(2.4, 11, low)).toBeCloseTo(0.975, 10);
    expect(noncentralTCdf(2.4, 11, high)).toBeCloseTo(0.025, 10);
  });

  it('honours another level and throws for a bad one', () => {
    const ninety = noncentralTConfidenceInterval(2, 20, 0.9);
    const ninetyFive = noncentralTConfidenceInterval(2, 20);
    expect(ninety.low).toBeGreaterThan(ninetyFive.low);
    expect(() => noncentralTConfidenceInterval(2, 20, 1)).toThrow(StatisticError);
  });
});

describe('noncentralTConfidenceInterval solves each limit to the precision of the CDF', () => {
  // Halley steps from the normal approximation in the usual range; the bracketing fallback for
  // heavy tails (df = 2, large |t|); R's normal approximation of the CDF for df > 4e5 or ncp > 37.6.
  const cases: Array<[number, number, number]> = [
    [3, 9, 0.95], [-2.1, 24, 0.95], [0, 14, 0.95], [1e-9, 24, 0.95], [4.7, 24, 0.95], [-0.4, 24, 0.99],
    [9, 2, 0.95], [-9, 2, 0.95], [25, 3, 0.9], [45, 24, 0.95], [-45, 24, 0.95], [3, 5e5 + 1, 0.95], [2, 24, 0.5], [2, 24, 0.999],
  ];
  it.each(cases)('t = %s, df = %s, level %s', (t, df, level) => {
    const { low, high } = noncentralTConfidenceInterval(t, df, level);
    expect(low).toBeLessThan(high);
    for (const [limit, target] of [[low, (1 + level) / 2], [high, (1 - level) / 2]]) {
      // The CDF falls as ncp grows: it crosses the target within a hair of the limit.
      const hair = 1e-11 * Math.max(1, Math.abs(limit));
      expect(noncentralTCdf(t, df, limit - hair), `below ${limit}`).toBeGreaterThanOrEqual(target);
      expect(noncentralTCdf(t, df, limit + hair), `above ${limit}`).toBeLessThanOrEqual(target);
    }
  });

  it('mirrors the interval when t changes sign', () => {
    const forward = noncentralTConfidenceInterval(2.7, 17);
    const backward = noncentralTConfidenceInterval(-2.7, 17);
    expect(backward.low).toBeCloseTo(-forward.high, 12);
    expect(backward.high).toBeCloseTo(-forward.low, 12);
  });
});
