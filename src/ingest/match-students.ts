/**
 * Matching pre rows to post rows: group by key (the ID, or the normalised name), apply the
 * duplicate policy, and settle every student row's ledger status.
 *
 * Duplicate policy (several rows for one student on one side):
 * - `error` (default): an input error listing the duplicate IDs and their lines.
 * - `first` / `last`: the first / last row that has a score (any row if none has one).
 * - `max`: the row with the highest score. `mean`: the mean of the rows that have a score,
 *   attributed to the first of them.
 * In the wide layout a row holds both scores: `first`/`last` pick a row, `max` the row with the
 * highest pre + post, `mean` averages pre and post separately.
 * Rows not kept are `duplicate` in the ledger.
 */
import { InputError } from '../errors.js';
import { KeyIndex } from './key-index.js';
import type { LedgerRows } from './ledger-rows.js';
import type { ParsedScore } from './parse-score.js';
import type { DuplicatePolicy, MatchedStudent, RowStatus, UnmatchedStudent } from './types.js';

export type Side = 'pre' | 'post';

/**
 * A data row that is a student candidate. `entry` is the index of its ledger row, whose status is
 * settled here. When the row is matched it becomes the `MatchedStudent` itself (its `pre` and
 * `post` numbers filled in, a partner row's fields merged into it): one object per student, not
 * two (issue 7). Until then `pre` and `post` mean nothing (0).
 */
export interface StudentRow extends MatchedStudent {
  entry: number;
  key: string;
  /** Extra words for the ledger detail (e.g. "matches both --pre-where and --post-where"). */
  note?: string;
  /** The row's pre score as read, or null when it is not a pre row; a wide row has both. */
  preScore: ParsedScore | null;
  postScore: ParsedScore | null;
}

/** One side of a row: what the duplicate policies compare. Made only for students with duplicates. */
interface Observation {
  row: StudentRow;
  score: ParsedScore;
}

export interface MatchOptions {
  /** The ledger rows the student rows' `entry` indexes point into; their statuses are set here. */
  ledger: LedgerRows;
  policy: DuplicatePolicy;
  /** One row holds both scores (the wide layout). */
  wide: boolean;
  /** `ID` or `name`, for messages. */
  keyLabel: string;
  /** How the files are named in partner details ("not in post.csv"). */
  preLabel: string;
  postLabel: string;
}

export interface MatchResult {
  students: MatchedStudent[];
  /** Students seen on one side only, with a score there (their row is preOnly / postOnly). */
  unmatched: UnmatchedStudent[];
}

/** One student's rows, once a second row shares the key; the arrays exist only when a side has more than one row (rare). */
class Group {
  pre: StudentRow | null = null;
  post: StudentRow | null = null;
  morePre: StudentRow[] | null = null;
  morePost: StudentRow[] | null = null;

  /** Adds a row on each side it has a score for; whether a side now has more than one row. */
  add(row: StudentRow): boolean {
    let duplicated = false;
    if (row.preScore !== null) {
      if (this.pre === null) this.pre = row;
      else (this.morePre ??= []).push(row), (duplicated = true);
    }
    if (row.postScore !== null) {
      if (this.post === null) this.post = row;
      else (this.morePost ??= []).push(row), (duplicated = true);
    }
    return duplicated;
  }
}

/** A key's single row, or its Group: most students (every one in the wide layout) need no Group object. */
type Slot = StudentRow | Group;

function groupOf(slot: Slot): Group {
  if (slot instanceof Group) return slot;
  const group = new Group();
  group.add(slot);
  return group;
}

/** A side's rows with their scores on that side, in reading order. */
function rowsOf(group: Group, side: Side): Observation[] {
  const first = side === 'pre' ? group.pre : group.post;
  const more = side === 'pre' ? group.morePre : group.morePost;
  if (first === null) return [];
  return (more === null ? [first] : [first, ...more]).map((row) => ({ row, score: scoreOn(row, side) }));
}

