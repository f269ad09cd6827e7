/**
 * The per-student table: gain, percent gain, Hattie's individual effect size (against the SDs of
 * the student's strategy group), normalized change, and the flag against the benchmark.
 */
import type { MatchedStudent, UnmatchedStudent } from '../ingest/types.js';
import type { BenchmarkName, StudentFlag, StudentRow } from './findings.js';
import { MissingFigures } from './figure.js';
import { normalizedChangeOrNull } from '../stats/normalized-change.js';
import { individualEffectSize } from '../stats/individual-effect-size.js';
import { benchmarkThreshold } from '../stats/benchmark.js';

export interface StudentSettings {
  maxScore: number | null;
  benchmark: BenchmarkName;
}

/** The SDs of a strategy group that scale its students' individual effect sizes (a `Group` has them). */
export interface GroupSpread {
  pre: { sd: number | null };
  post: { sd: number | null };
}

/** Rows for matched students of one strategy group (whose SDs scale the individual effect sizes). */
export function matchedStudentRows(students: readonly MatchedStudent[], group: GroupSpread, settings: StudentSettings): StudentRow[] {
  const ignored = new MissingFigures();
  const threshold = benchmarkThreshold(settings.benchmark);
  const { maxScore } = settings;
  const s1 = group.pre.sd;
  const s2 = group.post.sd;
  // Whether the group's SDs define individual effect sizes is one question for the whole group.
  const scaled = s1 !== null && s2 !== null && ignored.figure('effect size', () => individualEffectSize(0, s1, s2)) !== null;
  return students.map((student) => {
    const gain = student.post - student.pre;
    const effectSize = scaled ? individualEffectSize(gain, s1, s2) : null;
    return {
      id: student.id,
      name: student.name,
      strategy: student.strategy,
      teacher: student.teacher,
      section: student.section,
      pre: student.pre,
      post: student.post,
      gain,
      percentGain: maxScore === null || maxScore === 0 ? null : gain / maxScore,
      normalizedChange: maxScore === null ? null : normalizedChangeOrNull(student.pre, student.post, maxScore),
      effectSize,
      flag: flagFor(gain, effectSize, threshold),
    };
  });
}

/** `declined` below zero gain; otherwise against the benchmark's threshold; `no-data` without an effect size. */
export function flagFor(gain: number, effectSize: number | null, threshold: number): StudentFlag {
  if (gain < 0) return 'declined';
  if (effectSize === null) return 'no-data';
  return effectSize < threshold ? 'below-hinge' : 'at-or-above-hinge';
}

/** Rows for students seen in only one file: the score they have, no growth, flag `no-data`. */
export function unmatchedStudentRows(students: readonly UnmatchedStudent[]): StudentRow[] {
  return students.map((student) => ({
    id: student.id,
    name: student.name,
    strategy: student.strategy,
    teacher: student.teacher,
    section: student.section,
    pre: student.side === 'pre' ? student.score : null,
    post: student.side === 'post' ? student.score : null,
    gain: null,
    percentGain: null,
    normalizedChange: null,
    effectSize: null,
    flag: 'no-data',
  }));
}
