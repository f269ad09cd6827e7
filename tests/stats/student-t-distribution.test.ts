import { describe, expect, it } from 'vitest';
import { StatisticError } from '../../src/stats/statistic-error.js';
import { studentTCdf, studentTQuantile, studentTTwoSidedP } from '../../src/stats/student-t-distribution.js';
import { distributions, expectClose, ITERATIVE } from './within-group-reference.js';

describe('studentTCdf', () => {
  it.each(distributions.t_cdf)('matches R pt($t, $df)', ({ t, df, p }) => {
    // R: pt(t, df)
    expectClose(studentTCdf(t, df), p, ITERATIVE, `pt(${t}, ${df})`);
  });

  it('is the normal distribution for infinite df', () => {
    // R: pt(-2, Inf) = pnorm(-2)
    expectClose(studentTCdf(-2, Infinity), 0.0227501319481792, 1e-12, 'pt(-2, Inf)');
  });

  it('throws for df ≤ 0', () => {
    expect(() => studentTCdf(1, 0)).toThrow(StatisticError);
  });
});

describe('studentTTwoSidedP', () => {
  it.each(distributions.t_two_sided)('matches R 2 * pt(-abs($t), $df), also far in the tail', ({ t, df, p }) => {
    // R: 2 * pt(-abs(t), df)
    expectClose(studentTTwoSidedP(t, df), p, ITERATIVE, `2*pt(-|${t}|, ${df})`);
  });

  it('is 1 at t = 0', () => {
    expect(studentTTwoSidedP(0, 7)).toBe(1);
  });
});

describe('studentTQuantile', () => {
  it.each(distributions.t_quantile)('matches R qt($p, $df)', ({ p, df, t }) => {
    // R: qt(p, df)
    expectClose(studentTQuantile(p, df), t, ITERATIVE, `qt(${p}, ${df})`);
  });

  it('is exact for df = 1 (Cauchy) in the far tail', () => {
    // R: qt(1e-12, 1) = tan(pi * (1e-12 - 0.5)) = -1 / tan(pi * 1e-12)
    expectClose(studentTQuantile(1e-12, 1), -1 / Math.tan(Math.PI * 1e-12), 1e-9, 'qt(1e-12, 1)');
  });

  it('gives 0 at p = ½, ±Infinity at 0 and 1, and throws outside [0, 1]', () => {
    expect(studentTQuantile(0.5, 3)).toBe(0);
    expect(studentTQuantile(0, 3)).toBe(-Infinity);
    expect(studentTQuantile(1, 3)).toBe(Infinity);
    expect(() => studentTQuantile(-0.1, 3)).toThrow(StatisticError);
  });
});
