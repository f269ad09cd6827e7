/**
 * What `report` and `students` take from a cycle when they run without files: the analysis,
 * privacy and matching settings saved in `cycle.json` (under the command-line flags' names), and
 * the cycle's summary for the report's heading. Flags given on the command line override these.
 */
import type { Cycle } from './cycle-schema.js';

export interface CycleRunSettings {
  effectSize: Cycle['analysis']['effectSize'];
  benchmark: Cycle['analysis']['benchmark'];
  maxScore?: number;
  proficientAt?: number;
  reference?: string;
  anonymize: boolean;
  minN?: number;
  view: Cycle['privacy']['view'];
  duplicates: Cycle['reading']['duplicates'];
  match: Cycle['reading']['match'];
  idNormalize: Cycle['reading']['idNormalize'];
}

export function cycleRunSettings(cycle: Cycle): CycleRunSettings {
  const maxScore = cycle.assessment.maxScore ?? cycle.imports.pre?.maxScore ?? cycle.imports.post?.maxScore ?? null;
  return {
    effectSize: cycle.analysis.effectSize,
    benchmark: cycle.analysis.benchmark,
    ...(maxScore !== null ? { maxScore } : {}),
    ...(cycle.assessment.proficientAt !== null ? { proficientAt: cycle.assessment.proficientAt } : {}),
    ...(cycle.reference !== null ? { reference: cycle.reference } : {}),
    anonymize: cycle.privacy.anonymize,
    ...(cycle.privacy.minN !== null ? { minN: cycle.privacy.minN } : {}),
    view: cycle.privacy.view,
    duplicates: cycle.reading.duplicates,
    match: cycle.reading.match,
    idNormalize: cycle.reading.idNormalize,
  };
}

/** The cycle as the report's heading and JSON `cycle` show it. */
export function cycleSummary(cycle: Cycle): { title: string; question: string; problem: string; assessment: { name?: string; maxScore: number | null; proficientAt: number | null } } {
  return {
    title: cycle.title,
    question: cycle.question,
    problem: cycle.problem,
    assessment: {
      ...(cycle.assessment.name !== null ? { name: cycle.assessment.name } : {}),
      maxScore: cycle.assessment.maxScore,
      proficientAt: cycle.assessment.proficientAt,
    },
  };
}

/** Settings given on the command line win over the saved ones; the rest come from the cycle. */
export function overrideSaved<T extends object, S extends object>(given: T, givenKeys: ReadonlySet<string>, saved: S): T & S {
  const merged = { ...given } as Record<string, unknown>;
  for (const [key, value] of Object.entries(saved)) if (!givenKeys.has(key)) merged[key] = value;
  return merged as T & S;
}
