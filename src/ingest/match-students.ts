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
import type { CandidateRows } from './candidate-rows.js';
import type { LedgerRows } from './ledger-rows.js';
import type { ParsedScore } from './parse-score.js';
import { StudentTable } from './student-table.js';
import type { DuplicatePolicy, RowStatus, UnmatchedStudent } from './types.js';

export type Side = 'pre' | 'post';

/** One side of a row (an index into the candidate rows): what the duplicate policies compare. Made only for students with duplicates. */
interface Observation {
  row: number;
  score: ParsedScore;
}

export interface MatchOptions {
  /** The ledger rows the candidate rows' entries point into; their statuses are set here. */
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
  students: StudentTable;
  /** Students seen on one side only, with a score there (their row is preOnly / postOnly). */
  unmatched: UnmatchedStudent[];
}

/** One student's rows (indices), once a second row shares the key; the arrays exist only when a side has more than one row (rare). */
class Group {
  pre = -1;
  post = -1;
  morePre: number[] | null = null;
  morePost: number[] | null = null;

  /** Adds a row on each side it has a score for; whether a side now has more than one row. */
  add(rows: CandidateRows, row: number): boolean {
    let duplicated = false;
    if (rows.preScores[row] !== null) {
      if (this.pre === -1) this.pre = row;
      else (this.morePre ??= []).push(row), (duplicated = true);
    }
    if (rows.postScores[row] !== null) {
      if (this.post === -1) this.post = row;
      else (this.morePost ??= []).push(row), (duplicated = true);
    }
    return duplicated;
  }
}

/**
 * A key's first row (its index), or its Group. Most students need no Group object (issue 7): in
 * the wide layout a student is one row; in the others, a pre row and a post row, the second kept
 * as the first row's partner (see `matchStudents`). A Group is made for a third row or a second
 * row on the same side.
 */
type Slot = number | Group;

/** The slot as a Group: its first row and, if it has one, that row's partner (-1 for none). */
function groupOf(rows: CandidateRows, slot: Slot, partner = -1): Group {
  if (typeof slot !== 'number') return slot;
  const group = new Group();
  group.add(rows, slot);
  if (partner !== -1) group.add(rows, partner);
  return group;
}

/** Whether rows `first` and `second` each have one side, not the same one: a pre row and a post row. */
function onOtherSides(rows: CandidateRows, first: number, second: number): boolean {
  const firstPre = rows.preScores[first] !== null;
  const secondPre = rows.preScores[second] !== null;
  return firstPre !== (rows.postScores[first] !== null) && secondPre !== (rows.postScores[second] !== null) && firstPre !== secondPre;
}

/** A side's rows with their scores on that side, in reading order. */
function rowsOf(rows: CandidateRows, group: Group, side: Side): Observation[] {
  const first = side === 'pre' ? group.pre : group.post;
  const more = side === 'pre' ? group.morePre : group.morePost;
  if (first === -1) return [];
  return (more === null ? [first] : [first, ...more]).map((row) => ({ row, score: scoreOn(rows, row, side) }));
}

function scoreOn(rows: CandidateRows, row: number, side: Side): ParsedScore {
  return (side === 'pre' ? rows.preScores[row] : rows.postScores[row]) as ParsedScore;
}

/**
 * Matches candidate rows (each with a pre score, a post score, or both) on their keys. A matched
 * student is its pre row's student, with the post row's fields where its own are blank.
 */
export function matchStudents(rows: CandidateRows, options: MatchOptions): MatchResult {
  const keys = new KeyIndex(rows.length);
  // Each key's slot, in the order keys are first seen.
  const slots: Slot[] = [];
  // The second row of a key whose slot is still its first row: partners[first row], -1 for none.
  const partners = new Int32Array(rows.length).fill(-1);
  let duplicated = false;
  for (let row = 0; row < rows.length; row++) {
    const number = keys.numberOf(rows.keys[row]);
    if (number === slots.length) {
      slots.push(row);
      continue;
    }
    const slot = slots[number];
    if (typeof slot === 'number' && partners[slot] === -1 && onOtherSides(rows, slot, row)) {
      partners[slot] = row;
      continue;
    }
    const group = groupOf(rows, slot, typeof slot === 'number' ? partners[slot] : -1);
    if (group.add(rows, row)) duplicated = true;
    slots[number] = group;
  }
  const context: Context = { rows, ledger: options.ledger, options };
  if (duplicated && options.policy === 'error') throwOnDuplicates(slots, context);
  rows.trim();
  const students = new StudentTable(rows, slots.length);
  const unmatched: UnmatchedStudent[] = [];
  for (const slot of slots) {
    if (options.wide) {
      if (typeof slot === 'number') settleWideRow(slot, context, students);
      else settleWide(slot, options.policy, context, students);
    } else if (typeof slot === 'number') {
      const partner = partners[slot];
      settleSides(loneSide(rows, slot, partner, 'pre'), loneSide(rows, slot, partner, 'post'), context, students, unmatched);
    } else {
      settleSides(resolveSide(slot, 'pre', context), resolveSide(slot, 'post', context), context, students, unmatched);
    }
  }
  return { students, unmatched };
}

