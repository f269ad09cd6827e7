/**
 * Columns: naming the header cells, finding a column the user named (by header, case-insensitive
 * and trimmed, or by 1-based number), and guessing what each column is from its header.
 */
import { UsageError } from '../errors.js';
import type { ColumnRef } from './types.js';

/**
 * The header cells as column names: trimmed; an empty cell becomes `Column N`; a repeated name
 * gets a number (`Score`, `%`, `Score (2)`, `% (2)`), so every column can be chosen by name.
 */
export function headerNames(fields: readonly string[]): string[] {
  const seen = new Map<string, number>();
  const taken = new Set(fields.map((field) => field.trim().toLowerCase()));
  return fields.map((field, index) => {
    const trimmed = field.trim();
    const base = trimmed === '' ? `Column ${index + 1}` : trimmed;
    const key = base.toLowerCase();
    let count = (seen.get(key) ?? 0) + 1;
    // Issue 8: `Score, Score, Score (2)` must not give two columns named `Score (2)`.
    while (count > 1 && taken.has(`${key} (${count})`)) count++;
    seen.set(key, count);
    if (count > 1) taken.add(`${key} (${count})`);
    return count === 1 ? base : `${base} (${count})`;
  });
}

/**
 * The 0-based index of the column `ref` names, or -1. Tries, in order: a 1-based number; the
 * header name, case-insensitive and trimmed; a digits-only string as a number; the name without
 * Canvas's assignment id suffix (`Fractions Check` finds `Fractions Check (1021)`) when only one
 * column matches that way.
 */
export function findColumnIndex(names: readonly string[], ref: ColumnRef): number {
  if (typeof ref === 'number') return Number.isInteger(ref) && ref >= 1 && ref <= names.length ? ref - 1 : -1;
  const wanted = ref.trim().toLowerCase();
  const exact = names.findIndex((name) => name.toLowerCase() === wanted);
  if (exact !== -1) return exact;
  if (/^\d+$/.test(wanted)) return findColumnIndex(names, Number(wanted));
  let found = -1;
  for (let index = 0; index < names.length; index++) {
    if (stripIdSuffix(names[index]).toLowerCase() === wanted) {
      if (found !== -1) return -1;
      found = index;
    }
  }
  return found;
}

/** Like `findColumnIndex`, but an unknown column is a usage error that lists the columns. */
export function resolveColumn(table: NamedColumns, ref: ColumnRef, flag: string): number {
  const { columns: names, label: file } = table;
  const index = findColumnIndex(names, ref);
  if (index !== -1) {
    // Only a header name can be ambiguous; a number (even written as "4") names one column.
    if (typeof ref === 'string' && names[index].toLowerCase() === ref.trim().toLowerCase()) checkNotRepeated(table, index, ref, flag);
    return index;
  }
  const shown = typeof ref === 'number' ? String(ref) : `"${ref}"`;
  const near = typeof ref === 'string' ? nearNames(names, ref) : [];
  const suggestion = near.length > 0 ? ` Did you mean ${near.map((name) => `"${name}"`).join(' or ')}?` : '';
  throw new UsageError(
    `${flag} ${shown}: ${file} has no such column.${suggestion} Its columns: ${listColumns(names)}`,
    `Name a column by its header (case-insensitive) or its number; \`impact inspect ${file}\` lists them.`,
  );
}

/** What `resolveColumn` needs of a table: its column names, how it is shown, and its repeated headers. */
export interface NamedColumns {
  columns: readonly string[];
  label: string;
  /** Header texts (trimmed, lower case) that head more than one column → those columns (0-based). */
  repeated: ReadonlyMap<string, readonly number[]>;
}

/**
 * Header texts that head more than one column (trimmed, lower case) → the columns' indexes.
 *
 * @example repeatedHeaders(['ID', 'Quiz', 'Quiz ']) // Map { 'quiz' => [1, 2] }
 */
export function repeatedHeaders(fields: readonly string[]): Map<string, number[]> {
  const byText = new Map<string, number[]>();
  fields.forEach((field, index) => {
    const key = field.trim().toLowerCase();
    if (key === '') return;
    const indexes = byText.get(key);
    if (indexes === undefined) byText.set(key, [index]);
    else indexes.push(index);
  });
  for (const [key, indexes] of byText) if (indexes.length < 2) byText.delete(key);
  return byText;
}

/**
 * How to name column `index` on the command line: its name, or its number when the name heads
 * other columns too (the first of two "Quiz" columns; the second is "Quiz (2)").
 *
 * @example columnRef({ columns: ['ID', 'Quiz', 'Quiz (2)'], label: 'f.csv', repeated: new Map([['quiz', [1, 2]]]) }, 1) // '2'
 */
export function columnRef(table: NamedColumns, index: number): string {
  const indexes = table.repeated.get(table.columns[index].toLowerCase());
  return indexes !== undefined && indexes.includes(index) ? String(index + 1) : table.columns[index];
}

/**
 * A name that heads several columns of the export (two assignments both called "Quiz") would
 * silently mean the first of them: the user has to say which (by the numbered name shown here, or
 * by the column's number).
 */
