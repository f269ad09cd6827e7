/** What every chart needs besides the findings: colours and the visible (not suppressed) strategies. */
import type { Findings, StrategyFindings, StudentRow } from '../../../analysis/findings.js';
import { strategyColours } from './palette.js';

export interface ChartContext {
  findings: Findings;
  colours: Map<string, string>;
  /** Strategies whose figures are shown (not suppressed by --min-n). */
  strategies: StrategyFindings[];
  minN: number | null;
}

export function chartContext(findings: Findings, minN: number | null): ChartContext {
  return {
    findings,
    colours: strategyColours(
      findings.strategies.map((strategy) => strategy.strategy),
      findings.settings.reference,
    ),
    strategies: findings.strategies.filter((strategy) => !strategy.suppressed),
    minN,
  };
}

/** Students of `strategy` with both scores. */
export function matchedStudentsOf(findings: Findings, strategy: string): Array<StudentRow & { pre: number; post: number; gain: number }> {
  return findings.students.toArray().filter(
    (student): student is StudentRow & { pre: number; post: number; gain: number } =>
      student.strategy === strategy && student.pre !== null && student.post !== null && student.gain !== null,
  );
}
