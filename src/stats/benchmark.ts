/** A published yardstick for the size of an effect. */
export type Benchmark = 'hattie' | 'cohen' | 'kraft';

const THRESHOLDS: Record<Benchmark, number> = { hattie: 0.4, cohen: 0.2, kraft: 0.05 };

/**
 * Benchmark threshold: the effect size a benchmark treats as the line worth reaching — Hattie's
 * hinge point 0.40 (the average effect in Visible Learning), Cohen's "small" 0.20, Kraft's
 * "medium" 0.05 for education interventions on standardized tests. Students are flagged
 * below or at-or-above it.
 *
 * Reference: Hattie, J. (2009). Visible Learning; Cohen, J. (1988). Statistical Power Analysis for
 * the Behavioral Sciences, 2nd ed.; Kraft, M. A. (2020). Interpreting effect sizes of education
 * interventions. Educational Researcher, 49, 241–253.
 *
 * @param name which benchmark
 * @throws never
 * @example
 * benchmarkThreshold('hattie'); // => 0.4
 */
export function benchmarkThreshold(name: Benchmark): number {
  return THRESHOLDS[name];
}

/**
 * Benchmark band: a short label for an effect size on a benchmark's scale.
 * - hattie: "below the hinge point" (d < 0.40) or "at or above the 0.40 hinge point";
 * - cohen, by |d|: "negligible" (< 0.2), "small" (< 0.5), "medium" (< 0.8), "large";
 * - kraft, by |d|: "small" (< 0.05), "medium" (< 0.20), "large".
 * Cohen's and Kraft's bands describe magnitude only: the report states the direction separately.
 *
 * Reference: as `benchmarkThreshold`.
 *
 * @param name which benchmark
 * @param d the effect size (finite)
 * @throws never
 * @example
 * benchmarkBand('cohen', 0.55); // => 'medium'
 */
export function benchmarkBand(name: Benchmark, d: number): string {
  const size = Math.abs(d);
  switch (name) {
    case 'hattie':
      return d < THRESHOLDS.hattie ? 'below the hinge point' : 'at or above the 0.40 hinge point';
    case 'cohen':
      return size < 0.2 ? 'negligible' : size < 0.5 ? 'small' : size < 0.8 ? 'medium' : 'large';
    case 'kraft':
      return size < 0.05 ? 'small' : size < 0.2 ? 'medium' : 'large';
  }
}
