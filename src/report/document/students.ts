/**
 * Per-student growth (one row per student, with the flag) and the "next steps" lists a team acts
 * on: students who declined, grew less than the benchmark, are still below the proficiency
 * target, or are missing a score.
 */
import type { Findings, StudentFlag, StudentRow } from '../../analysis/findings.js';
import { formatNumber } from '../../analysis/wording.js';
import { flagHeading, thresholdName } from './benchmark.js';
import { changeCell, scoreCell } from './cells.js';
import { EFFECT_SIZE_NAMES } from './effect-size-names.js';
import type { NextStepList, TitledTable } from './model.js';

const FLAG_WORDS: Record<StudentFlag, string> = {
  declined: 'declined',
  'below-hinge': 'below',
  'at-or-above-hinge': 'at or above',
  'no-data': 'no data',
};

/** Students in strategy order (stable: within a strategy, the findings' order). */
export function orderedStudents(findings: Findings): StudentRow[] {
  const rank = new Map(findings.strategies.map((strategy, index) => [strategy.strategy, index]));
  const rankOf = (student: StudentRow) => (student.strategy === null ? Infinity : (rank.get(student.strategy) ?? findings.strategies.length));
  return findings.students.toArray().sort((a, b) => rankOf(a) - rankOf(b));
}

/** "Abernathy, Ava (00041000)", or the ID alone (always alone when anonymized). */
export function studentLabel(student: StudentRow): string {
  return student.name === null || student.name.trim() === '' ? student.id : `${student.name} (${student.id})`;
}

export function studentTable(findings: Findings): TitledTable {
  const { students } = findings;
  const hasTeacher = students.text('teacher').some((teacher) => teacher !== null);
  const hasSection = !hasTeacher && students.text('section').some((section) => section !== null);
  const where = hasTeacher ? 'Teacher' : hasSection ? 'Section' : null;
  const hasNames = students.text('name').some((name) => name !== null && name.trim() !== '');
  return {
    title: 'Each student',
    note:
      `Individual effect size: the student’s gain over the average of their strategy group’s pre and post SDs; ` +
      `the flag compares it with the ${thresholdName(findings.settings.benchmark)}.`,
    table: {
      columns: [
        { label: 'Student', align: 'left' },
        ...(hasNames ? [{ label: 'ID', align: 'left' as const }] : []),
        { label: 'Strategy', align: 'left' },
        ...(where === null ? [] : [{ label: where, align: 'left' as const }]),
        { label: 'Pre', align: 'right' },
        { label: 'Post', align: 'right' },
        { label: 'Gain', align: 'right' },
        { label: 'ES', align: 'right' },
        { label: flagHeading(findings.settings.benchmark), align: 'left', kind: 'flag' },
      ],
      rows: orderedStudents(findings).map((student) => [
        ...(hasNames ? [student.name ?? '–', student.id] : [student.id]),
        student.strategy ?? '–',
        ...(where === null ? [] : [(hasTeacher ? student.teacher : student.section) ?? '–']),
        scoreCell(student.pre),
        scoreCell(student.post),
        changeCell(student.gain),
        formatNumber(student.effectSize),
        FLAG_WORDS[student.flag],
      ]),
    },
  };
}

export function nextSteps(findings: Findings): NextStepList[] {
  const students = orderedStudents(findings);
  const { benchmark, proficientAt } = findings.settings;
  const lists: NextStepList[] = [
    {
      title: 'Declined',
      explanation: 'Scored lower after the cycle than before.',
      students: students.filter((student) => student.flag === 'declined').map(describe),
    },
    {
      title: `Grew less than the ${thresholdName(benchmark)}`,
      explanation: `Did not decline, but their individual effect size (${EFFECT_SIZE_NAMES.dav.short}) is below the benchmark.`,
      students: students.filter((student) => student.flag === 'below-hinge').map(describe),
    },
  ];
  if (proficientAt !== null) {
    lists.push({
      title: `Still below the target (${formatNumber(proficientAt, Number.isInteger(proficientAt) ? 0 : 1)})`,
      explanation: 'Post-score below the proficiency target.',
      students: students.filter((student) => student.post !== null && student.post < proficientAt).map(describe),
    });
  }
  lists.push({
    title: 'Missing a score',
    explanation: 'Assessed only once: catch them up before judging their growth.',
    students: students.filter((student) => student.pre === null || student.post === null).map(describe),
  });
  return lists;
}

/** "Abernathy, Ava (00041000) — Whiteboard fluency, Okafor: 30 → 28.5 (−1.5)". */
function describe(student: StudentRow): string {
  const where = [student.strategy, student.teacher ?? student.section].filter((part): part is string => part !== null).join(', ');
  const scores =
    student.pre !== null && student.post !== null
      ? `${scoreCell(student.pre)} → ${scoreCell(student.post)} (${changeCell(student.gain)})`
      : student.pre !== null
        ? `pre ${scoreCell(student.pre)}, no post-score`
        : `post ${scoreCell(student.post)}, no pre-score`;
  return `${studentLabel(student)} — ${where === '' ? '' : `${where}: `}${scores}`;
}
