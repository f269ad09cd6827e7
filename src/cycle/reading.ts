/**
 * The cycle's reading settings: how flags given to `impact import` update them, which score column
 * and rows belong to one side, and which strategy a row belongs to when the export has no strategy
 * column (the teacher and section assignments).
 */
import type { CycleColumnRef, CycleRowFilter, Cycle, ReadingSettings, Side } from './cycle-schema.js';

/** Reading flags as given on one command line (absent: not given). `score` means this side's score. */
export type GivenReading = Partial<Omit<ReadingSettings, 'layout'>>;

/** Column flags that exclude each other: giving one drops the saved other. */
const EXCLUSIVE: Array<[keyof GivenReading, keyof GivenReading]> = [
  ['strategy', 'strategyName'],
  ['strategyName', 'strategy'],
];

/**
 * The saved settings updated with the flags given to `impact import SIDE`. `--score` names the
 * score column of this side only, so it is saved as `preScore` or `postScore`; everything else is
 * saved under its own name and replaces what was saved.
 */
export function updateReading(saved: ReadingSettings, given: GivenReading, side: Side, sameFileBothSides: boolean): ReadingSettings {
  const next: Record<string, unknown> = { ...saved };
  for (const [key, value] of Object.entries(given)) {
    if (value === undefined) continue;
    if (key === 'score') next[side === 'pre' ? 'preScore' : 'postScore'] = value;
    else next[key] = value;
  }
  for (const [key, other] of EXCLUSIVE) if (given[key] !== undefined) delete next[other];
  const reading = next as ReadingSettings;
  return { ...reading, layout: layoutOf(reading, sameFileBothSides) };
}

/** `long` when rows are picked by window or filters, `wide` when one file holds both, else `two-files`. */
export function layoutOf(reading: Omit<ReadingSettings, 'layout'>, sameFileBothSides: boolean): ReadingSettings['layout'] {
  if (reading.window !== undefined || reading.preWhere.length > 0 || reading.postWhere.length > 0) return 'long';
  return sameFileBothSides ? 'wide' : 'two-files';
}

/** How to find one side's rows and score in an export. */
export interface SideSelection {
  /** The score column; undefined: guess it from the headers. */
  score: CycleColumnRef | undefined;
  /** The flag that named it, for messages (`--pre-score`, `--score`, or `--pre` in the wide layout). */
  scoreFlag: string;
  /** Long layout: the window column and this side's label. */
  window: { column: CycleColumnRef; label: string } | null;
  /** Filters every row of this side passes (`where` and this side's `preWhere` / `postWhere`). */
  filters: CycleRowFilter[];
  /** Rows passing these are the other side's (long layout with filters), never this side's. */
  otherSideFilters: CycleRowFilter[];
}

export function sideSelection(reading: ReadingSettings, side: Side): SideSelection {
  const ownScore = side === 'pre' ? reading.preScore : reading.postScore;
  const label = side === 'pre' ? reading.pre : reading.post;
  const windowed = reading.window !== undefined;
  const score = ownScore ?? reading.score ?? (windowed ? undefined : label);
  const scoreFlag = ownScore !== undefined ? `--${side}-score` : reading.score !== undefined ? '--score' : `--${side}`;
  const window = windowed && label !== undefined ? { column: reading.window as CycleColumnRef, label } : null;
  const ownFilters = side === 'pre' ? reading.preWhere : reading.postWhere;
  return {
    score,
    scoreFlag,
    window,
    filters: [...reading.where, ...ownFilters],
    // A row matching both sets of filters is a pre row (as in the one-shot report).
    otherSideFilters: side === 'post' && reading.preWhere.length > 0 && reading.postWhere.length > 0 ? reading.preWhere : [],
  };
}

/** The row's own strategy, else its section's, else its teacher's, else the one strategy given to all. */
export function strategyOf(cycle: Cycle, row: { strategy: string | null; teacher: string | null; section: string | null }): string | null {
  if (row.strategy !== null && row.strategy !== '') return row.strategy;
  if (row.section !== null) {
    const found = lookup(cycle.assignments.sections, row.section);
    if (found !== null) return found;
  }
  if (row.teacher !== null) {
    const found = lookup(cycle.assignments.teachers, row.teacher);
    if (found !== null) return found;
  }
  if (cycle.reading.strategyName !== undefined) return cycle.reading.strategyName;
  const tried = cycle.strategies.filter((strategy) => strategy.name !== cycle.reference);
  if (tried.length === 1 && cycle.reference === null && !hasAssignments(cycle)) return tried[0].name;
  return null;
}

export function hasAssignments(cycle: Cycle): boolean {
  return Object.keys(cycle.assignments.teachers).length > 0 || Object.keys(cycle.assignments.sections).length > 0;
}

/** Case-insensitive, trimmed lookup of a teacher or section name. */
function lookup(map: Record<string, string>, key: string): string | null {
  const wanted = key.trim().toLowerCase();
  for (const [name, strategy] of Object.entries(map)) if (name.trim().toLowerCase() === wanted) return strategy;
  return null;
}
