/** The `@example` of every exported function in src/stats, checked so the docs cannot drift. */
import { describe, expect, it } from 'vitest';
import { benchmarkBand, benchmarkThreshold } from '../../src/stats/benchmark.js';
import { binomialTestTwoSidedP } from '../../src/stats/binomial-test.js';
import { changeEffectSize, changeEffectSizeValue } from '../../src/stats/change-effect-size.js';
import { chiSquaredUpperTail } from '../../src/stats/chi-squared-distribution.js';
import { classNormalizedGain } from '../../src/stats/class-normalized-gain.js';
import { describe as describeScores } from '../../src/stats/describe.js';
import { findRoot } from '../../src/stats/find-root.js';
import { hedgesCorrection } from '../../src/stats/hedges-correction.js';
import { individualEffectSize } from '../../src/stats/individual-effect-size.js';
import { logBeta } from '../../src/stats/log-beta.js';
import { logGamma } from '../../src/stats/log-gamma.js';
import { mean } from '../../src/stats/mean.js';
import { median, sortedMedian } from '../../src/stats/median.js';
import { noncentralTCdf, noncentralTCdfAt, noncentralTConfidenceInterval } from '../../src/stats/noncentral-t-distribution.js';
import { normalCdf, normalQuantile } from '../../src/stats/normal-distribution.js';
import { meanNormalizedChange, normalizedChange } from '../../src/stats/normalized-change.js';
import { pairedDifferences } from '../../src/stats/paired-differences.js';
import { pairedTTest } from '../../src/stats/paired-t-test.js';
import { pearsonCorrelation, pearsonCorrelationAbout } from '../../src/stats/pearson-correlation.js';
import { proficiencyChange } from '../../src/stats/proficiency-change.js';
import { regularizedIncompleteBeta } from '../../src/stats/regularized-incomplete-beta.js';
import { regularizedIncompleteGamma } from '../../src/stats/regularized-incomplete-gamma.js';
import { sampleStandardDeviation, sampleStandardDeviationAbout } from '../../src/stats/sample-standard-deviation.js';
import { sortedCopy } from '../../src/stats/sorted-copy.js';
import { signedRankCdf } from '../../src/stats/signed-rank-distribution.js';
import { studentTCdf, studentTQuantile, studentTTwoSidedP } from '../../src/stats/student-t-distribution.js';
import { wilcoxonSignedRank } from '../../src/stats/wilcoxon-signed-rank.js';

const close = (actual: number, expected: number, tolerance = 1e-12) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance * Math.max(1, Math.abs(expected)));

describe('doc-comment examples', () => {
  it('special functions and distributions', () => {
    close(logGamma(5), 3.1780538303479458);
    close(logBeta(2, 3), -2.4849066497880004);
    close(regularizedIncompleteBeta(0.5, 2, 3), 0.6875);
    close(regularizedIncompleteGamma(1, 2, true), 0.1353352832366127);
    close(findRoot((x) => x * x - 2, 0, 2), 1.4142135623730951);
    close(normalCdf(1.959963984540054), 0.975);
    close(normalQuantile(0.975), 1.959963984540054);
    close(studentTCdf(2, 5), 0.9490302605850709);
    close(studentTTwoSidedP(2, 5), 0.10193947882985828);
    close(studentTQuantile(0.975, 10), 2.228138851986274);
    close(noncentralTCdf(2, 10, 1), 0.8076115625303111, 1e-9);
    close(noncentralTCdfAt(2, 10)(1), 0.8076115625303111, 1e-9);
    const interval = noncentralTConfidenceInterval(3, 9);
    close(interval.low, 0.556840105097342, 1e-9);
    close(interval.high, 5.33371685302935, 1e-9);
    close(chiSquaredUpperTail(3.84, 1), 0.050043521248705224);
    close(binomialTestTwoSidedP(2, 10), 0.109375);
    close(signedRankCdf(3, 5), 0.15625);
    close(hedgesCorrection(9), 0.9138748917925526);
  });

  it('within-group figures', () => {
    close(mean([12, 15, 20]), 15.666666666666666);
    close(sampleStandardDeviation([12, 15, 20]), 4.041451884327381);
    expect(median([14, 12, 20, 15])).toBe(14.5);
    expect(sortedMedian([12, 14, 15, 20])).toBe(14.5);
    expect(sortedCopy([14, 12, 20, 15])).toEqual([12, 14, 15, 20]);
    close(sampleStandardDeviationAbout([12, 15, 20], mean([12, 15, 20])), 4.041451884327381);
    close(pearsonCorrelationAbout([12, 15, 20], [14, 19, 21], mean([12, 15, 20]), mean([14, 19, 21]), 4.041451884327381, 3.605551275463989), 0.926455747015147);
    close(pearsonCorrelation([12, 15, 20], [14, 19, 21]), 0.926455747015147);
    const description = describeScores([12, 15, 20]);
    close(description.mean, 15.666666666666666);
    close(description.sd, 4.041451884327381);
    expect([description.median, description.min, description.max]).toEqual([15, 12, 20]);
    expect(pairedDifferences([12, 15, 20], [14, 19, 21])).toEqual([2, 4, 1]);
    close(changeEffectSizeValue([12, 15, 20], [14, 19, 21], 'dz'), 1.5275252316519468);
    close(changeEffectSize([12, 15, 20, 9], [14, 19, 21, 13], 'dav').value, 0.6430773549494595);
    close(pairedTTest([12, 15, 20], [14, 19, 21]).p, 0.11808289631180312, 1e-9);
    expect(wilcoxonSignedRank([12, 15, 20, 9], [14, 19, 21, 12])).toEqual({ v: 10, p: 0.125, exact: true });
    expect(normalizedChange(30, 35, 40)).toBe(0.5);
    expect(meanNormalizedChange([30, 20, 40], [35, 10, 40], 40)).toBe(0);
    expect(classNormalizedGain(20, 30, 40)).toBe(0.5);
    expect(proficiencyChange([20, 25, 30, 27], [29, 28, 26, 31], 28)).toEqual({
      cutoff: 28, preRate: 0.25, postRate: 0.75, up: 3, down: 1, mcnemarP: 0.625,
    });
    expect(individualEffectSize(6, 5, 7)).toBe(1);
    expect(benchmarkThreshold('hattie')).toBe(0.4);
    expect(benchmarkBand('cohen', 0.55)).toBe('medium');
  });
});
