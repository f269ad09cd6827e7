import { describe, expect, it } from 'vitest';
import { randomEffectsMetaAnalysis } from '../../src/stats/random-effects-meta-analysis.js';
import { StatisticError } from '../../src/stats/statistic-error.js';
import reference from '../reference/comparisons.json' with { type: 'json' };

/** |actual − expected| within `relative` of |expected| (absolute when expected is 0). */
function expectClose(actual: number, expected: number, relative: number): void {
  expect(Number.isFinite(actual)).toBe(true);
  const scale = expected === 0 ? 1 : Math.abs(expected);
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * scale);
}

/** Synthetic classrooms: n students each, true effects spread by tau, observed with error. */
function syntheticClassrooms(k: number, mean: number, tau: number, seed: number): { yi: number[]; vi: number[] } {
  // mulberry32: a small deterministic generator, so the test is reproducible.
  let state = seed >>> 0;
  const uniform = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  const standardNormal = (): number => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
  const yi: number[] = [];
  const vi: number[] = [];
  for (let i = 0; i < k; i++) {
    const students = 10 + Math.floor(uniform() * 25);
    const samplingVariance = 1 / students + (mean * mean) / (2 * students);
    yi.push(mean + tau * standardNormal() + Math.sqrt(samplingVariance) * standardNormal());
    vi.push(samplingVariance);
  }
  return { yi, vi };
}

describe('randomEffectsMetaAnalysis', () => {
  describe.each(reference.meta)('$name', (testCase) => {
    const result = randomEffectsMetaAnalysis(testCase.yi, testCase.vi);
    const expected = testCase.rma;
    // R: fit <- metafor::rma(yi, vi, method = "REML"); pr <- predict(fit)   (tests/reference/comparisons.R)

    it('converges and reports k', () => {
      expect(result.method).toBe('REML');
      expect(result.k).toBe(expected.k); // R: fit$k
      expect(result.converged).toBe(true);
      expect(result.iterations).toBeGreaterThan(0);
    });

    it('matches tau², the estimate, its SE and CI to 1e-6', () => {
      expectClose(result.tau2, expected.tau2, 1e-6); // R: fit$tau2
      expectClose(result.estimate, expected.estimate, 1e-6); // R: fit$b
      expectClose(result.se, expected.se, 1e-6); // R: fit$se
      expectClose(result.ciLow, expected.ciLow, 1e-6); // R: fit$ci.lb
      expectClose(result.ciHigh, expected.ciHigh, 1e-6); // R: fit$ci.ub
    });

    it('matches I², Q and its p to 1e-6', () => {
      expectClose(result.i2, expected.i2, 1e-6); // R: fit$I2 / 100
      expectClose(result.q, expected.q, 1e-9); // R: fit$QE (closed form)
      expectClose(result.qp, expected.qp, 1e-6); // R: fit$QEp
    });

    it('matches the prediction interval to 1e-6', () => {
      expectClose(result.piLow, expected.piLow, 1e-6); // R: predict(fit)$pi.lb
      expectClose(result.piHigh, expected.piHigh, 1e-6); // R: predict(fit)$pi.ub
    });
  });

  it('gives the documented example', () => {
    // R: metafor::rma(c(0.15, 1.05), c(0.03, 0.045), method = "REML")
    const result = randomEffectsMetaAnalysis([0.15, 1.05], [0.03, 0.045]);
    const expected = reference.meta.find((testCase) => testCase.name === 'k = 2, classrooms differ')!.rma;
    expectClose(result.estimate, expected.estimate, 1e-6);
    expectClose(result.tau2, expected.tau2, 1e-6);
    expectClose(result.i2, expected.i2, 1e-6);
    expectClose(result.q, expected.q, 1e-9);
    expectClose(result.piLow, expected.piLow, 1e-6);
  });

  it('truncates tau² at exactly 0 when classrooms agree', () => {
    const result = randomEffectsMetaAnalysis([0.41, 0.44, 0.39, 0.43, 0.4, 0.42], [0.05, 0.04, 0.06, 0.05, 0.045, 0.055]);
    expect(result.tau2).toBe(0); // R: fit$tau2 == 0
    expect(result.i2).toBe(0);
    expect(result.piLow).toBe(result.ciLow);
  });

  it('pools 40,000 classrooms well under a second and converges', () => {
    const { yi, vi } = syntheticClassrooms(40_000, 0.4, 0.2, 20240611);
    const started = performance.now();
    const result = randomEffectsMetaAnalysis(yi, vi);
    const elapsed = performance.now() - started;
    expect(result.converged).toBe(true);
    expect(result.k).toBe(40_000);
    expect(result.iterations).toBeLessThan(20);
    expect(elapsed).toBeLessThan(1000);
    // The synthetic truth: mean 0.4, tau² = 0.04.
    expect(Math.abs(result.estimate - 0.4)).toBeLessThan(0.01);
    expect(Math.abs(result.tau2 - 0.04)).toBeLessThan(0.005);
  });

  it('pools 40,000 agreeing classrooms (tau² = 0) and converges', () => {
    const { yi, vi } = syntheticClassrooms(40_000, 0.4, 0, 7);
    const result = randomEffectsMetaAnalysis(yi, vi);
    expect(result.converged).toBe(true);
    expect(result.tau2).toBeLessThan(0.002);
    expect(Math.abs(result.estimate - 0.4)).toBeLessThan(0.01);
  });

  it('returns converged: false, not an error, when Fisher scoring runs out of iterations', () => {
    // R: metafor::rma(yi, vi, method = "REML") stops with "Fisher scoring algorithm did not converge"
    // for this data set (found by search), after its 100 iterations plus one.
    const { yi, vi, rmaError } = reference.metaNonConvergent;
    expect(rmaError).toMatch(/did not converge/);
    const result = randomEffectsMetaAnalysis(yi, vi);
    expect(result.converged).toBe(false);
    expect(result.iterations).toBe(101);
    for (const value of Object.values(result)) {
      if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
    }
  });

  it('throws too-few-values for fewer than 2 classrooms', () => {
    expect(() => randomEffectsMetaAnalysis([0.4], [0.05])).toThrow(StatisticError);
    expect(() => randomEffectsMetaAnalysis([], [])).toThrow(expect.objectContaining({ code: 'too-few-values' }));
  });

  it('throws for a sampling variance that is 0 or negative', () => {
    expect(() => randomEffectsMetaAnalysis([0.4, 0.5], [0.05, 0])).toThrow(expect.objectContaining({ code: 'zero-variance' }));
    expect(() => randomEffectsMetaAnalysis([0.4, 0.5], [-0.05, 0.05])).toThrow(expect.objectContaining({ code: 'undefined' }));
  });

  it('throws undefined when yi and vi differ in length or hold a value that is not finite', () => {
    expect(() => randomEffectsMetaAnalysis([0.4, 0.5, 0.6], [0.05, 0.05])).toThrow(expect.objectContaining({ code: 'undefined' }));
    expect(() => randomEffectsMetaAnalysis([0.4, Number.NaN], [0.05, 0.05])).toThrow(expect.objectContaining({ code: 'undefined' }));
  });
});
