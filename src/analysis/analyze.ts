/**
 * cohort + settings → findings. Groups students by strategy and by each breakdown (teacher,
 * section, `--by` columns), compares strategies with the reference, pools classrooms, builds the
 * per-student table, the caveats and the plain-language answer. Everything the reports show is
 * computed here, once.
 *
 * Every group (each strategy, and its 40,000 classrooms at a million students) is a numbered job
 * over typed arrays (group-jobs.ts); `analyzeInParallel` lets worker threads summarise them while
 * the main thread builds the per-student rows (issue 7). Either way the findings are the same,
 * number for number, and the warnings come in the same order.
 */
import type { Cohort, MatchedStudents } from '../ingest/types.js';
import type { AnalysisSettings, BreakdownLevel, CycleSummary, Findings, StrategyFindings, Warning } from './findings.js';
import { figuresNotComputed, type GroupSummary } from './group.js';
import { addMatchedStudentRows, addUnmatchedStudentRows } from './students.js';
import { StudentRows } from './student-rows.js';
import { poolClassrooms } from './pooling.js';
import { compareWithReference } from './comparisons.js';
import { dataCaveats, strategyScores, type StrategyScores } from './caveats.js';
import { ALL_STUDENTS, composeAnswer } from './answer.js';
import { compareNames } from './compare-names.js';
import { jobScores, planGroupJobs, takeJobs, type BreakdownColumn, type GroupJobs, type GroupPlan } from './group-jobs.js';
import { MissingFigures } from './figure.js';
import { levelsOf, writeOrder } from './levels.js';
import { sampleStandardDeviation } from '../stats/sample-standard-deviation.js';
import type { GroupFigures } from './group-figures.js';
import { TOOL } from '../version.js';

/** Settings from flags or cycle.json; `maxScore` null means "use what the file says, if anything". */
export type AnalysisOptions = AnalysisSettings;

/**
 * Below this many matched students `analyzeInParallel` stays in one thread. Measured on the
 * 2-core development machine (bench/generate.mjs files, teacher and ELL breakdowns; analysis
 * time in one thread against with one worker, three to six runs each): 100,000 students
 * 0.34–0.53 s against 0.52–0.71 s, 250,000 0.66–0.73 s against 0.81–0.93 s, 500,000 1.30–1.52 s
 * against 1.28–1.53 s, 1,000,000 2.32–3.32 s (median 3.02) against 2.48–3.41 s (median 2.56).
 * A worker costs its start-up
 * (about 50 ms, then compiling the statistics again), a full garbage collection before it
 * starts (parallel.ts) and the second core, which V8's own garbage collection otherwise uses.
 */
export const PARALLEL_MIN_STUDENTS = 500_000;

/**
 * `IMPACT_PARALLEL_TEST`, an environment variable for tests and benchmarks only: `workers` sends
 * every cohort, however small, through the worker threads and leaves every group to them (the
 * main thread takes none), so a small file exercises the worker path in full; `off` keeps every
 * cohort in one thread. Unset (or anything else): `PARALLEL_MIN_STUDENTS` decides.
 */
function parallelTest(): 'workers' | 'off' | null {
  const mode = process.env.IMPACT_PARALLEL_TEST;
  return mode === 'workers' || mode === 'off' ? mode : null;
}

/**
 * The findings of `cohort`, in this thread (every cohort below `PARALLEL_MIN_STUDENTS`, and the
 * tests, which run the TypeScript sources).
 */
export function analyze(cohort: Cohort, options: AnalysisOptions, cycle: CycleSummary = {}): Findings {
  const analysis = new Analysis(cohort, options, cycle, false);
  analysis.summarizeStudents();
  const groups: GroupSummary[] = [];
  takeJobs(analysis.jobs!, analysis.settings, (job, summary) => (groups[job] = summary));
  return analysis.findings((job) => groups[job]);
}

/**
 * `analyze`, with the groups of a large cohort (`PARALLEL_MIN_STUDENTS` or more matched students)
 * summarised by worker threads as well as this one: one fewer worker than there are cores
 * (parallel.ts). The workers summarise groups while this thread builds the per-student rows, then
 * this thread joins them. Smaller cohorts, one core, or the TypeScript sources (no built worker)
 * are analysed by `analyze`, without loading the worker module. Resolves to the same findings as
 * `analyze`, number for number and warning for warning; rejects with a worker's error if one fails.
 */
