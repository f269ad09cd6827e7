/**
 * cohort + settings → findings. Groups students by strategy and by each breakdown (teacher,
 * section, `--by` columns), compares strategies with the reference, pools classrooms, builds the
 * per-student table, the caveats and the plain-language answer. Everything the reports show is
 * computed here, once.
 */
import type { Cohort, MatchedStudent } from '../ingest/types.js';
import type { AnalysisSettings, BreakdownLevel, CycleSummary, Findings, StrategyFindings, StudentRow, Warning } from './findings.js';
import { summarizeGroup } from './group.js';
import { matchedStudentRows, unmatchedStudentRows } from './students.js';
import { poolClassrooms } from './pooling.js';
import { compareWithReference } from './comparisons.js';
import { dataCaveats } from './caveats.js';
import { ALL_STUDENTS, composeAnswer } from './answer.js';
import { compareNames } from './compare-names.js';
import { TOOL } from '../version.js';

/** Settings from flags or cycle.json; `maxScore` null means "use what the file says, if anything". */
export type AnalysisOptions = AnalysisSettings;

/**
 * The findings of `cohort`. The cohort's matched students are handed over: `cohort.students` is
 * empty afterwards, and each strategy's students are let go once their per-student rows exist, so
 * a million students are never held twice (as ingest's records and as report rows; issue 7).
 */
export function analyze(cohort: Cohort, options: AnalysisOptions, cycle: CycleSummary = {}): Findings {
  const settings: AnalysisSettings = { ...options, maxScore: options.maxScore ?? cohort.maxScore };
  const warnings: Warning[] = cohort.notices.map((notice) => ({ ...notice }));
  const byStrategy = groupBy(cohort.students.splice(0), (student) => student.strategy ?? ALL_STUDENTS);
  const names = orderStrategies([...byStrategy.keys()], settings.reference);

  const strategies: StrategyFindings[] = [];
  for (const name of names) {
    const members = byStrategy.get(name)!;
    const group = summarizeGroup(members, settings, name, warnings);
    const breakdowns = breakdownsOf(members, cohort, settings, name, warnings);
    const poolOver = cohort.hasTeacher ? 'teacher' : cohort.hasSection ? 'section' : null;
    const pooled = poolOver === null ? null : poolClassrooms(breakdowns[poolOver] ?? [], settings.effectSize, poolOver, name, warnings);
    strategies.push({ strategy: name, ...group, breakdowns, pooled });
  }

  const referenceFound = settings.reference !== null && byStrategy.has(settings.reference);
  if (settings.reference !== null && !referenceFound) {
    warnings.push({
      code: 'reference-not-found',
      message: `The reference strategy "${settings.reference}" is not in the data; strategies found: ${names.join(', ')}.`,
    });
  }
  const comparisons = referenceFound
    ? names
        .filter((name) => name !== settings.reference)
        .map((name) => compareWithReference(name, byStrategy.get(name)!, settings.reference!, byStrategy.get(settings.reference!)!, warnings))
    : [];
  warnings.push(...dataCaveats(cohort, strategies, byStrategy, settings, referenceFound));

  // Last, the per-student rows, strategy by strategy, letting each strategy's students go.
  const students: StudentRow[] = [];
  names.forEach((name, index) => {
    for (const row of matchedStudentRows(byStrategy.get(name)!, strategies[index], settings)) students.push(row); // issue 8: no spread of per-student arrays into a call (stack overflow at ~120,000 students)
    byStrategy.set(name, []);
  });
  for (const row of unmatchedStudentRows(cohort.unmatched)) students.push(row);

  return {
    tool: { name: TOOL.name, version: TOOL.version },
    cycle: { ...cycle, assessment: { ...cycle.assessment, maxScore: settings.maxScore, proficientAt: settings.proficientAt } },
    settings,
    ledger: cohort.ledger,
    strategies,
    comparisons,
    students,
    answer: composeAnswer(strategies, comparisons, settings),
    warnings,
  };
}

/** Teacher, section and `--by` breakdowns of one strategy's students, each level a full Group. */
function breakdownsOf(
  members: readonly MatchedStudent[],
  cohort: Cohort,
  settings: AnalysisSettings,
  strategy: string,
  warnings: Warning[],
): Record<string, BreakdownLevel[]> {
  const keys: Array<[string, (student: MatchedStudent) => string | null]> = [];
  if (cohort.hasTeacher) keys.push(['teacher', (student) => student.teacher]);
  if (cohort.hasSection) keys.push(['section', (student) => student.section]);
  for (const column of cohort.breakdowns) keys.push([column, (student) => student.groups[column] ?? null]);

  const breakdowns: Record<string, BreakdownLevel[]> = {};
  for (const [column, valueOf] of keys) {
    const levels = groupBy(members, (student) => valueOf(student) ?? '(blank)');
    breakdowns[column] = [...levels.keys()]
      .sort(compareNames)
      .map((value) => ({ value, ...summarizeGroup(levels.get(value)!, settings, `${strategy}, ${column} ${value}`, warnings) }));
  }
  return breakdowns;
}

/** Alphabetical (numbers in names compare as numbers), with the reference group last. */
function orderStrategies(names: string[], reference: string | null): string[] {
  return names.sort((a, b) => (a === reference ? 1 : b === reference ? -1 : compareNames(a, b)));
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const members = groups.get(key);
    if (members) members.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
