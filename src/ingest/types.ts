/**
 * What the ingest layer hands to the analysis: matched students plus the ledger that accounts for
 * every input row. Built by `readCohort` (src/ingest/read-cohort.ts) from `ReadOptions`.
 */
import type { LedgerRows } from './ledger-rows.js';
import type { ReadProgress } from './read-progress.js';

/** A column chosen on the command line: a header name (case-insensitive, trimmed) or a 1-based number. */
export type ColumnRef = string | number;

export type DuplicatePolicy = 'error' | 'first' | 'last' | 'max' | 'mean';

/** `COL=VALUE`: keep rows whose COL equals VALUE (trimmed, case-insensitive). */
export interface RowFilter {
  column: ColumnRef;
  value: string;
}

/** How to read the input files. The same object comes from flags, from cycle.json, or both. */
export interface ReadOptions {
  /** One file (wide or long layout) or two files (pre, post). `-` is stdin. */
  files: string[];
  id?: ColumnRef;
  name?: ColumnRef;
  /** Two-file layout: the score column in both files, or per file. Long layout: the score column. */
  score?: ColumnRef;
  preScore?: ColumnRef;
  postScore?: ColumnRef;
  /** Wide layout: the pre and post score columns. Long layout: the window labels. */
  pre?: string;
  post?: string;
  /** Long layout: the column naming the test window (TermName, Benchmark Period…). */
  window?: ColumnRef;
  strategy?: ColumnRef;
  /** Every row gets this strategy (when the export has no strategy column). */
  strategyName?: string;
  teacher?: ColumnRef;
  section?: ColumnRef;
  /** Breakdown columns (ELL, IEP, grade…). */
  by?: ColumnRef[];
  where?: RowFilter[];
  preWhere?: RowFilter[];
  postWhere?: RowFilter[];
  duplicates?: DuplicatePolicy;
  delimiter?: string;
  encoding?: string;
  idNormalize?: 'none' | 'strip-zeros';
  match?: 'id' | 'name';
  /** A score cell that is not a number or a missing-score code: stop with an error (default) or skip the row. */
  unparseable?: 'error' | 'skip';
  /**
   * Columns naming where each row really came from (a cycle's normalised data keeps the export's
   * file and line): the ledger, and errors, then point at the original export.
   */
  sourceColumns?: { file: ColumnRef; line: ColumnRef };
  /** Overrides a maximum read from a Points Possible / Out of row. */
  maxScore?: number;
  /** Longest cell allowed, in characters (`--max-field-size`; default 1 MiB, see input-limits.ts). */
  maxFieldSize?: number;
  /** Told how far reading has got (the CLI's progress line for large files); not a reading setting. */
  progress?: ReadProgress;
}

/** Where every input row ended up (DESIGN.md, "The ledger"). */
export type RowStatus =
  | 'matched'
  | 'preOnly'
  | 'postOnly'
  | 'duplicate'
  | 'missingScore'
  | 'unparseable'
  | 'notAStudent'
  | 'outOfScope';

export const ROW_STATUSES: readonly RowStatus[] = [
  'matched',
  'preOnly',
  'postOnly',
  'duplicate',
  'missingScore',
  'unparseable',
  'notAStudent',
  'outOfScope',
];

export interface LedgerRow {
  /** The file as the user named it. */
  file: string;
  /** 1-based physical line of the row's start in the file. */
  line: number;
  id: string | null;
  status: RowStatus;
  /** Why: the missing-score code seen (`EX`), the raw unparseable text, "Points Possible row"… */
  detail: string;
}

export interface Ledger {
  /**
   * Rows read from every file: every CSV record except each file's header record (lines above
   * the header, blank lines and summary rows included). Always equals `rows.length` and
   * `matchedRows + ` the sum of every other count.
   */
  rowsRead: number;
  /** Input rows that went into matched students (2 per student in two-file and long layouts, 1 in wide). */
  matchedRows: number;
  /** `matched` counts students; every other status counts rows. */
  counts: Record<RowStatus, number>;
  /** Stored column by column; `at(i)`, `slice`, iteration and `toJSON()` give `LedgerRow` records. */
  rows: LedgerRows;
}

/** One student with a pre and a post score. */
export interface MatchedStudent {
  id: string;
  name: string | null;
  strategy: string | null;
  teacher: string | null;
  section: string | null;
  /** Values of the `--by` columns, keyed by the column's header as written in the file. */
  groups: Record<string, string>;
  pre: number;
  post: number;
}

/**
 * The matched students, column by column (issue 7): a million students are a few typed arrays and
 * the strings they hold, not a million objects, and the analysis groups them by their codes
 * without reading a string. Student i is row `rows[i]` of the columns: its ID is
 * `ids[rows[i]]`, its teacher `texts[teachers[rows[i]]]` (a code of -1 is none), its `--by`
 * values `groupSets[groups[rows[i]]]`, its scores `pre[rows[i]]` and `post[rows[i]]`. The
 * columns may have rows that are no student (read but not matched). `at(i)` makes student i as
 * a `MatchedStudent`. Made by `StudentTable` (student-table.ts).
 */
export interface MatchedStudents extends Iterable<MatchedStudent> {
  readonly length: number;
  /** Each student's row in the columns, in matching order. */
  readonly rows: Int32Array;
  readonly ids: readonly string[];
  readonly names: ReadonlyArray<string | null>;
  /** The strategy, teacher and section names the code columns point into. */
  readonly texts: readonly string[];
  readonly strategies: Int32Array;
  readonly teachers: Int32Array;
  readonly sections: Int32Array;
  /** Each row's `--by` values, as an index into `groupSets`. */
  readonly groups: Int32Array;
  readonly groupSets: ReadonlyArray<Readonly<Record<string, string>>>;
  readonly pre: Float64Array;
  readonly post: Float64Array;
  /** Student `index` as an object (a new one each time). */
  at(index: number): MatchedStudent;
  toArray(): MatchedStudent[];
}

/** A notice from reading (Windows-1252 fallback, matched by name…): becomes a report warning. */
export interface IngestNotice {
  code: string;
  message: string;
}

/** A student seen in only one file (their row is `preOnly` or `postOnly` in the ledger). */
export interface UnmatchedStudent {
  id: string;
  name: string | null;
  strategy: string | null;
  teacher: string | null;
  section: string | null;
  side: 'pre' | 'post';
  score: number;
}

export interface Cohort {
  students: MatchedStudents;
  /** Students with a score in only one file, for the per-student table's `no-data` rows. */
  unmatched: UnmatchedStudent[];
  ledger: Ledger;
  /** From `--max-score`, else from a Points Possible / Out of row, else null. */
  maxScore: number | null;
  /** The `--by` columns' headers, in the order given. */
  breakdowns: string[];
  /** Whether the input had teacher / section / strategy columns (or --strategy-name). */
  hasTeacher: boolean;
  hasSection: boolean;
  hasStrategy: boolean;
  notices: IngestNotice[];
}
