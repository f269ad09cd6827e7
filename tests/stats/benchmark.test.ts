import { describe, expect, it } from 'vitest';
import { benchmarkBand, benchmarkThreshold } from '../../src/stats/benchmark.js';
import { individualEffectSize } from '../../src/stats/individual-effect-size.js';
import { StatisticError } from '../../src/stats/statistic-error.js';

describe('benchmarkThreshold', () => {
  it('is 0.40 for Hattie, 0.20 for Cohen and 0.05 for Kraft (STATISTICS.md)', () => {
    expect(benchmarkThreshold('hattie')).toBe(0.4);
    expect(benchmarkThreshold('cohen')).toBe(0.2);
    expect(benchmarkThreshold('kraft')).toBe(0.05);
  });
});

describe('benchmarkBand', () => {
  it.each([
    ['hattie', 0.39, 'below the hinge point'],
    ['hattie', 0.4, 'at or above the 0.40 hinge point'],
    ['hattie', -0.6, 'below the hinge point'],
    ['cohen', 0.19, 'negligible'],
    ['cohen', 0.2, 'small'],
    ['cohen', 0.5, 'medium'],
    ['cohen', 0.8, 'large'],
    ['cohen', -0.55, 'medium'],
    ['kraft', 0.04, 'small'],
    ['kraft', 0.05, 'medium'],
    ['kraft', 0.2, 'large'],
  ] as const)('%s band of %d is "%s"', (name, d, label) => {
    expect(benchmarkBand(name, d)).toBe(label);
  });
});

describe('individualEffectSize', () => {
  it('divides the gain by the average of the pre and post SDs', () => {
    expect(individualEffectSize(6, 5, 7)).toBe(1);
    expect(individualEffectSize(-3, 4, 8)).toBe(-0.5);
  });

  it('throws zero-variance when both SDs are zero', () => {
    expect(() => individualEffectSize(2, 0, 0)).toThrow(StatisticError);
  });
});