function checkNotRepeated(table: NamedColumns, index: number, ref: string, flag: string): void {
  const indexes = table.repeated.get(table.columns[index].toLowerCase());
  if (indexes === undefined || !indexes.includes(index)) return;
  const listed = indexes.map((column) => `${column + 1} "${table.columns[column]}"`).join(', ');
  const other = indexes[indexes.length - 1];
  throw new UsageError(
    `${flag} "${ref}": ${table.label} has ${indexes.length} columns headed "${table.columns[index]}" (${listed}), so it is not clear which one you mean.`,
    `Name one by the name or the number shown, e.g. ${flag} "${table.columns[other]}" or ${flag} ${other + 1}.`,
  );
}

/** `1 Student, 2 ID, 3 Score` — numbered, and cut short for very wide files. */
export function listColumns(names: readonly string[], limit = 40): string {
  const shown = names.slice(0, limit).map((name, index) => `${index + 1} ${name}`);
  if (names.length > limit) shown.push(`… (${names.length - limit} more)`);
  return shown.join(', ');
}

function nearNames(names: readonly string[], ref: string): string[] {
  const wanted = squash(ref);
  if (wanted === '') return [];
  return names.filter((name) => {
    const key = squash(name);
    return key !== '' && (key.includes(wanted) || wanted.includes(key) || editDistance(key, wanted) <= Math.min(2, wanted.length >> 1));
  }).slice(0, 3);
}

/** Levenshtein distance (insertions, deletions, substitutions), for "did you mean". */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

function stripIdSuffix(name: string): string {
  return name.replace(/\s*\(\d+\)$/, '');
}

/** Lower case, letters and digits only: `Student ID` → `studentid`. */
export function squash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

export type ColumnRole =
  | 'id'
  | 'name'
  | 'first-name'
  | 'last-name'
  | 'teacher'
  | 'section'
  | 'strategy'
  | 'window'
  | 'score';

/** Header spellings of each role, best first (squashed: lower case, letters and digits only). */
const ROLE_HEADERS: Record<Exclude<ColumnRole, 'score'>, readonly string[]> = {
  id: [
    'studentid', 'sisuserid', 'studentidentifier', 'studentprimaryid', 'studentnum', 'studentnumber',
    'localid', 'studentlocalid', 'localstudentid', 'sisid', 'statestudentid', 'stateid', 'permid',
    'id', 'emailaddress', 'email', 'studentemail', 'studentemailaddress',
  ],
  name: ['student', 'studentname', 'name', 'fullname', 'studentfullname', 'elev', 'elevnamn', 'namn'],
  'first-name': ['firstname', 'studentfirstname', 'first', 'givenname'],
  'last-name': ['lastname', 'studentlastname', 'last', 'surname', 'familyname'],
  teacher: ['teacher', 'teachername', 'instructor', 'classroomteacher', 'teacherlastname'],
  section: ['section', 'sectionname', 'period', 'classperiod', 'homeroom', 'class', 'classname', 'coursesection', 'sektion'],
  strategy: ['strategy', 'strategyname', 'intervention', 'condition'],
  window: ['termname', 'benchmarkperiod', 'screeningperiodwindowname', 'window', 'testwindow', 'testingwindow', 'assessmentwindow', 'term'],
};

/** Score headers worth choosing without being told, best first. */
const SCORE_HEADERS: readonly string[] = [
  'score', 'testritscore', 'scaledscore', 'compositescore', 'overallscalescore', 'ritscore', 'rawscore', 'totalscore', 'points',
];

/** The index of the best column for `role` by its header, or -1. */
export function guessColumn(names: readonly string[], role: Exclude<ColumnRole, 'score'>): number {
  const keys = names.map(squash);
  for (const spelling of ROLE_HEADERS[role]) {
    const index = keys.indexOf(spelling);
    if (index !== -1) return index;
  }
  return -1;
}

/** The role a header suggests, or null. */
export function roleOfHeader(name: string): Exclude<ColumnRole, 'score'> | null {
  const key = squash(name);
  for (const role of Object.keys(ROLE_HEADERS) as Array<Exclude<ColumnRole, 'score'>>) {
    if (ROLE_HEADERS[role].includes(key)) return role;
  }
  return null;
}

/** Headers that hold numbers but are not a student's score on the assessment. */
const NOT_A_SCORE = /percentile|duration|minutes|rapid ?guess|growth|grade$|^grade|level|lexile|quantile|date|time|year|current |final |unposted|average|total|(^|\s)%|percent|conditional|flag|rank|z ?score|std ?err|sem\b/i;

/** Whether a numeric column's header reads like a score (not a percentile, a date, a total…). */
export function looksLikeScoreHeader(name: string): boolean {
  return !NOT_A_SCORE.test(name) && roleOfHeader(name) === null;
}

/** The index of a column whose header is a well-known score name, or -1. */
export function preferredScoreColumn(names: readonly string[]): number {
  const keys = names.map(squash);
  for (const spelling of SCORE_HEADERS) {
    const index = keys.indexOf(spelling);
    if (index !== -1) return index;
  }
  return -1;
}
