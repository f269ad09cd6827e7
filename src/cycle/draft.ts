/**
 * The cycle as `impact init` collects it: the flags build a `CycleDraft`, the wizard fills in what
 * the flags left out, and `buildCycle` turns the finished draft into a valid `Cycle` with defaults.
 */
import { UsageError } from '../errors.js';
import { checkCycle } from './check-cycle.js';
import { composeQuestion } from './compose-question.js';
import { CYCLE_FORMAT_VERSION, type Cycle, type CycleStrategy, type ScoreBand } from './cycle-schema.js';
import { SchemaViolation } from './schema-kit.js';

export interface CycleDraft {
  title?: string;
  problem?: string;
  /** The research question; composed from problem and strategies when left out. */
  question?: string;
  target?: string;
  strategies: CycleStrategy[];
  /** The comparison group (business as usual); added to the strategies when not listed. */
  reference?: string;
  assessment?: string;
  maxScore?: number;
  proficientAt?: number;
  bands: ScoreBand[];
  /** Teacher → strategy, section → strategy, for exports with no strategy column. */
  teacherStrategies: Record<string, string>;
  sectionStrategies: Record<string, string>;
  effectSize?: Cycle['analysis']['effectSize'];
  benchmark?: Cycle['analysis']['benchmark'];
  anonymize?: boolean;
  minN?: number;
  view?: Cycle['privacy']['view'];
}

/** The `impact init` flags as commander parses them (repeatable `NAME=VALUE` flags as pairs). */
export type DraftFlags = Omit<CycleDraft, 'strategies' | 'bands' | 'teacherStrategies' | 'sectionStrategies'> & {
  strategy?: Array<[string, string]>;
  band?: ScoreBand[];
  teacherStrategy?: Array<[string, string]>;
  sectionStrategy?: Array<[string, string]>;
};

/** Flags → draft: `--strategy NAME=DESCRIPTION`, `--band`, `--teacher-strategy`, `--section-strategy`. */
export function draftFromFlags(flags: DraftFlags): CycleDraft {
  const { strategy, band, teacherStrategy, sectionStrategy, ...rest } = flags;
  const draft: CycleDraft = {
    strategies: (strategy ?? []).map(([name, description]) => ({ name, description: description || null })),
    bands: band ?? [],
    teacherStrategies: Object.fromEntries(teacherStrategy ?? []),
    sectionStrategies: Object.fromEntries(sectionStrategy ?? []),
  };
  const keys = ['title', 'problem', 'question', 'target', 'reference', 'assessment', 'maxScore', 'proficientAt', 'effectSize', 'benchmark', 'anonymize', 'minN', 'view'] as const;
  for (const key of keys) if (rest[key] !== undefined) (draft as unknown as Record<string, unknown>)[key] = rest[key];
  return draft;
}

export function emptyDraft(): CycleDraft {
  return { strategies: [], bands: [], teacherStrategies: {}, sectionStrategies: {} };
}

/** The flags a draft still lacks before it can become a cycle (empty when complete). */
export function missingFromDraft(draft: CycleDraft): string[] {
  const missing: string[] = [];
  if (!draft.problem?.trim()) missing.push('--problem TEXT');
  if (draft.strategies.filter((strategy) => strategy.name !== draft.reference).length === 0) missing.push('--strategy NAME');
  return missing;
}

/** The draft's strategies with the reference group added when it is not among them. */
export function strategiesWithReference(draft: CycleDraft): CycleStrategy[] {
  const strategies = [...draft.strategies];
  if (draft.reference !== undefined && !strategies.some((strategy) => strategy.name === draft.reference)) {
    strategies.push({ name: draft.reference, description: 'comparison group' });
  }
  return strategies;
}

/** The question the draft's problem and strategies compose (or the one given). */
export function draftQuestion(draft: CycleDraft): string {
  if (draft.question?.trim()) return draft.question.trim();
  return composeQuestion(draft.problem ?? '', strategiesWithReference(draft).map((strategy) => strategy.name), draft.reference ?? null);
}

/** A complete draft → a valid cycle. `salt` is the new cycle's secret; `defaultTitle` the folder name. */
export function buildCycle(draft: CycleDraft, salt: string, defaultTitle: string): Cycle {
  const missing = missingFromDraft(draft);
  if (missing.length > 0) throw new UsageError(`impact init needs ${missing.join(' and ')}.`, 'Give the flags, or run impact init on a terminal without --yes to be asked.');
  const cycle: Cycle = {
    version: CYCLE_FORMAT_VERSION,
    title: draft.title?.trim() || defaultTitle,
    problem: (draft.problem as string).trim(),
    question: draftQuestion(draft),
    target: draft.target?.trim() || null,
    strategies: strategiesWithReference(draft),
    reference: draft.reference ?? null,
    assessment: { name: draft.assessment?.trim() || null, maxScore: draft.maxScore ?? null, proficientAt: draft.proficientAt ?? null, bands: draft.bands },
    assignments: { teachers: draft.teacherStrategies, sections: draft.sectionStrategies },
    reading: { layout: 'two-files', by: [], where: [], preWhere: [], postWhere: [], duplicates: 'error', idNormalize: 'none', match: 'id' },
    analysis: { effectSize: draft.effectSize ?? 'dav', benchmark: draft.benchmark ?? 'hattie' },
    privacy: { anonymize: draft.anonymize ?? false, minN: draft.minN ?? null, view: draft.view ?? 'full', salt },
    imports: { pre: null, post: null },
  };
  try {
    return checkCycle(cycle);
  } catch (error) {
    if (error instanceof SchemaViolation) throw new UsageError(`the cycle would not be valid: ${error.message}.`, 'Check the strategy names given to --reference, --teacher-strategy and --section-strategy.');
    throw error;
  }
}
