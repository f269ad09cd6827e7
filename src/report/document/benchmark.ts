/**
 * How the report words the chosen benchmark: the band of an effect size, the threshold line the
 * charts draw, and the names used in headings and the method note. The numbers come from
 * src/stats/benchmark.ts, the one place they are defined.
 */
import type { BenchmarkName } from '../../analysis/findings.js';
import { benchmarkBand, benchmarkThreshold } from '../../stats/benchmark.js';
import { formatNumber } from '../../analysis/wording.js';

export { benchmarkThreshold };

/** A short band for a table cell under `bandHeading`: "at or above" (the hinge), "medium", "small (decline)"… */
export function bandLabel(benchmark: BenchmarkName, value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '–';
  if (benchmark === 'hattie') return value >= benchmarkThreshold('hattie') ? 'at or above' : 'below';
  const band = benchmarkBand(benchmark, value);
  return value < 0 ? `${band} (decline)` : band;
}

/** The column heading for the band: "vs 0.40 hinge", "Cohen band", "Kraft band". */
export function bandHeading(benchmark: BenchmarkName): string {
  return benchmark === 'hattie' ? `vs ${formatNumber(benchmarkThreshold('hattie'))} hinge` : benchmark === 'cohen' ? 'Cohen band' : 'Kraft band';
}

/** The heading of the student flag column: "vs 0.40 hinge", "vs 0.20 (Cohen)", "vs 0.05 (Kraft)". */
export function flagHeading(benchmark: BenchmarkName): string {
  const value = formatNumber(benchmarkThreshold(benchmark));
  return benchmark === 'hattie' ? `vs ${value} hinge` : `vs ${value} (${benchmark === 'cohen' ? 'Cohen' : 'Kraft'})`;
}

/** The threshold line's name: "hinge point 0.40", "Cohen's small 0.20", "Kraft's medium 0.05". */
export function thresholdName(benchmark: BenchmarkName): string {
  const value = formatNumber(benchmarkThreshold(benchmark));
  return benchmark === 'hattie' ? `hinge point ${value}` : benchmark === 'cohen' ? `Cohen's small effect ${value}` : `Kraft's medium effect ${value}`;
}

/** One sentence on the benchmark for the method note. */
export function benchmarkSentence(benchmark: BenchmarkName): string {
  switch (benchmark) {
    case 'hattie':
      return 'Benchmark: Hattie’s hinge point d = 0.40, the average effect in Visible Learning (“a year’s growth for a year’s input”).';
    case 'cohen':
      return 'Benchmark: Cohen (1988): 0.2 small, 0.5 medium, 0.8 large (by size; the direction is stated separately).';
    case 'kraft':
      return 'Benchmark: Kraft (2020), education interventions on standardized tests: below 0.05 small, 0.05–0.20 medium, 0.20 or more large.';
  }
}
