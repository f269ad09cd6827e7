/**
 * The report's content in reading order, as plain strings — built once from the (shareable)
 * findings, then laid out by the text, Markdown and HTML renderers. Every string may come from
 * input: each renderer escapes for its own medium.
 */
import type { LedgerSummary } from '../ledger-summary.js';

export interface Column {
  label: string;
  align: 'left' | 'right';
  /** Cells with a meaning a format may style: a benchmark band or a student flag. */
  kind?: 'band' | 'flag';
}

export interface Table {
  columns: Column[];
  rows: string[][];
}

export interface TitledTable {
  title: string;
  /** A sentence under the title saying how to read the table. */
  note: string | null;
  table: Table;
}

export interface NextStepList {
  title: string;
  explanation: string;
  /** One line per student: "Abernathy, Ava (00041000) — Whiteboard fluency, Okafor: 30 → 28.5". */
  students: string[];
}

export interface ReportDocument {
  title: string;
  question: string;
  problem: string | null;
  /** One paragraph per strategy. */
  answer: string[];
  headline: TitledTable;
  comparisons: TitledTable | null;
  pooled: TitledTable | null;
  breakdowns: TitledTable[];
  /** Null in the team view: no per-student rows. */
  students: TitledTable | null;
  nextSteps: NextStepList[] | null;
  caveats: string[];
  ledger: LedgerSummary;
  method: string[];
}
