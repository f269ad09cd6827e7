/**
 * The JSON report: the contract of DESIGN.md, unrounded numbers, `null` for what could not be
 * computed (or was suppressed). The ledger's counts sit at its top level beside `rowsRead` and
 * `rows`. `privacy` says which privacy options shaped the output.
 *
 * The text is indented by two spaces, except that each ledger row, student and warning is one
 * compact line (`{"id":"S1","name":"Ada",…}`), and so is each group of a breakdown with more than
 * 64 groups (`strategies[].breakdowns.teacher` in a district: `{"value":"Ito","n":25,"pre":{…},…}`):
 * greppable, diffable, and much smaller at a million students. The ledger's rows and the students,
 * kept column by column, are record sequences: written straight from their columns, never made
 * as a million records.
 * The layout and its rules are in json-chunks.ts.
 */
import type { Findings } from '../analysis/findings.js';
import type { PrivacyOptions } from './privacy/shareable.js';
import type { RecordRows } from '../record-rows.js';
import { jsonChunks, jsonText, recordSequence, type JsonChunk, type RecordSequence } from './json-chunks.js';

export interface PrivacySummary {
  anonymized: boolean;
  minN: number | null;
  view: 'full' | 'team';
}

export function privacySummary(options: PrivacyOptions): PrivacySummary {
  return { anonymized: options.anonymize, minN: options.minN, view: options.view };
}

/** The contract object (what `--format json` prints), built from the findings. */
export function toJsonReport(findings: Findings, privacy: PrivacySummary = { anonymized: false, minN: null, view: 'full' }) {
  const { ledger } = findings;
  return {
    tool: findings.tool,
    cycle: findings.cycle,
    settings: findings.settings,
    privacy,
    ledger: { rowsRead: ledger.rowsRead, ...ledger.counts, matchedRows: ledger.matchedRows, rows: rowsOf(ledger.rows) },
    strategies: findings.strategies,
    comparisons: findings.comparisons,
    students: rowsOf(findings.students),
    answer: findings.answer,
    warnings: findings.warnings,
  };
}

/** JSON text; a suppressed group's NaN count prints as null. */
export function renderJson(findings: Findings, privacy?: PrivacySummary): string {
  return jsonText(renderJsonChunks(findings, privacy));
}

/** The JSON report as a sequence of chunks (the same text as `renderJson`), for streaming output. */
export function renderJsonChunks(findings: Findings, privacy?: PrivacySummary): Iterable<JsonChunk> {
  return jsonChunks(toJsonReport(findings, privacy));
}

/** `impact students --format json`. */
export function renderStudentsJson(findings: Findings, privacy: PrivacySummary): string {
  return jsonText(renderStudentsJsonChunks(findings, privacy));
}

/** `impact students --format json` as a sequence of chunks. */
export function renderStudentsJsonChunks(findings: Findings, privacy: PrivacySummary): Iterable<JsonChunk> {
  return jsonChunks({ tool: findings.tool, privacy, students: rowsOf(findings.students), warnings: findings.warnings });
}

/**
 * Rows kept column by column (the ledger's, the students'), as a record sequence: written as bytes
 * straight from the columns (json-records.ts); `JSON.stringify` gets the records.
 */
function rowsOf<T>(rows: RecordRows<T>): RecordSequence<T> {
  return recordSequence(rows.length, (start, end) => rows.slice(start, end), rows.columns());
}
