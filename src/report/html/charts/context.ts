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

type MatchedRow = StudentRow & { pre: number; post: number; gain: number };

function isMatched(student: StudentRow): student is MatchedRow {
  return student.pre !== null && student.post !== null && student.gain !== null;
}

/** Students of `strategy` with both scores. */
export function matchedStudentsOf(findings: Findings, strategy: string): MatchedRow[] {
  // Rows are made only for the strategy's students: the charts ask once per strategy.
  const { students } = findings;
  const strategies = students.text('strategy');
  const matched: MatchedRow[] = [];
  for (let index = 0; index < students.length; index++) {
    if (strategies[index] !== strategy) continue;
    const student = students.at(index);
    if (isMatched(student)) matched.push(student);
  }
  return matched;
}