export async function analyzeInParallel(cohort: Cohort, options: AnalysisOptions, cycle: CycleSummary = {}): Promise<Findings> {
  const test = parallelTest();
  if (test === 'off' || (test === null && cohort.students.length < PARALLEL_MIN_STUDENTS)) return analyze(cohort, options, cycle);
  const { collectGarbage, groupFigures, readGroupFigures, startGroupWorkers, workerCount } = await import('./parallel.js');
  const count = workerCount(test === 'workers' ? 1 : 0);
  if (count === 0) return analyze(cohort, options, cycle);
  collectGarbage(); // the reading's garbage, before the workers and shared arrays (parallel.ts)

  const workers = startGroupWorkers(count); // they load while the jobs are planned
  const own: Array<GroupSummary | undefined> = [];
  let figures: GroupFigures;
  let analysis: Analysis;
  try {
    analysis = new Analysis(cohort, options, cycle, true);
    const jobs = analysis.jobs!;
    figures = groupFigures(analysis.plan.count, true);
    workers.send({ jobs, settings: analysis.settings, figures });
    analysis.summarizeStudents();
    if (test !== 'workers') takeJobs(jobs, analysis.settings, (job, summary) => (own[job] = summary));
  } catch (error) {
    workers.stop();
    throw error;
  }
  const reasons = new Map<number, string>();
  for (const output of await workers.results()) for (const [job, text] of output.reasons) reasons.set(job, text);
  return analysis.findings((job) => own[job] ?? { group: readGroupFigures(figures, job), reasons: reasons.get(job) ?? null });
}

/** Teacher, section and `--by` columns, in the order the findings list them. */
function breakdownColumns(cohort: Cohort): BreakdownColumn[] {
  const { students } = cohort;
  const { texts, groupSets } = students;
  const text = (code: number): string => (code === -1 ? BLANK : texts[code]);
  const columns: BreakdownColumn[] = [];
  if (cohort.hasTeacher) columns.push({ column: 'teacher', codes: students.teachers, codeCount: texts.length, labelOf: text });
  if (cohort.hasSection) columns.push({ column: 'section', codes: students.sections, codeCount: texts.length, labelOf: text });
  for (const column of cohort.breakdowns) columns.push({ column, codes: students.groups, codeCount: groupSets.length, labelOf: (code) => groupSets[code][column] ?? BLANK });
  return columns;
}

/** The level of a student with no value in a breakdown column. */
const BLANK = '(blank)';

/**
 * One analysis in three steps: the constructor groups the students (by strategy, then every
 * group as a numbered job); `summarizeStudents` computes everything but the groups' figures — the
 * per-student rows (letting the students go), the comparisons and the caveats; `findings`
 * assembles the findings from the groups' figures, whichever thread computed them, with every
 * warning in its place.
 */
class Analysis {
  readonly settings: AnalysisSettings;
  /** Where each strategy's groups are among the jobs. */
  readonly plan: Omit<GroupPlan, 'jobs'>;
  /** The jobs, until `findings` lets their arrays go. */
  jobs: GroupJobs | null;
  private readonly names: string[];
  /** Each strategy's students (their rows in `cohort.students`' columns), in matching order. */
  private readonly members: Int32Array[];
  private readonly comparisonWarnings: Warning[] = [];
  private comparisons: Findings['comparisons'] = [];
  private caveats: Warning[] = [];
  private students = new StudentRows();

  constructor(
    private readonly cohort: Cohort,
    options: AnalysisOptions,
    private readonly cycle: CycleSummary,
    shared: boolean,
  ) {
    this.settings = { ...options, maxScore: options.maxScore ?? cohort.maxScore };
    const byStrategy = groupByStrategy(cohort.students);
    this.names = orderStrategies([...byStrategy.keys()], this.settings.reference);
    this.members = this.names.map((name) => byStrategy.get(name)!);
    const { jobs, ...plan } = planGroupJobs(cohort.students, this.members, breakdownColumns(cohort), shared);
    this.plan = plan;
    this.jobs = jobs;
  }

