/**
 * The shape of `cycle.json`: the one definition, from which the TypeScript types are inferred.
 *
 * A cycle folder holds `cycle.json` and `data/` (the normalised pre and post data written by
 * `impact import`). `cycle.json` records what the team decided at the first meeting (problem,
 * question, learning target, strategies, the reference group, the assessment), how the exports are
 * read (the same names as the command-line flags), the analysis and privacy defaults, and what has
 * been imported so far.
 */
import { boolean, either, type Infer, list, literal, nullable, number, object, oneOf, optional, record, text } from './schema-kit.js';

export const CYCLE_FILE = 'cycle.json';
export const DATA_FOLDER = 'data';
export const CYCLE_FORMAT_VERSION = 1;

/** A header name or a 1-based column number, as on the command line. */
const columnRef = either(text({ nonEmpty: true, expected: 'a column name' }), number({ integer: true, min: 1 }));

/** `COL=VALUE`. */
const rowFilter = object({ column: columnRef, value: text() });

const strategy = object({
  name: text({ nonEmpty: true }),
  description: nullable(text()),
});

/** A named score band: scores from `from` (inclusive) up to the next band's `from`. */
const band = object({
  name: text({ nonEmpty: true }),
  from: number(),
});

const assessment = object({
  name: nullable(text()),
  maxScore: nullable(number({ positive: true })),
  proficientAt: nullable(number({ min: 0 })),
  bands: list(band),
});

/** The strategy of each teacher or section, when the export has no strategy column. */
const assignments = object({
  teachers: record(text({ nonEmpty: true })),
  sections: record(text({ nonEmpty: true })),
});

export const LAYOUTS = ['two-files', 'wide', 'long'] as const;

/** How to read the exports: the reading flags (`--id`, `--score`…), under the same names. */
const reading = object({
  layout: oneOf(LAYOUTS),
  id: optional(columnRef),
  name: optional(columnRef),
  score: optional(columnRef),
  preScore: optional(columnRef),
  postScore: optional(columnRef),
  pre: optional(text({ nonEmpty: true })),
  post: optional(text({ nonEmpty: true })),
  window: optional(columnRef),
  strategy: optional(columnRef),
  strategyName: optional(text({ nonEmpty: true })),
  teacher: optional(columnRef),
  section: optional(columnRef),
  by: list(columnRef),
  where: list(rowFilter),
  preWhere: list(rowFilter),
  postWhere: list(rowFilter),
  duplicates: oneOf(['error', 'first', 'last', 'max', 'mean']),
  delimiter: optional(text({ nonEmpty: true })),
  encoding: optional(text({ nonEmpty: true })),
  idNormalize: oneOf(['none', 'strip-zeros']),
  match: oneOf(['id', 'name']),
});

const analysis = object({
  effectSize: oneOf(['dav', 'dz', 'drm', 'db']),
  benchmark: oneOf(['hattie', 'cohen', 'kraft']),
});

const privacy = object({
  anonymize: boolean(),
  minN: nullable(number({ integer: true, min: 1 })),
  view: oneOf(['full', 'team']),
  /** Secret per cycle: pseudonyms are stable within the cycle and not guessable outside it. */
  salt: text({ pattern: /^[0-9a-f]{16,}$/, expected: 'at least 16 hexadecimal digits' }),
});

/** What one `impact import` wrote. Counts are rows of the export. */
const importRecord = object({
  /** The normalised data, relative to the cycle folder (`data/pre.csv`). */
  file: text({ nonEmpty: true }),
  /** The export as it was named on the command line. */
  source: text({ nonEmpty: true }),
  importedAt: text({ nonEmpty: true }),
  rowsRead: number({ integer: true, min: 0 }),
  /** Student rows written to `file` (scored or not). */
  students: number({ integer: true, min: 0 }),
  scored: number({ integer: true, min: 0 }),
  missingScore: number({ integer: true, min: 0 }),
  unparseable: number({ integer: true, min: 0 }),
  notAStudent: number({ integer: true, min: 0 }),
  outOfScope: number({ integer: true, min: 0 }),
  /** The maximum a Points Possible / Out of row gave, if any. */
  maxScore: nullable(number({ positive: true })),
  /** Which optional columns the normalised file has. */
  columns: object({ name: boolean(), teacher: boolean(), section: boolean(), strategy: boolean() }),
  /** The subgroup (`--by`) columns written, under their headers in the export. */
  by: list(text({ nonEmpty: true })),
});

export const cycleSchema = object({
  version: literal(CYCLE_FORMAT_VERSION),
  title: text({ nonEmpty: true }),
  problem: text({ nonEmpty: true }),
  question: text({ nonEmpty: true }),
  target: nullable(text()),
  strategies: list(strategy),
  reference: nullable(text({ nonEmpty: true })),
  assessment,
  assignments,
  reading,
  analysis,
  privacy,
  imports: object({ pre: nullable(importRecord), post: nullable(importRecord) }),
});

export type Cycle = Infer<typeof cycleSchema>;
export type CycleStrategy = Infer<typeof strategy>;
export type ScoreBand = Infer<typeof band>;
export type ReadingSettings = Infer<typeof reading>;
export type ImportRecord = Infer<typeof importRecord>;
export type CycleColumnRef = Infer<typeof columnRef>;
export type CycleRowFilter = Infer<typeof rowFilter>;
export type Side = 'pre' | 'post';
export const SIDES: readonly Side[] = ['pre', 'post'];
