/**
 * The per-student table: gain, percent gain, Hattie's individual effect size (against the SDs of
 * the student's strategy group), normalized change, and the flag against the benchmark.
 */
import type { MatchedStudents, UnmatchedStudent } from '../ingest/types.js';
import type { BenchmarkName, StudentFlag } from './findings.js';
import type { StudentRows } from './student-rows.js';
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

/**
 * Appends the rows of the matched students of one strategy group (`members`: their rows in the
 * `students`' columns; the group's SDs scale the individual effect sizes) to `rows`.
 */
export function addMatchedStudentRows(rows: StudentRows, students: MatchedStudents, members: ArrayLike<number>, group: GroupSpread, settings: StudentSettings): void {
  const ignored = new MissingFigures();
  const threshold = benchmarkThreshold(settings.benchmark);
  const { maxScore } = settings;
  const s1 = group.pre.sd;
  const s2 = group.post.sd;
  // Whether the group's SDs define individual effect sizes is one question for the whole group.
  const scaled = s1 !== null && s2 !== null && ignored.figure('effect size', () => individualEffectSize(0, s1, s2)) !== null;
  const { ids, names, texts, strategies, teachers, sections, pre: before, post: after } = students;
  const text = (code: number): string | null => (code === -1 ? null : texts[code]);
  for (let i = 0; i < members.length; i++) {
    const member = members[i];
    const pre = before[member];
    const post = after[member];
    const gain = post - pre;
    const effectSize = scaled ? individualEffectSize(gain, s1, s2) : null;
    rows.add(
      ids[member],
      names[member],
      text(strategies[member]),
      text(teachers[member]),
      text(sections[member]),
      pre,
      post,
      gain,
      maxScore === null || maxScore === 0 ? null : gain / maxScore,
      maxScore === null ? null : normalizedChangeOrNull(pre, post, maxScore),
      effectSize,
      flagFor(gain, effectSize, threshold),
    );
  }
}

/** `declined` below zero gain; otherwise against the benchmark's threshold; `no-data` without an effect size. */
export function flagFor(gain: number, effectSize: number | null, threshold: number): StudentFlag {
  if (gain < 0) return 'declined';
  if (effectSize === null) return 'no-data';
  return effectSize < threshold ? 'below-hinge' : 'at-or-above-hinge';
}

/** Appends the rows of students seen in only one file to `rows`: the score they have, no growth, flag `no-data`. */
export function addUnmatchedStudentRows(rows: StudentRows, students: readonly UnmatchedStudent[]): void {
  for (const student of students) {
    rows.add(student.id, student.name, student.strategy, student.teacher, student.section, student.side === 'pre' ? student.score : null, student.side === 'post' ? student.score : null, null, null, null, null, 'no-data');
  }
}
