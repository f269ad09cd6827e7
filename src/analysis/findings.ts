/**
 * The findings object: everything the analysis computed, computed once. Every report format
 * (text, md, html, csv, json) renders from it. Field names follow the JSON contract of
 * shared/DESIGN.md and are binding: scripts depend on them. A figure that cannot be computed is
 * `null`, and `warnings` says why.
 */
import type { Ledger } from '../ingest/types.js';
import type { ProficiencyChange } from '../stats/proficiency-change.js';
import type { StudentRows } from './student-rows.js';

export type EffectSizeKind = 'dav' | 'dz' | 'drm' | 'db';
export const EFFECT_SIZE_KINDS: readonly EffectSizeKind[] = ['dav', 'dz', 'drm', 'db'];

export type BenchmarkName = 'hattie' | 'cohen' | 'kraft';

export interface Describe {
  mean: number | null;
  sd: number | null;
  median: number | null;
  min: number | null;
  max: number | null;
}

export interface EffectSize {
  value: number | null;
  se: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  /** The value times the exact small-sample correction J(n − 1). */
  hedges: number | null;
}

export interface Group {
  n: number;
  pre: Describe;
  post: Describe;
  gain: { mean: number | null; sd: number | null; median: number | null };
  r: number | null;
  effectSizes: Record<EffectSizeKind, EffectSize>;
  tTest: { t: number | null; df: number | null; p: number | null; ciLow: number | null; ciHigh: number | null };
  wilcoxon: { v: number | null; p: number | null };
  normalizedGain: { class: number | null; studentMean: number | null };
  proficiency: Proficiency | null;
  /** True when a privacy `--min-n` hid this group's figures. */
  suppressed?: boolean;
}

/** The contract's `proficiency` figures: exactly what the statistic computes. */
export type Proficiency = ProficiencyChange;

export interface Pooled {
  method: 'REML';
  k: number;
  estimate: number | null;
  se: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  tau2: number | null;
  i2: number | null;
  q: number | null;
  qp: number | null;
  piLow: number | null;
  piHigh: number | null;
  converged: boolean;
  /** What was pooled: `teacher` or `section`. */
  over: 'teacher' | 'section';
}

export type BreakdownLevel = Group & { value: string };

export type StrategyFindings = Group & {
  strategy: string;
  breakdowns: Record<string, BreakdownLevel[]>;
  pooled: Pooled | null;
};

export interface Comparison {
  strategy: string;
  reference: string;
  gainDiff: number | null;
  hedgesG: { value: number | null; ciLow: number | null; ciHigh: number | null };
  welch: { t: number | null; df: number | null; p: number | null };
  ancova: { diff: number | null; se: number | null; ciLow: number | null; ciHigh: number | null; p: number | null };
}

export type StudentFlag = 'declined' | 'below-hinge' | 'at-or-above-hinge' | 'no-data';

export interface StudentRow {
  id: string;
  name: string | null;
  strategy: string | null;
  teacher: string | null;
  section: string | null;
  pre: number | null;
  post: number | null;
  gain: number | null;
  percentGain: number | null;
  normalizedChange: number | null;
  effectSize: number | null;
  flag: StudentFlag;
}

export interface Warning {
  code: string;
  message: string;
}

export interface AnalysisSettings {
  effectSize: EffectSizeKind;
  benchmark: BenchmarkName;
  maxScore: number | null;
  proficientAt: number | null;
  reference: string | null;
}

export interface CycleSummary {
  title?: string;
  question?: string;
  problem?: string;
  assessment?: { name?: string; maxScore: number | null; proficientAt: number | null };
}

export interface Findings {
  tool: { name: 'impact'; version: string };
  cycle: CycleSummary;
  settings: AnalysisSettings;
  ledger: Ledger;
  strategies: StrategyFindings[];
  comparisons: Comparison[];
  /** Column by column (student-rows.ts): `at(i)`, `slice`, iteration and `toJSON()` give `StudentRow` records. */
  students: StudentRows;
  answer: string;
  warnings: Warning[];
}