function scoreOn(row: StudentRow, side: Side): ParsedScore {
  return (side === 'pre' ? row.preScore : row.postScore) as ParsedScore;
}

/** Matches student rows (each with a pre score, a post score, or both) on their keys. */
export function matchStudents(rows: readonly StudentRow[], options: MatchOptions): MatchResult {
  const keys = new KeyIndex(rows.length);
  // Each key's slot, in the order keys are first seen.
  const slots: Slot[] = [];
  let duplicated = false;
  for (const row of rows) {
    const number = keys.numberOf(row.key);
    if (number === slots.length) {
      slots.push(row);
      continue;
    }
    const slot = slots[number];
    if (slot instanceof Group) {
      if (slot.add(row)) duplicated = true;
    } else {
      const group = groupOf(slot);
      if (group.add(row)) duplicated = true;
      slots[number] = group;
    }
  }
  if (duplicated && options.policy === 'error') throwOnDuplicates(slots, options);
  const students: MatchedStudent[] = [];
  const unmatched: UnmatchedStudent[] = [];
  for (const slot of slots) {
    if (options.wide) {
      const student = slot instanceof Group ? settleWide(slot, options.policy, options.ledger) : settleWideRow(slot, options.ledger);
      if (student !== null) students.push(student);
    } else {
      settlePair(groupOf(slot), options, students, unmatched);
    }
  }
  return { students, unmatched };
}

function throwOnDuplicates(slots: readonly Slot[], options: MatchOptions): void {
  const examples: Observation[][] = [];
  let count = 0;
  for (const group of slots) {
    if (!(group instanceof Group)) continue;
    for (const side of options.wide ? (['pre'] as const) : (['pre', 'post'] as const)) {
      const rows = rowsOf(group, side);
      if (rows.length > 1) {
        count++;
        if (examples.length < 5) examples.push(rows);
      }
    }
  }
  if (count === 0) return;
  const { ledger } = options;
  const listed = examples.map((rows) => {
    const files = [...new Set(rows.map((observation) => ledger.file(observation.row.entry)))];
    // Issue 8: one ID repeated 1,000 times lists its first lines, not all of them.
    const shown = rows.slice(0, 8).map((observation) => (files.length > 1 ? `${ledger.file(observation.row.entry)}:` : '') + ledger.line(observation.row.entry));
    const lines = shown.join(', ') + (rows.length > shown.length ? `, … ${rows.length} rows in all` : '');
    return `${rows[0].row.id} (${files.length === 1 ? `${files[0]} ` : ''}lines ${lines})`;
  });
  const more = count > examples.length ? `, and ${count - examples.length} more` : '';
  const first = examples[0][1].row.entry;
  throw new InputError(
    `${count} ${count === 1 ? 'student appears' : 'students appear'} more than once on the same side (same ${options.keyLabel}): ${listed.join('; ')}${more}`,
    { file: ledger.file(first), line: ledger.line(first) },
    'Choose which row counts with --duplicates first|last|max|mean (retests usually want last or max).',
  );
}

interface Resolved {
  kept: Observation;
  score: ParsedScore;
}

/** Applies the policy to one side's rows; the rows not kept become `duplicate`. */
function resolveSide(group: Group, side: Side, policy: DuplicatePolicy, ledger: LedgerRows): Resolved | null {
  const first = side === 'pre' ? group.pre : group.post;
  if (first === null) return null;
  if ((side === 'pre' ? group.morePre : group.morePost) === null) {
    const score = scoreOn(first, side);
    return { kept: { row: first, score }, score };
  }
  const rows = rowsOf(group, side);
  const scored = rows.filter((observation) => observation.score.kind === 'number');
  const candidates = scored.length > 0 ? scored : rows;
  let kept = candidates[0];
  let score = kept.score;
  if (policy === 'last') {
    kept = candidates[candidates.length - 1];
    score = kept.score;
  } else if (policy === 'max' && scored.length > 0) {
    for (const observation of scored) if (value(observation.score) > value(kept.score)) kept = observation;
    score = kept.score;
  } else if (policy === 'mean' && scored.length > 0) {
    score = { kind: 'number', value: scored.reduce((sum, observation) => sum + value(observation.score), 0) / scored.length };
  }
  const keptLine = ledger.line(kept.row.entry);
  for (const observation of rows) {
    if (observation === kept) continue;
    ledger.setStatus(observation.row.entry, 'duplicate');
    ledger.setDetail(
      observation.row.entry,
      policy === 'mean' && observation.score.kind === 'number' ? `averaged into line ${keptLine} (--duplicates mean)` : `line ${keptLine} kept instead (--duplicates ${policy})`,
    );
  }
  return { kept, score };
}

