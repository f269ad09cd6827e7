/**
 * Findings → the report's content in reading order (issue 6): question and answer, the headline
 * table, breakdowns, each student and next steps, caveats, the ledger, the method note.
 */
import type { Findings } from '../../analysis/findings.js';
import { ledgerSummary } from '../ledger-summary.js';
import { breakdownTables } from './breakdowns.js';
import { comparisonTable, headlineTable, pooledTable } from './headline.js';
import { methodNote, type MethodContext } from './method.js';
import type { ReportDocument } from './model.js';
import { nextSteps, studentTable } from './students.js';

export function buildDocument(findings: Findings, context: MethodContext): ReportDocument {
  const perStudent = context.view === 'full';
  return {
    title: findings.cycle.title ?? 'Impact report',
    question: findings.cycle.question ?? defaultQuestion(findings),
    problem: findings.cycle.problem ?? null,
    answer: findings.answer.split('\n').filter((paragraph) => paragraph.trim() !== ''),
    headline: headlineTable(findings, context.minN),
    comparisons: comparisonTable(findings),
    pooled: pooledTable(findings),
    breakdowns: breakdownTables(findings, context.minN),
    students: perStudent ? studentTable(findings) : null,
    nextSteps: perStudent ? nextSteps(findings) : null,
    caveats: findings.warnings.map((warning) => warning.message),
    ledger: ledgerSummary(findings.ledger),
    method: methodNote(findings, context),
  };
}

/** The question every cycle asks, when cycle.json does not word it. */
function defaultQuestion(findings: Findings): string {
  const assessment = findings.cycle.assessment?.name;
  const several = findings.strategies.length > 1;
  return `What impact did ${several ? 'each strategy' : 'the strategy'} have on students’ scores${assessment ? ` on ${assessment}` : ''}?`;
}
