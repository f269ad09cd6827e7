/**
 * PairedSummary computes each shared figure once, through the `…About` variants that reuse a
 * remembered mean: every figure must be the very number (or the very error) the standalone
 * function gives, so a group's figures do not depend on which path computed them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mean } from '../../src/stats/mean.js';
import { PairedSummary } from '../../src/stats/paired-summary.js';
import { pairedDifferences } from '../../src/stats/paired-differences.js';
import { pearsonCorrelation, pearsonCorrelationAbout } from '../../src/stats/pearson-correlation.js';
import { sampleStandardDeviation, sampleStandardDeviationAbout } from '../../src/stats/sample-standard-deviation.js';
import { sortedCopy } from '../../src/stats/sorted-copy.js';
import { StatisticError } from '../../src/stats/statistic-error.js';

type Outcome = { value: unknown } | { error: string };

function outcome(compute: () => unknown): Outcome {
  try {
    return { value: compute() };
  } catch (error) {
    if (error instanceof StatisticError || error instanceof RangeError) return { error: `${error.name}: ${error.message}` };
    throw error;
  }
}

/** Pre/post pairs of 0 to 30 students: whole scores (ties, equal columns) or arbitrary decimals. */
const pairs = fc.integer({ min: 0, max: 30 }).chain((n) => {
  const score = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e5, max: 1e5 }));
  return fc.tuple(fc.array(score, { minLength: n, maxLength: n }), fc.array(score, { minLength: n, maxLength: n }));
});

describe('PairedSummary', () => {
  it('gives exactly the numbers and errors of the standalone functions', () => {
    fc.assert(
      fc.property(pairs, ([pre, post]) => {
        const summary = new PairedSummary(pre, post);
        const gains = pre.map((before, i) => post[i] - before);
        // Asked in an order that exercises the remembered figures first.
        expect(outcome(() => summary.correlation())).toEqual(outcome(() => pearsonCorrelation(pre, post)));
        expect(outcome(() => summary.gainSd())).toEqual(outcome(() => sampleStandardDeviation(gains)));
        expect(outcome(() => summary.preSd())).toEqual(outcome(() => sampleStandardDeviation(pre)));
        expect(outcome(() => summary.postSd())).toEqual(outcome(() => sampleStandardDeviation(post)));
        expect(outcome(() => summary.meanGain())).toEqual(outcome(() => mean(gains)));
        expect(outcome(() => summary.preMean())).toEqual(outcome(() => mean(pre)));
        expect(outcome(() => summary.postMean())).toEqual(outcome(() => mean(post)));
        expect(summary.gains()).toEqual(pairedDifferences(pre, post));
        expect(summary.sortedGains()).toEqual(sortedCopy(gains));
        expect(summary.sortedPre()).toEqual(sortedCopy(pre));
        expect(summary.sortedPost()).toEqual(sortedCopy(post));
        // A remembered figure is the same number on every later use.
        expect(outcome(() => summary.correlation())).toEqual(outcome(() => pearsonCorrelation(pre, post)));
      }),
    );
  });

  it('throws the errors of the standalone functions for unequal lengths and non-finite scores', () => {
    expect(outcome(() => new PairedSummary([1, 2], [1]).correlation())).toEqual(outcome(() => pearsonCorrelation([1, 2], [1])));
    expect(() => new PairedSummary([1, Infinity], [1, 2]).meanGain()).toThrow(StatisticError);
    expect(() => new PairedSummary([1, 2], [1]).gains()).toThrow(RangeError);
  });
});

describe('the …About variants', () => {
  it('equal the plain functions given the mean (and SDs) those compute', () => {
    fc.assert(
      fc.property(pairs.filter(([pre]) => pre.length >= 2), ([x, y]) => {
        expect(sampleStandardDeviationAbout(x, mean(x))).toBe(sampleStandardDeviation(x));
        expect(outcome(() => pearsonCorrelationAbout(x, y, mean(x), mean(y), sampleStandardDeviation(x), sampleStandardDeviation(y)))).toEqual(
          outcome(() => pearsonCorrelation(x, y)),
        );
      }),
    );
  });
});
