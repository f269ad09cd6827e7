/**
 * The pipeline `report` and `students` share: flags → read → analyse → findings, and the exit-3
 * check for figures the user asked for by name that could not be computed. With no files, the
 * input is the cycle's imported data and the cycle's saved settings, overridden by the flags given.
 */
import type { Findings } from '../analysis/findings.js';
import { analyzeInParallel } from '../analysis/analyze.js';
import { readCohort } from '../ingest/read-cohort.js';
import { readExcludedRows } from '../ingest/read-excluded-rows.js';
import { appendLedgerRows } from '../ingest/ledger.js';
import { UncomputableError, UsageError } from '../errors.js';
import { toAnalysisOptions, toReadOptions, type RawOptions } from './options.js';
import { cycleExists, cycleFilePath, loadCycle } from '../cycle/load-cycle.js';
import { dataReadSettings } from '../cycle/normalised-data.js';
import { cycleRunSettings, cycleSummary, overrideSaved } from '../cycle/run-settings.js';
import { cycleFlag } from '../cycle/status.js';
import type { RenderOptions } from '../report/render.js';
import { colourEnabled } from './terminal.js';
import { progressFor } from './progress.js';
import { writeOutput } from './output.js';
import type { ReadProgress } from '../ingest/read-progress.js';

/** Reads the input files named on the command line and analyses them. */
export async function analyzeFiles(files: string[], raw: RawOptions, progress: ReadProgress | undefined = progressFor(raw.out)): Promise<Findings> {
  const cohort = await readCohort({ ...toReadOptions(files, raw), progress });
  progress?.stage?.(analysingStage(cohort.students.length));
  return analyzeInParallel(cohort, toAnalysisOptions(raw));
}

function analysingStage(students: number): string {
  return `analysing ${students.toLocaleString('en')} ${students === 1 ? 'student' : 'students'}`;
}

/** What `report` / `students` render: the findings, the options in force, the salt, the files read. */
export interface AnalysisRun {
  findings: Findings;
  raw: RawOptions;
  salt: string | null;
  inputs: string[];
  /** The progress line, when there is one (a large input, stderr a terminal). */
  progress: ReadProgress | undefined;
}

/**
 * Renders the run (`render`: the report or the students table) and writes it where `--out`
 * says, then the exit-3 check; the progress line names the writing and is erased at the end.
 */
export async function writeRun(run: AnalysisRun, render: (findings: Findings, options: RenderOptions) => Promise<Iterable<string | Uint8Array>>): Promise<void> {
  try {
    const output = await render(run.findings, toRenderOptions(run.raw, run.salt));
    run.progress?.stage?.(`writing ${run.raw.out === undefined || run.raw.out === '-' ? 'the output' : run.raw.out}`);
    await writeOutput(output, run.raw.out, run.inputs);
  } finally {
    run.progress?.end?.();
  }
  checkRequestedFigures(run.findings);
}

/** Files on the command line: a one-shot run. No files: the cycle in `--cycle DIR` (default `.`). */
export async function analyzeInput(files: string[], raw: RawOptions, given: ReadonlySet<string>): Promise<AnalysisRun> {
  if (files.length === 0) return analyzeCycle(raw.cycle ?? '.', raw, given);
  if (given.has('cycle')) throw new UsageError('give export files or --cycle, not both.', 'Without files, report and students read the cycle\'s imported data.');
  const progress = progressFor(raw.out);
  return { findings: await analyzeFiles(files, raw, progress), raw, salt: null, inputs: files, progress };
}

/** Flags that describe an export's columns: they belong to `impact import`, not to the imported data. */
const EXPORT_FLAGS: Array<[keyof RawOptions, string]> = [
  ['id', '--id'], ['name', '--name'], ['score', '--score'], ['preScore', '--pre-score'], ['postScore', '--post-score'],
  ['pre', '--pre'], ['post', '--post'], ['window', '--window'], ['strategy', '--strategy'], ['strategyName', '--strategy-name'],
  ['teacher', '--teacher'], ['section', '--section'], ['preWhere', '--pre-where'], ['postWhere', '--post-where'],
  ['delimiter', '--delimiter'], ['encoding', '--encoding'],
];

