/**
 * R's numbers for the within-group statistics and distributions, generated once by
 * tests/reference/within-group.R (R 4.2, effectsize 0.8.3) and committed as JSON so the tests
 * never need R. `null` marks a figure R returns as NaN/Inf (undefined: ours must throw).
 */
import { expect } from 'vitest';
import reference from '../reference/within-group.json' with { type: 'json' };

export type Nullable = number | null;
export interface ReferenceEffectSize { value: Nullable; se: Nullable; ciLow: Nullable; ciHigh: Nullable; hedges: Nullable }
export interface ReferenceDescribe { mean: number; sd: Nullable; median: number; min: number; max: number }
export interface ReferenceDataSet {
  name: string;
  pre: number[];
  post: number[];
  n: number;
  pre_describe: ReferenceDescribe;
  post_describe: ReferenceDescribe;
  gain: { mean: number; sd: Nullable; median: number };
  r: Nullable;
  effect_sizes: Record<'dav' | 'dz' | 'drm' | 'db', ReferenceEffectSize>;
  dz_effectsize: { value: number; ciLow: number; ciHigh: number };
  t_test: { t: number; df: number; p: number; ciLow: number; ciHigh: number; meanDifference: number };
  wilcoxon: { v: number; p: number; exact: boolean };
  max?: number;
  normalized_change?: Nullable[];
  class_normalized_gain?: number;
  student_mean_normalized_change?: number;
  proficiency: { cutoff: number; preRate: number; postRate: number; up: number; down: number; mcnemarP: number };
}

export const distributions = reference.distributions;
export const dataSets = reference.within as unknown as ReferenceDataSet[];

/** Tolerances of shared/STATISTICS.md: closed forms and iterative/special functions. */
export const CLOSED_FORM = 1e-9;
export const ITERATIVE = 1e-6;

/**
 * Expect `actual` within `tolerance` of `expected`, relative to |expected| (absolute when
 * expected is 0). Returns the relative error so a test can report the worst one.
 */
export function expectClose(actual: number, expected: number, tolerance: number, label = ''): number {
  const error = expected === 0 ? Math.abs(actual) : Math.abs(actual - expected) / Math.abs(expected);
  expect(error, `${label}: got ${actual}, R ${expected}, relative error ${error}`).toBeLessThanOrEqual(tolerance);
  return error;
}
