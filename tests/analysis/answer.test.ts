import { describe, expect, it } from 'vitest';
import { benchmarkPhrase } from '../../src/analysis/answer.js';
import type { AnalysisSettings } from '../../src/analysis/findings.js';

const settings = (benchmark: AnalysisSettings['benchmark']): AnalysisSettings => ({ effectSize: 'dav', benchmark, maxScore: null, proficientAt: null, reference: null });

describe('benchmarkPhrase', () => {
  it('places an effect against the hinge point, saying when the interval spans it', () => {
    expect(benchmarkPhrase(0.89, 0.7, 1.07, settings('hattie'))).toBe('above the 0.40 hinge point');
    expect(benchmarkPhrase(0.56, 0.35, 0.77, settings('hattie'))).toBe('above the 0.40 hinge point, though the interval includes it');
    expect(benchmarkPhrase(0.2, 0.1, 0.3, settings('hattie'))).toBe('below the 0.40 hinge point');
  });

  it("names Cohen's and Kraft's size bands", () => {
    expect(benchmarkPhrase(0.55, 0.3, 0.8, settings('cohen'))).toBe("a medium effect by Cohen's benchmarks");
    expect(benchmarkPhrase(0.14, -0.17, 0.45, settings('cohen'))).toBe("a negligible effect by Cohen's benchmarks; the interval includes 0.20");
    expect(benchmarkPhrase(0.12, 0.06, 0.18, settings('kraft'))).toBe("a medium effect by Kraft's benchmarks for education studies");
    expect(benchmarkPhrase(-0.3, -0.5, -0.1, settings('kraft'))).toBe("a large effect by Kraft's benchmarks for education studies (a decline)");
  });
});
