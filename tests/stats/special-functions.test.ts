import { describe, expect, it } from 'vitest';
import { findRoot } from '../../src/stats/find-root.js';
import { hedgesCorrection } from '../../src/stats/hedges-correction.js';
import { logBeta } from '../../src/stats/log-beta.js';
import { logGamma } from '../../src/stats/log-gamma.js';
import { regularizedIncompleteBeta } from '../../src/stats/regularized-incomplete-beta.js';
import { regularizedIncompleteGamma } from '../../src/stats/regularized-incomplete-gamma.js';
import { StatisticError } from '../../src/stats/statistic-error.js';
import { CLOSED_FORM, distributions, expectClose, ITERATIVE } from './within-group-reference.js';

describe('logGamma', () => {
  it.each(distributions.log_gamma)('matches R lgamma($x)', ({ x, value }) => {
    // R: lgamma(x); near x = 1 and 2 lgamma is ≈ 0, so compare absolutely there
    if (Math.abs(value) < 1e-3) expect(Math.abs(logGamma(x) - value)).toBeLessThan(1e-14);
    else expectClose(logGamma(x), value, CLOSED_FORM, `lgamma(${x})`);
  });

  it('throws for x ≤ 0', () => {
    expect(() => logGamma(0)).toThrow(StatisticError);
  });
});

describe('logBeta', () => {
  it('matches R lbeta', () => {
    // R: lbeta(2, 3) = log(1/12); lbeta(0.5, 40.5) = -1.15238221318385... see below
    expectClose(logBeta(2, 3), Math.log(1 / 12), CLOSED_FORM, 'lbeta(2, 3)');
    // R: lbeta(0.5, 0.5) = log(pi)
    expectClose(logBeta(0.5, 0.5), Math.log(Math.PI), CLOSED_FORM, 'lbeta(0.5, 0.5)');
  });
});

describe('regularizedIncompleteBeta', () => {
  it('matches closed forms and R pbeta', () => {
    // R: pbeta(0.5, 2, 3) = 0.6875
    expectClose(regularizedIncompleteBeta(0.5, 2, 3), 0.6875, CLOSED_FORM, 'pbeta(0.5, 2, 3)');
    // I_x(1, b) = 1 − (1 − x)^b; R: pbeta(0.3, 1, 4, lower.tail = FALSE) = 0.7^4
    expectClose(regularizedIncompleteBeta(0.3, 1, 4, true), 0.7 ** 4, CLOSED_FORM, 'upper tail');
    // R: pbeta(1e-6, 3, 2) = 3.999997e-18 (4x^3 - 3x^4)
    expectClose(regularizedIncompleteBeta(1e-6, 3, 2), 4e-18 - 3e-24, ITERATIVE, 'tiny x');
  });

  it('gives the bounds at 0 and 1 and throws outside', () => {
    expect(regularizedIncompleteBeta(0, 2, 2)).toBe(0);
    expect(regularizedIncompleteBeta(1, 2, 2)).toBe(1);
    expect(() => regularizedIncompleteBeta(1.2, 2, 2)).toThrow(StatisticError);
  });
});

describe('regularizedIncompleteGamma', () => {
  it('matches closed forms (exponential distribution)', () => {
    // P(1, x) = 1 − e^−x; R: pgamma(2, 1, lower.tail = FALSE) = exp(-2)
    expectClose(regularizedIncompleteGamma(1, 2, true), Math.exp(-2), CLOSED_FORM, 'Q(1, 2)');
    expectClose(regularizedIncompleteGamma(1, 0.1), -Math.expm1(-0.1), CLOSED_FORM, 'P(1, 0.1)');
    // R: pgamma(50, 2, lower.tail = FALSE) = 51 * exp(-50)
    expectClose(regularizedIncompleteGamma(2, 50, true), 51 * Math.exp(-50), CLOSED_FORM, 'Q(2, 50)');
  });
});

describe('findRoot', () => {
  it('finds √2 and throws without a bracket', () => {
    expectClose(findRoot((x) => x * x - 2, 0, 2), Math.SQRT2, 1e-15, '√2');
    expect(() => findRoot((x) => x * x + 1, -1, 1)).toThrow(StatisticError);
  });
});

describe('hedgesCorrection', () => {
  it.each(distributions.hedges_correction)('matches R exp(lgamma(df/2) - log(sqrt(df/2)) - lgamma((df-1)/2)) at df = $df', ({ df, j }) => {
    expectClose(hedgesCorrection(df), j, CLOSED_FORM, `J(${df})`);
  });

  it('throws for df ≤ 1 (two students)', () => {
    expect(() => hedgesCorrection(1)).toThrow(StatisticError);
  });
});
