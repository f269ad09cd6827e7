import { describe, expect, it } from 'vitest';
import { normalCdf, normalQuantile } from '../../src/stats/normal-distribution.js';
import { StatisticError } from '../../src/stats/statistic-error.js';
import { CLOSED_FORM, distributions, expectClose } from './within-group-reference.js';

describe('normalCdf', () => {
  it.each(distributions.normal_cdf)('matches R pnorm($x)', ({ x, p }) => {
    // R: pnorm(x)
    expectClose(normalCdf(x), p, CLOSED_FORM, `pnorm(${x})`);
  });

  it('keeps relative accuracy in the upper tail through normalCdf(-x)', () => {
    // R: pnorm(8, lower.tail = FALSE) = 6.22096057427178e-16
    expectClose(normalCdf(-8), 6.22096057427178e-16, CLOSED_FORM, 'upper tail at 8');
  });

  it('gives 0 and 1 at the infinities and throws for NaN', () => {
    expect(normalCdf(-Infinity)).toBe(0);
    expect(normalCdf(Infinity)).toBe(1);
    expect(() => normalCdf(Number.NaN)).toThrow(StatisticError);
  });
});

describe('normalQuantile', () => {
  it.each(distributions.normal_quantile)('matches R qnorm($p)', ({ p, x }) => {
    // R: qnorm(p)
    expectClose(normalQuantile(p), x, CLOSED_FORM, `qnorm(${p})`);
  });

  it('inverts normalCdf', () => {
    for (const p of [1e-15, 0.001, 0.2, 0.5, 0.8, 0.999]) expectClose(normalCdf(normalQuantile(p)), p, 1e-13, `p=${p}`);
  });

  it('gives ±Infinity at 0 and 1 and throws outside [0, 1]', () => {
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(() => normalQuantile(1.5)).toThrow(StatisticError);
  });
});