async function analyzeCycle(dir: string, given: RawOptions, givenKeys: ReadonlySet<string>): Promise<AnalysisRun> {
  const where = cycleFlag(dir);
  if (!givenKeys.has('cycle') && !(await cycleExists(dir))) {
    throw new UsageError('no input files given, and the current folder has no cycle (cycle.json).', 'Name the exports (impact report pre.csv post.csv --score Score), or run it in a cycle folder (impact init) or with --cycle DIR.');
  }
  const cycle = await loadCycle(dir);
  const data = dataReadSettings(cycle, dir);
  if (data === null) {
    const side = cycle.imports.pre === null ? 'pre' : 'post';
    throw new UsageError(`the cycle has no ${side}-assessment yet.`, `Import it with \`impact import ${side} FILE${where}\`; \`impact status${where}\` shows what the cycle has.`);
  }
  const exportFlag = EXPORT_FLAGS.find(([key]) => givenKeys.has(key));
  if (exportFlag !== undefined) {
    throw new UsageError(`${exportFlag[1]} describes an export, and the cycle's data is already imported.`, `Import again with it (\`impact import pre FILE ${exportFlag[1]} …${where}\`), or name the files for a one-shot report.`);
  }
  const raw = overrideSaved(given, givenKeys, cycleRunSettings(cycle));
  const by = givenKeys.has('by') ? (raw.by ?? []).map((ref) => importedColumn(ref, data.by, where)) : data.by;
  const { excluded: excludedFiles, ...reading } = data;
  const progress = progressFor(raw.out);
  const read = await readCohort({ ...reading, files: [...data.files], by, where: raw.where ?? [], duplicates: raw.duplicates, idNormalize: raw.idNormalize ?? 'none', match: raw.match, maxScore: raw.maxScore, maxFieldSize: raw.maxFieldSize, progress });
  // The rows import left out of the data (not students, not selected) join the ledger, so it
  // accounts for every row of the original exports.
  const excluded = [...(await readExcludedRows(excludedFiles[0])), ...(await readExcludedRows(excludedFiles[1]))];
  const cohort = { ...read, ledger: appendLedgerRows(read.ledger, excluded) };
  // Issue 8: cycle.json is an input too; --out must never replace it.
  progress?.stage?.(analysingStage(cohort.students.length));
  return { findings: await analyzeInParallel(cohort, toAnalysisOptions(raw), cycleSummary(cycle)), raw, salt: cycle.privacy.salt, inputs: [...data.files, cycleFilePath(dir)], progress };
}

/** A `--by` column must be one the import kept. */
function importedColumn(ref: string | number, imported: readonly string[], where: string): string {
  const found = typeof ref === 'number' ? undefined : imported.find((name) => name.toLowerCase() === ref.trim().toLowerCase());
  if (found !== undefined) return found;
  throw new UsageError(
    `--by ${ref}: the imported data has no such subgroup column${imported.length > 0 ? ` (it has ${imported.join(', ')})` : ''}.`,
    `Import both sides again with it: \`impact import pre FILE --by ${ref}${where}\`.`,
  );
}

/** Throws exit code 3 after the output is written when a requested figure is missing. */
export function checkRequestedFigures(findings: Findings): void {
  const missing = findings.warnings.find((warning) => warning.code === 'reference-not-found');
  if (missing) throw new UncomputableError(missing.message, 'Check the spelling of --reference against the strategies listed.');
}

/** Output flags → render options; colour only for the text format on a terminal stdout. */
export function toRenderOptions(raw: RawOptions, salt: string | null = null): RenderOptions {
  return {
    format: raw.format,
    colour: raw.format === 'text' && (raw.out === undefined || raw.out === '-') && colourEnabled(process.stdout),
    anonymize: raw.anonymize === true,
    salt,
    minN: raw.minN ?? null,
    view: raw.view,
    excel: raw.excel === true,
  };
}