/** What settling needs: the rows, the ledger they point into, and the options. */
interface Context {
  rows: CandidateRows;
  ledger: LedgerRows;
  options: MatchOptions;
}

function throwOnDuplicates(slots: readonly Slot[], context: Context): void {
  const { rows, ledger, options } = context;
  const examples: Observation[][] = [];
  let count = 0;
  for (const group of slots) {
    if (typeof group === 'number') continue;
    for (const side of options.wide ? (['pre'] as const) : (['pre', 'post'] as const)) {
      const observations = rowsOf(rows, group, side);
      if (observations.length > 1) {
        count++;
        if (examples.length < 5) examples.push(observations);
      }
    }
  }
  if (count === 0) return;
  const fileOf = (observation: Observation) => ledger.file(rows.entry(observation.row));
  const listed = examples.map((observations) => {
    const files = [...new Set(observations.map(fileOf))];
    // Issue 8: one ID repeated 1,000 times lists its first lines, not all of them.
    const shown = observations.slice(0, 8).map((observation) => (files.length > 1 ? `${fileOf(observation)}:` : '') + ledger.line(rows.entry(observation.row)));
    const lines = shown.join(', ') + (observations.length > shown.length ? `, … ${observations.length} rows in all` : '');
    return `${rows.ids[observations[0].row]} (${files.length === 1 ? `${files[0]} ` : ''}lines ${lines})`;
  });
  const more = count > examples.length ? `, and ${count - examples.length} more` : '';
  const first = rows.entry(examples[0][1].row);
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
function resolveSide(group: Group, side: Side, context: Context): Resolved | null {
  const { rows, ledger } = context;
  const policy = context.options.policy;
  const first = side === 'pre' ? group.pre : group.post;
  if (first === -1) return null;
  if ((side === 'pre' ? group.morePre : group.morePost) === null) {
    const score = scoreOn(rows, first, side);
    return { kept: { row: first, score }, score };
  }
  const observations = rowsOf(rows, group, side);
  const scored = observations.filter((observation) => observation.score.kind === 'number');
  const candidates = scored.length > 0 ? scored : observations;
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
  const keptLine = ledger.line(rows.entry(kept.row));
  for (const observation of observations) {
    if (observation === kept) continue;
    settle(
      ledger,
      rows.entry(observation.row),
      'duplicate',
      policy === 'mean' && observation.score.kind === 'number' ? `averaged into line ${keptLine} (--duplicates mean)` : `line ${keptLine} kept instead (--duplicates ${policy})`,
    );
  }
  return { kept, score };
}

function value(score: ParsedScore): number {
  return score.kind === 'number' ? score.value : Number.NEGATIVE_INFINITY;
}

/** A side of a key with no Group (one row, or a pre and a post row): the row on that side, if any, is kept. */
function loneSide(rows: CandidateRows, first: number, partner: number, side: Side): Resolved | null {
  const scores = side === 'pre' ? rows.preScores : rows.postScores;
  const row = scores[first] !== null ? first : partner !== -1 && scores[partner] !== null ? partner : -1;
  if (row === -1) return null;
  const score = scores[row] as ParsedScore;
  return { kept: { row, score }, score };
}

/** Two-file and long layouts: each side's kept row (see `resolveSide`), matched or not. */
function settleSides(pre: Resolved | null, post: Resolved | null, context: Context, students: StudentTable, unmatched: UnmatchedStudent[]): void {
  const { rows, ledger, options } = context;
  if (pre === null || post === null) {
    const only = (pre ?? post) as Resolved;
    const entry = rows.entry(only.kept.row);
    const side = pre !== null ? 'pre' : 'post';
    const missingIn = side === 'pre' ? options.postLabel : options.preLabel;
    const scoreNote = only.score.kind === 'number' ? '' : `; ${side} score ${describeScore(only.score)}`;
    const note = rows.note(only.kept.row);
    settle(ledger, entry, side === 'pre' ? 'preOnly' : 'postOnly', `no ${side === 'pre' ? 'post' : 'pre'} row${missingIn !== '' ? ` in ${missingIn}` : ''}${scoreNote}${note !== undefined ? `; ${note}` : ''}`);
    if (only.score.kind === 'number') {
      const { id, name, strategy, teacher, section } = rows.student(only.kept.row);
      unmatched.push({ id, name, strategy, teacher, section, side, score: only.score.value });
    }
    return;
  }
  const preEntry = rows.entry(pre.kept.row);
  const postEntry = rows.entry(post.kept.row);
  if (pre.score.kind === 'number' && post.score.kind === 'number') {
    settle(ledger, preEntry, 'matched', '');
    settle(ledger, postEntry, 'matched', '');
    addStudent(students, rows, pre.kept.row, post.kept.row, pre.score.value, post.score.value);
    return;
  }
  const status = pre.score.kind === 'unparseable' || post.score.kind === 'unparseable' ? 'unparseable' : 'missingScore';
  settle(ledger, preEntry, status, ownOrPartner(pre.score, post, 'post', status, context));
  settle(ledger, postEntry, status, ownOrPartner(post.score, pre, 'pre', status, context));
}

/** Sets ledger row `entry`'s final status and detail. */
function settle(ledger: LedgerRows, entry: number, status: RowStatus, detail: string): void {
  ledger.setStatus(entry, status);
  ledger.setDetail(entry, detail);
}

/** The row's own code or raw text, or a pointer to the partner row that caused the status. */
function ownOrPartner(own: ParsedScore, partner: Resolved, partnerSide: Side, status: 'unparseable' | 'missingScore', context: Context): string {
  if (status === 'missingScore' && own.kind === 'missing') return own.code;
  if (status === 'unparseable' && own.kind === 'unparseable') return own.raw.trim();
  const entry = context.rows.entry(partner.kept.row);
  return `${partnerSide} score ${describeScore(partner.score)} (${context.ledger.file(entry)}:${context.ledger.line(entry)})`;
}

function describeScore(score: ParsedScore): string {
  if (score.kind === 'missing') return score.code;
  if (score.kind === 'unparseable') return `unparseable "${score.raw.trim()}"`;
  return String(score.value);
}

/** Wide layout, a student with one row (the usual case): no arrays, no objects. */
function settleWideRow(row: number, context: Context, students: StudentTable): void {
  const pre = context.rows.preScores[row] as ParsedScore;
  const post = context.rows.postScores[row] as ParsedScore;
  if (pre.kind === 'number' && post.kind === 'number') {
    settle(context.ledger, context.rows.entry(row), 'matched', '');
    addStudent(students, context.rows, row, row, pre.value, post.value);
    return;
  }
  settleWide(groupOf(context.rows, row), 'first', context, students);
}

/** Wide layout: each row holds a pre and a post observation. */
function settleWide(group: Group, policy: DuplicatePolicy, context: Context, students: StudentTable): void {
  const { rows, ledger } = context;
  const preRows = rowsOf(rows, group, 'pre');
  const postRows = rowsOf(rows, group, 'post');
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
  const keptEntry = rows.entry(kept.pre.row);
  const keptLine = ledger.line(keptEntry);
  for (const pair of pairs) {
    if (pair === kept) continue;
    settle(
      ledger,
      rows.entry(pair.pre.row),
      'duplicate',
      policy === 'mean' && both.includes(pair) ? `averaged into line ${keptLine} (--duplicates mean)` : `line ${keptLine} kept instead (--duplicates ${policy})`,
    );
  }
  if (preScore.kind === 'number' && postScore.kind === 'number') {
    settle(ledger, keptEntry, 'matched', '');
    addStudent(students, rows, kept.pre.row, kept.post.row, preScore.value, postScore.value);
    return;
  }
  const unparseable = preScore.kind === 'unparseable' || postScore.kind === 'unparseable';
  const parts: string[] = [];
  for (const [side, score] of [['pre', preScore], ['post', postScore]] as const) {
    if (unparseable && score.kind === 'unparseable') parts.push(`${score.raw.trim()} (${side})`);
    if (!unparseable && score.kind === 'missing') parts.push(`${score.code} (${side})`);
  }
  settle(ledger, keptEntry, unparseable ? 'unparseable' : 'missingScore', parts.join(', '));
}

/** Adds the matched student: the pre row, given the post row's fields where its own are blank. */
function addStudent(students: StudentTable, rows: CandidateRows, preRow: number, postRow: number, preValue: number, postValue: number): void {
  if (preRow !== postRow) rows.fillBlanks(preRow, postRow);
  students.add(preRow, preValue, postValue);
}