function value(score: ParsedScore): number {
  return score.kind === 'number' ? score.value : Number.NEGATIVE_INFINITY;
}

/** Two-file and long layouts: one row per side. */
function settlePair(group: Group, options: MatchOptions, students: MatchedStudent[], unmatched: UnmatchedStudent[]): void {
  const { ledger } = options;
  const pre = resolveSide(group, 'pre', options.policy, ledger);
  const post = resolveSide(group, 'post', options.policy, ledger);
  if (pre === null || post === null) {
    const only = (pre ?? post) as Resolved;
    const entry = only.kept.row.entry;
    const side = pre !== null ? 'pre' : 'post';
    ledger.setStatus(entry, side === 'pre' ? 'preOnly' : 'postOnly');
    const missingIn = side === 'pre' ? options.postLabel : options.preLabel;
    const scoreNote = only.score.kind === 'number' ? '' : `; ${side} score ${describeScore(only.score)}`;
    ledger.setDetail(entry, `no ${side === 'pre' ? 'post' : 'pre'} row${missingIn !== '' ? ` in ${missingIn}` : ''}${scoreNote}${noteOf(only.kept.row)}`);
    if (only.score.kind === 'number') {
      const row = only.kept.row;
      unmatched.push({
        id: row.id,
        name: row.name,
        strategy: row.strategy,
        teacher: row.teacher,
        section: row.section,
        side,
        score: only.score.value,
      });
    }
    return;
  }
  const preEntry = pre.kept.row.entry;
  const postEntry = post.kept.row.entry;
  if (pre.score.kind === 'number' && post.score.kind === 'number') {
    settle(ledger, preEntry, 'matched', '');
    settle(ledger, postEntry, 'matched', '');
    students.push(student(pre.kept.row, post.kept.row, pre.score.value, post.score.value));
    return;
  }
  const status = pre.score.kind === 'unparseable' || post.score.kind === 'unparseable' ? 'unparseable' : 'missingScore';
  settle(ledger, preEntry, status, ownOrPartner(pre.score, post, 'post', status, ledger));
  settle(ledger, postEntry, status, ownOrPartner(post.score, pre, 'pre', status, ledger));
}

/** Sets ledger row `entry`'s final status and detail. */
function settle(ledger: LedgerRows, entry: number, status: RowStatus, detail: string): void {
  ledger.setStatus(entry, status);
  ledger.setDetail(entry, detail);
}

/** The row's own code or raw text, or a pointer to the partner row that caused the status. */
function ownOrPartner(own: ParsedScore, partner: Resolved, partnerSide: Side, status: 'unparseable' | 'missingScore', ledger: LedgerRows): string {
  if (status === 'missingScore' && own.kind === 'missing') return own.code;
  if (status === 'unparseable' && own.kind === 'unparseable') return own.raw.trim();
  const where = `${ledger.file(partner.kept.row.entry)}:${ledger.line(partner.kept.row.entry)}`;
  return `${partnerSide} score ${describeScore(partner.score)} (${where})`;
}

function describeScore(score: ParsedScore): string {
  if (score.kind === 'missing') return score.code;
  if (score.kind === 'unparseable') return `unparseable "${score.raw.trim()}"`;
  return String(score.value);
}

