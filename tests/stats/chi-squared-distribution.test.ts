import { describe, expect, it } from 'vitest';
import { chiSquaredUpperTail } from '../../src/stats/chi-squared-distribution.js';
import { StatisticError } from '../../src/stats/statistic-error.js';
import { distributions, expectClose, ITERATIVE } from './within-group-reference.js';

describe('chiSquaredUpperTail', () => {
  it.each(distributions.chi_squared_upper)('matches R pchisq($x, $df, lower.tail = FALSE)', ({ x, df, p }) => {
    // R: pchisq(x, df, lower.tail = FALSE)
    expectClose(chiSquaredUpperTail(x, df), p, ITERATIVE, `pchisq(${x}, ${df})`);
  });

  it('is 1 at 0 and throws for df ≤ 0', () => {
    expect(chiSquaredUpperTail(0, 3)).toBe(1);
    expect(() => chiSquaredUpperTail(1, 0)).toThrow(StatisticError);
  });
});