  /** The per-student rows, strategy by strategy; then the comparisons with the reference and the caveats. */
  summarizeStudents(): void {
    const { settings, names, plan, members } = this;
    const scores: StrategyScores[] = names.map((strategy, s) => {
      const { pre, post } = jobScores(this.jobs!, plan.strategyJobs[s]);
      return strategyScores(strategy, pre, post);
    });
    const rows = new StudentRows(members.reduce((total, own) => total + own.length, 0) + this.cohort.unmatched.length);
    names.forEach((_, s) => {
      // The strategy's SDs, as its group has them (computed there by the same function).
      const spread = { pre: { sd: sdOrNull(scores[s].pre) }, post: { sd: sdOrNull(scores[s].post) } };
      addMatchedStudentRows(rows, this.cohort.students, members[s], spread, settings);
    });
    addUnmatchedStudentRows(rows, this.cohort.unmatched);
    this.students = rows;

    const reference = settings.reference;
    const referenceAt = reference === null ? -1 : names.indexOf(reference);
    if (referenceAt !== -1) {
      this.comparisons = scores
        .filter(({ strategy }) => strategy !== reference)
        .map((strategy) => compareWithReference(strategy, scores[referenceAt], this.comparisonWarnings));
    }
    this.caveats = dataCaveats(this.cohort, scores, settings, referenceAt !== -1);
  }

  /** The findings, given every job's figures (`summary(job)`), after `summarizeStudents`. */
  findings(summary: (job: number) => GroupSummary): Findings {
    const { cohort, settings, names, plan } = this;
    this.jobs = null; // every job is done: its arrays can go
    const warnings: Warning[] = cohort.notices.map((notice) => ({ ...notice }));
    const strategies: StrategyFindings[] = names.map((name, s) => {
      const { group, reasons } = summary(plan.strategyJobs[s]);
      if (reasons !== null) warnings.push(figuresNotComputed(name, group.n, reasons));
      const breakdowns: Record<string, BreakdownLevel[]> = {};
      for (const { column, values, firstJob } of plan.columns[s]) {
        breakdowns[column] = values.map((value, k) => {
          const level = summary(firstJob + k);
          if (level.reasons !== null) warnings.push(figuresNotComputed(`${name}, ${column} ${value}`, level.group.n, level.reasons));
          return { value, ...level.group };
        });
      }
      const poolOver = cohort.hasTeacher ? 'teacher' : cohort.hasSection ? 'section' : null;
      const pooled = poolOver === null ? null : poolClassrooms(breakdowns[poolOver] ?? [], settings.effectSize, poolOver, name, warnings);
      return { strategy: name, ...group, breakdowns, pooled };
    });

    if (settings.reference !== null && !names.includes(settings.reference)) {
      warnings.push({
        code: 'reference-not-found',
        message: `The reference strategy "${settings.reference}" is not in the data; strategies found: ${names.join(', ')}.`,
      });
    }
    for (const warning of this.comparisonWarnings) warnings.push(warning);
    for (const warning of this.caveats) warnings.push(warning);

    return {
      tool: { name: TOOL.name, version: TOOL.version },
      cycle: { ...this.cycle, assessment: { ...this.cycle.assessment, maxScore: settings.maxScore, proficientAt: settings.proficientAt } },
      settings,
      ledger: cohort.ledger,
      strategies,
      comparisons: this.comparisons,
      students: this.students,
      answer: composeAnswer(strategies, this.comparisons, settings),
      warnings,
    };
  }
}

/** The sample SD of `values`, or null where the group's `sd` figure is null (fewer than two). */
function sdOrNull(values: readonly number[]): number | null {
  return new MissingFigures().figure('SD', () => sampleStandardDeviation(values));
}

/** Alphabetical (numbers in names compare as numbers), with the reference group last. */
function orderStrategies(names: string[], reference: string | null): string[] {
  return names.sort((a, b) => (a === reference ? 1 : b === reference ? -1 : compareNames(a, b)));
}

/**
 * The students of each strategy (`All students` without a strategy column), each strategy's in
 * matching order, as their rows in the students' columns: a stable counting sort of their
 * strategy codes.
 */
function groupByStrategy(students: MatchedStudents): Map<string, Int32Array> {
  const { texts, strategies, rows } = students;
  const items = { members: rows, codes: strategies, codeCount: texts.length, labelOf: (code: number) => (code === -1 ? ALL_STUDENTS : texts[code]) };
  const levels = levelsOf(items);
  const order = new Int32Array(rows.length);
  const starts = writeOrder(levels, items, order, 0, 0);
  for (let k = 0; k < order.length; k++) order[k] = rows[order[k]]; // positions among the students → rows
  return new Map(levels.values.map((value, level) => [value, order.subarray(starts[level], starts[level + 1])]));
}
