/**
 * `impact students --format csv`: one row per student with the JSON contract's field names, plus
 * `nextSteps` (why the student is on a next-steps list, `;`-separated).
 */
import type { Findings, StudentRow } from '../../analysis/findings.js';
import { csvChunks } from './write-csv.js';

const FIELDS = ['id', 'name', 'strategy', 'teacher', 'section', 'pre', 'post', 'gain', 'percentGain', 'normalizedChange', 'effectSize', 'flag'] as const;

export function renderStudentsCsv(findings: Findings, excel: boolean): string {
  return [...renderStudentsCsvChunks(findings, excel)].join('');
}

/** The same text as `renderStudentsCsv`, a row at a time, for streaming output. */
export function renderStudentsCsvChunks(findings: Findings, excel: boolean): Iterable<string> {
  const target = findings.settings.proficientAt;
  function* rows() {
    for (const student of findings.students) yield [...FIELDS.map((field) => student[field]), nextStepReasons(student, target)];
  }
  return csvChunks([...FIELDS, 'nextSteps'], rows(), excel);
}

function nextStepReasons(student: StudentRow, target: number | null): string {
  const reasons: string[] = [];
  if (student.flag === 'declined') reasons.push('declined');
  if (student.flag === 'below-hinge') reasons.push('below benchmark');
  if (target !== null && student.post !== null && student.post < target) reasons.push('below target');
  if (student.pre === null || student.post === null) reasons.push('missing a score');
  return reasons.join('; ');
}
