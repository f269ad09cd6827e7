import { describe, expect, it } from 'vitest';
import { ancova } from '../../src/stats/ancova.js';
import { StatisticError } from '../../src/stats/statistic-error.js';
import reference from '../reference/comparisons.json' with { type: 'json' };

/** |actual − expected| within `relative` of |expected| (absolute when expected is 0). */
function expectClose(actual: number, expected: number, relative: number): void {
  expect(Number.isFinite(actual)).toBe(true);
  const scale = expected === 0 ? 1 : Math.abs(expected);
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * scale);
}

describe('ancova', () => {
  describe.each(reference.ancova)('$name', (testCase) => {
    const result = ancova({ pre: testCase.preA, post: testCase.postA }, { pre: testCase.preB, post: testCase.postB });
    // R: fit <- lm(post ~ pre + group) with group B the baseline level (tests/reference/comparisons.R)

    it('matches the group coefficient and its standard error to 1e-9', () => {
      // R: summary(fit)$coefficients["groupA", c("Estimate", "Std. Error")]
      expectClose(result.diff, testCase.ancova.diff, 1e-9);
      expectClose(result.se, testCase.ancova.se, 1e-9);
    });

    it('matches the 95% interval and p to 1e-6', () => {
      // R: confint(fit)["groupA", ] and summary(fit)$coefficients["groupA", "Pr(>|t|)"]
      expectClose(result.ciLow, testCase.ancova.ciLow, 1e-6);
      expectClose(result.ciHigh, testCase.ancova.ciHigh, 1e-6);
      expectClose(result.p, testCase.ancova.p, 1e-6);
    });
  });

  it('gives the documented example', () => {
    // R: lm(post ~ pre + group) on the "small unequal groups" case
    const result = ancova(
      { pre: [10, 14, 12, 18, 9, 15], post: [16, 19, 18, 25, 13, 22] },
      { pre: [11, 13, 17, 8, 15], post: [13, 16, 20, 9, 18] },
    );
    expectClose(result.diff, 3.38486005089059, 1e-9);
    expectClose(result.se, 0.421771496275964, 1e-9);
    expectClose(result.ciLow, 2.41225323636697, 1e-6);
    expectClose(result.ciHigh, 4.35746686541421, 1e-6);
    expectClose(result.p, 4.26850471896582e-5, 1e-6);
  });

  it('negates the difference when the groups are swapped', () => {
    const a = { pre: [10, 14, 12, 18, 9, 15], post: [16, 19, 18, 25, 13, 22] };
    const b = { pre: [11, 13, 17, 8, 15], post: [13, 16, 20, 9, 18] };
    const forward = ancova(a, b);
    const backward = ancova(b, a);
    expectClose(backward.diff, -forward.diff, 1e-12);
    expectClose(backward.se, forward.se, 1e-12);
    expectClose(backward.p, forward.p, 1e-12);
  });

  it('throws too-few-values when a group has fewer than 2 students', () => {
    expect(() => ancova({ pre: [1], post: [2] }, { pre: [1, 2, 3], post: [2, 3, 5] })).toThrow(StatisticError);
    expect(() => ancova({ pre: [1, 2, 3], post: [2, 3, 5] }, { pre: [], post: [] })).toThrow(
      expect.objectContaining({ code: 'too-few-values' }),
    );
  });

  it('throws zero-variance when pre-test scores do not vary within the groups', () => {
    expect(() => ancova({ pre: [5, 5, 5], post: [6, 7, 9] }, { pre: [3, 3], post: [4, 6] })).toThrow(
      expect.objectContaining({ code: 'zero-variance' }),
    );
  });

  it('throws zero-variance when the pre-test predicts every post-test exactly', () => {
    expect(() => ancova({ pre: [5, 6, 8], post: [9, 10, 12] }, { pre: [3, 7], post: [5, 9] })).toThrow(
      expect.objectContaining({ code: 'zero-variance' }),
    );
  });

  it('throws undefined when pre and post are not matched pairs', () => {
    expect(() => ancova({ pre: [5, 6, 8], post: [9, 10] }, { pre: [3, 7], post: [5, 9] })).toThrow(
      expect.objectContaining({ code: 'undefined' }),
    );
  });
});
