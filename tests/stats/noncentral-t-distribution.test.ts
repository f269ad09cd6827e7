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
