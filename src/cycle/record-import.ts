/**
 * What `impact import pre|post` does with one side's rows once they are read: give each row its
 * strategy (its own column, else the cycle's section or teacher assignment), build the normalised
 * CSV, record the import in the cycle, and summarise it for the user. Pure: the caller reads the
 * export and writes the files.
 */
import type { Cycle, ImportRecord, Side } from './cycle-schema.js';
import { dataFileName, excludedCsv, normalisedCsv, type NormalisedRow } from './normalised-data.js';
import { strategyOf } from './reading.js';
import type { SideRead } from '../ingest/read-side.js';

/** One side of an export as read: the per-side reader's result (`readSide`). */
export type SideData = SideRead;

export interface ImportResult {
  /** The normalised CSV for `data/SIDE.csv`. */
  csv: string;
  /** The rows left out (not students, not selected) for `data/SIDE-excluded.csv`, so the report's ledger lists them. */
  excludedCsv: string;
  /** The cycle with this import recorded. */
  cycle: Cycle;
  /** Lines for the user: what was read, kept and left out, and any warnings. */
  summary: string[];
}

export function recordImport(cycle: Cycle, side: Side, source: string, data: SideData, importedAt: string): ImportResult {
  const rows: NormalisedRow[] = data.rows.map((row) => ({
    id: row.id,
    name: row.name,
    teacher: row.teacher,
    section: row.section,
    strategy: strategyOf(cycle, row),
    groups: row.groups,
    score: row.score.kind === 'number' ? row.score.value : null,
    raw: row.raw,
    sourceFile: data.label,
    sourceLine: row.line,
  }));
  const withStrategy = rows.filter((row) => row.strategy !== null).length;
  const columns = { teacher: data.has.teacher, section: data.has.section, strategy: withStrategy > 0, by: data.by };
  const count = (kind: string) => data.rows.filter((row) => row.score.kind === kind).length;
  const record: ImportRecord = {
    file: dataFileName(side),
    source,
    importedAt,
    rowsRead: data.rowsRead,
    students: rows.length,
    scored: count('number'),
    missingScore: count('missing'),
    unparseable: count('unparseable'),
    notAStudent: data.notAStudent,
    outOfScope: data.outOfScope,
    maxScore: data.maxScore,
    columns: { name: data.has.name, teacher: columns.teacher, section: columns.section, strategy: columns.strategy },
    by: data.by,
  };
  const next: Cycle = { ...cycle, imports: { ...cycle.imports, [side]: record } };
  return { csv: normalisedCsv(rows, columns), excludedCsv: excludedCsv(data.excluded, data.label), cycle: next, summary: summarise(cycle, side, data, record, rows) };
}

function summarise(cycle: Cycle, side: Side, data: SideData, record: ImportRecord, rows: NormalisedRow[]): string[] {
  const lines = [`Imported the ${side}-assessment from ${data.label} (score column "${data.scoreColumn}") into ${record.file}.`];
  const left: string[] = [];
  if (record.missingScore > 0) left.push(`${record.missingScore} missing a score (${codes(data, 'missing')})`);
  if (record.unparseable > 0) left.push(`${record.unparseable} with a score that is not a number (${codes(data, 'unparseable')})`);
  lines.push(`${count(record.rowsRead, 'row')} read: ${count(record.students, 'student row')}, ${record.scored} with a score${left.length > 0 ? `, ${left.join(', ')}` : ''}.`);
  if (record.notAStudent > 0) lines.push(`${count(record.notAStudent, 'row')} not a student (points possible, totals, test student, blank lines).`);
  if (record.outOfScope > 0) lines.push(`${count(record.outOfScope, 'row')} not selected by the filters or window.`);
  if (record.maxScore !== null) lines.push(`Maximum score from the export: ${record.maxScore}.`);
  const byStrategy = new Map<string, number>();
  for (const row of rows) byStrategy.set(row.strategy ?? '(none)', (byStrategy.get(row.strategy ?? '(none)') ?? 0) + 1);
  if (record.columns.strategy) lines.push(`Strategies: ${[...byStrategy].map(([name, n]) => `${name} ${n}`).join(', ')}.`);
  lines.push(...warnings(cycle, rows, byStrategy, data).map((warning) => `warning: ${warning}`));
  return lines;
}

function warnings(cycle: Cycle, rows: NormalisedRow[], byStrategy: Map<string, number>, data: SideData): string[] {
  const found: string[] = data.notices.map((notice) => notice.message);
  const known = new Set(cycle.strategies.map((strategy) => strategy.name.toLowerCase()));
  const unknown = [...byStrategy.keys()].filter((name) => name !== '(none)' && !known.has(name.toLowerCase()));
  if (unknown.length > 0) found.push(`strategies not in the cycle: ${unknown.join(', ')} (the cycle has ${cycle.strategies.map((strategy) => strategy.name).join(', ')}).`);
  const without = byStrategy.get('(none)') ?? 0;
  if (without > 0 && without < rows.length) found.push(`${count(without, 'student row')} ${without === 1 ? 'has' : 'have'} no strategy: no strategy column value and no teacher or section assignment.`);
  if (without > 0 && without === rows.length && cycle.strategies.length > 1) {
    found.push('no student has a strategy: name the strategy column with --strategy COL, or assign teachers or sections with impact init --teacher-strategy / --section-strategy.');
  }
  const seen = new Map<string, number>();
  for (const row of rows) seen.set(row.id, (seen.get(row.id) ?? 0) + 1);
  const repeated = [...seen.values()].filter((n) => n > 1).length;
  if (repeated > 0) found.push(`${count(repeated, 'student')} ${repeated === 1 ? 'has' : 'have'} more than one row; the report applies --duplicates ${cycle.reading.duplicates} (change it with --duplicates first|last|max|mean).`);
  return found;
}

/** The codes seen, most common first: `EX ×2, blank`. */
function codes(data: SideData, kind: 'missing' | 'unparseable'): string {
  const tally = new Map<string, number>();
  for (const row of data.rows) {
    if (row.score.kind !== kind) continue;
    const code = row.score.kind === 'missing' ? row.score.code : row.score.kind === 'unparseable' ? `"${row.score.raw.trim()}"` : '';
    tally.set(code, (tally.get(code) ?? 0) + 1);
  }
  return [...tally].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([code, n]) => (n > 1 ? `${code} ×${n}` : code)).join(', ');
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