function noteOf(row: StudentRow): string {
  return row.note !== undefined ? `; ${row.note}` : '';
}

/** Wide layout, a student with one row (the usual case): no arrays, no objects but the student. */
function settleWideRow(row: StudentRow, ledger: LedgerRows): MatchedStudent | null {
  const pre = row.preScore as ParsedScore;
  const post = row.postScore as ParsedScore;
  if (pre.kind === 'number' && post.kind === 'number') {
    settle(ledger, row.entry, 'matched', '');
    return student(row, row, pre.value, post.value);
  }
  return settleWide(groupOf(row), 'first', ledger);
}

/** Wide layout: each row holds a pre and a post observation. */
function settleWide(group: Group, policy: DuplicatePolicy, ledger: LedgerRows): MatchedStudent | null {
  const preRows = rowsOf(group, 'pre');
  const postRows = rowsOf(group, 'post');
  const pairs = preRows.map((pre, index) => ({ pre, post: postRows[index] }));
  const both = pairs.filter((pair) => pair.pre.score.kind === 'number' && pair.post.score.kind === 'number');
  const candidates = both.length > 0 ? both : pairs;
  let kept = candidates[0];
  let preScore = kept.pre.score;
  let postScore = kept.post.score;
  if (policy === 'last') {
    kept = candidates[candidates.length - 1];
  } else if (policy === 'max' && both.length > 0) {
    for (const pair of both) if (value(pair.pre.score) + value(pair.post.score) > value(kept.pre.score) + value(kept.post.score)) kept = pair;
  }
  preScore = kept.pre.score;
  postScore = kept.post.score;
  if (policy === 'mean' && both.length > 1) {
    preScore = { kind: 'number', value: both.reduce((sum, pair) => sum + value(pair.pre.score), 0) / both.length };
    postScore = { kind: 'number', value: both.reduce((sum, pair) => sum + value(pair.post.score), 0) / both.length };
  }
  const keptEntry = kept.pre.row.entry;
  const keptLine = ledger.line(keptEntry);
  for (const pair of pairs) {
    if (pair === kept) continue;
    settle(
      ledger,
      pair.pre.row.entry,
      'duplicate',
      policy === 'mean' && both.includes(pair) ? `averaged into line ${keptLine} (--duplicates mean)` : `line ${keptLine} kept instead (--duplicates ${policy})`,
    );
  }
  if (preScore.kind === 'number' && postScore.kind === 'number') {
    settle(ledger, keptEntry, 'matched', '');
    return student(kept.pre.row, kept.post.row, preScore.value, postScore.value);
  }
  const unparseable = preScore.kind === 'unparseable' || postScore.kind === 'unparseable';
  const parts: string[] = [];
  for (const [side, score] of [['pre', preScore], ['post', postScore]] as const) {
    if (unparseable && score.kind === 'unparseable') parts.push(`${score.raw.trim()} (${side})`);
    if (!unparseable && score.kind === 'missing') parts.push(`${score.code} (${side})`);
  }
  settle(ledger, keptEntry, unparseable ? 'unparseable' : 'missingScore', parts.join(', '));
  return null;
}

/** The matched student: the pre row, with the post row's fields where its own are blank. */
function student(pre: StudentRow, post: StudentRow, preValue: number, postValue: number): MatchedStudent {
  if (pre !== post) {
    if (pre.groups !== post.groups) {
      const groups = { ...post.groups };
      for (const column in pre.groups) if (pre.groups[column] !== '' || groups[column] === undefined) groups[column] = pre.groups[column];
      pre.groups = groups;
    }
    if (pre.id === '') pre.id = post.id;
    pre.name ??= post.name;
    pre.strategy ??= post.strategy;
    pre.teacher ??= post.teacher;
    pre.section ??= post.section;
  }
  pre.pre = preValue;
  pre.post = postValue;
  return pre;
}
