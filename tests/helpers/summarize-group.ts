/**
 * The Group figures of a list of students, with any null figures' reasons appended to `warnings`
 * as the analysis words them: the reference the tests hold the job-based analysis to (the
 * analysis itself keeps scores, not student objects, and calls `summarizeScores`).
 */
import type { Group, Warning } from '../../src/analysis/findings.js';
import { figuresNotComputed, summarizeScores, type GroupSettings } from '../../src/analysis/group.js';
import type { MatchedStudent } from '../../src/ingest/types.js';

export function summarizeGroup(students: readonly MatchedStudent[], settings: GroupSettings, label: string, warnings: Warning[]): Group {
  const { group, reasons } = summarizeScores(
    students.map((student) => student.pre),
    students.map((student) => student.post),
    settings,
  );
  if (reasons !== null) warnings.push(figuresNotComputed(label, group.n, reasons));
  return group;
}
