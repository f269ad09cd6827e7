/**
 * `impact status`: what a cycle folder has, what it still lacks, and the next command to run.
 * `collectStatus` gathers (testable without output); `renderStatus` prints.
 */
import type { Cycle, ImportRecord, Side } from './cycle-schema.js';
import { hasAssignments } from './reading.js';

export interface CycleStatus {
  /** The cycle file looked at. */
  file: string;
  exists: boolean;
  title: string | null;
  question: string | null;
  has: string[];
  lacks: string[];
  /** The command to run next, or null when the report is ready. */
  next: string;
  ready: boolean;
}

/** `dataPresent` says whether each side's normalised file is on disk. */
export function collectStatus(cycle: Cycle | null, dir: string, file: string, dataPresent: Record<Side, boolean>): CycleStatus {
  const where = cycleFlag(dir);
  if (cycle === null) {
    return { file, exists: false, title: null, question: null, has: [], lacks: [`a cycle: ${file} does not exist`], next: `impact init${dir === '.' ? '' : ` ${quote(dir)}`}`, ready: false };
  }
  const has: string[] = [];
  const lacks: string[] = [];
  const strategies = cycle.strategies.map((strategy) => (strategy.name === cycle.reference ? `${strategy.name} (reference)` : strategy.name));
  has.push(`research question: ${cycle.question}`);
  has.push(`strategies: ${strategies.join(', ')}`);
  if (cycle.target !== null) has.push(`learning target: ${cycle.target}`);
  const { name, maxScore, proficientAt } = cycle.assessment;
  const fromExport = cycle.imports.pre?.maxScore ?? cycle.imports.post?.maxScore ?? null;
  has.push(`assessment: ${name ?? '(unnamed)'}${maxScore !== null ? `, out of ${maxScore}` : fromExport !== null ? `, out of ${fromExport} (from the export)` : ''}${proficientAt !== null ? `, proficient at ${proficientAt}` : ''}`);
  if (maxScore === null && fromExport === null) lacks.push('the maximum score: set it with --max-score on report, or keep the export\'s Points Possible row');
  if (proficientAt === null) lacks.push('a proficiency cutoff (optional): proficiency rates are left out without it');
  if (hasAssignments(cycle)) has.push(`strategy assignments: ${describeAssignments(cycle)}`);
  const nextImports: string[] = [];
  for (const side of ['pre', 'post'] as const) {
    const record = cycle.imports[side];
    if (record === null) {
      lacks.push(`${side}-assessment not imported yet`);
      nextImports.push(`impact import ${side} FILE${where}`);
    } else if (!dataPresent[side]) {
      lacks.push(`${side}-assessment data: ${record.file} is missing (import it again)`);
      nextImports.push(`impact import ${side} ${quote(record.source)}${where}`);
    } else {
      has.push(`${side}-assessment: ${describeImport(record)}`);
      if (!record.columns.strategy && cycle.strategies.length > 1) lacks.push(`strategies for the ${side}-assessment's students: import with --strategy COL, or assign teachers or sections`);
    }
  }
  const ready = nextImports.length === 0;
  return { file, exists: true, title: cycle.title, question: cycle.question, has, lacks, next: ready ? `impact report${where}` : nextImports[0], ready };
}

export function renderStatus(status: CycleStatus): string {
  const lines = [status.title !== null ? `Cycle: ${status.title} (${status.file})` : `No cycle at ${status.file}.`];
  if (status.has.length > 0) lines.push('', 'Has:', ...status.has.map((item) => `  - ${item}`));
  if (status.lacks.length > 0) lines.push('', status.exists ? 'Still needs:' : 'Needs:', ...status.lacks.map((item) => `  - ${item}`));
  lines.push('', `Next: ${status.next}`);
  return `${lines.join('\n')}\n`;
}

function describeImport(record: ImportRecord): string {
  const missing = record.missingScore + record.unparseable;
  return `${record.students} student rows from ${record.source} (${record.scored} scored${missing > 0 ? `, ${missing} without a score` : ''}), imported ${record.importedAt.slice(0, 10)}`;
}

function describeAssignments(cycle: Cycle): string {
  return [...Object.entries(cycle.assignments.teachers), ...Object.entries(cycle.assignments.sections)].map(([who, strategy]) => `${who} → ${strategy}`).join(', ');
}

/** ` --cycle DIR` for a suggested command, or nothing for the current folder. */
export function cycleFlag(dir: string): string {
  return dir === '.' || dir === '' ? '' : ` --cycle ${quote(dir)}`;
}

/** Quotes a path or file for a shell command when it has spaces or special characters. */
export function quote(text: string): string {
  return /^[\w./@:-]+$/.test(text) ? text : `"${text.replace(/(["\\$`])/g, '\\$1')}"`;
}
