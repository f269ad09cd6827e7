import { describe, expect, it } from 'vitest';
import { classNormalizedGain } from '../../src/stats/class-normalized-gain.js';
import { meanNormalizedChange, normalizedChange } from '../../src/stats/normalized-change.js';
import { StatisticError } from '../../src/stats/statistic-error.js';
import { CLOSED_FORM, dataSets, expectClose } from './within-group-reference.js';

const withMax = dataSets.filter((data) => data.max !== undefined);

describe.each(withMax)('normalized change of $name', (data) => {
  const maxScore = data.max as number;

  it('per student matches R (Marx & Cummings; undefined where R has NA)', () => {
    data.pre.forEach((pre, i) => {
      const expected = data.normalized_change?.[i] ?? null;
      // R: normalized_change(pre, post, max) in tests/reference/within-group.R
      if (expected === null) expect(() => normalizedChange(pre, data.post[i], maxScore)).toThrow(StatisticError);
      else expectClose(normalizedChange(pre, data.post[i], maxScore), expected, CLOSED_FORM, `student ${i}`);
    });
  });

  it('student mean and class gain match R', () => {
    // R: mean(changes, na.rm = TRUE); (mean(post) - mean(pre)) / (max - mean(pre))
    expectClose(meanNormalizedChange(data.pre, data.post, maxScore), data.student_mean_normalized_change as number, CLOSED_FORM, 'student mean');
    const preMean = data.pre_describe.mean;
    const postMean = data.post_describe.mean;
    expectClose(classNormalizedGain(preMean, postMean, maxScore), data.class_normalized_gain as number, CLOSED_FORM, 'class');
  });
});

describe('normalized change edge cases', () => {
  it('follows the four cases of Marx & Cummings', () => {
    expect(normalizedChange(30, 35, 40)).toBe(0.5);
    expect(normalizedChange(20, 15, 40)).toBe(-0.25);
    expect(normalizedChange(20, 20, 40)).toBe(0);
    expect(() => normalizedChange(0, 0, 40)).toThrow(StatisticError);
    expect(() => normalizedChange(40, 40, 40)).toThrow(StatisticError);
    expect(normalizedChange(40, 30, 40)).toBe(-0.25);
  });

  it('throws for scores outside [0, max] and when no student is defined', () => {
    expect(() => normalizedChange(41, 30, 40)).toThrow(StatisticError);
    expect(() => meanNormalizedChange([0, 40], [0, 40], 40)).toThrow(StatisticError);
  });

  it('class gain throws at the ceiling', () => {
    expect(classNormalizedGain(20, 30, 40)).toBe(0.5);
    expect(() => classNormalizedGain(40, 40, 40)).toThrow(StatisticError);
  });
});
