/**
 * One table per breakdown column (teacher, section, each `--by` column): its levels within each
 * strategy, with the same figures as the headline table.
 */
import type { Findings } from '../../analysis/findings.js';
import { groupCells, groupColumns } from './headline.js';
import type { TitledTable } from './model.js';

const TITLES: Record<string, string> = { teacher: 'By teacher', section: 'By section' };

export function breakdownTables(findings: Findings, minN: number | null): TitledTable[] {
  const columns: string[] = [];
  for (const strategy of findings.strategies) {
    for (const column of Object.keys(strategy.breakdowns)) if (!columns.includes(column)) columns.push(column);
  }
  return columns.map((column) => ({
    title: TITLES[column] ?? `By ${column}`,
    note: null,
    table: {
      columns: [{ label: 'Strategy', align: 'left' }, { label: headingOf(column), align: 'left' }, ...groupColumns(findings)],
      rows: findings.strategies.flatMap((strategy) =>
        (strategy.breakdowns[column] ?? []).map((level) => [strategy.strategy, level.value, ...groupCells(level, findings, minN)]),
      ),
    },
  }));
}

function headingOf(column: string): string {
  return column === 'teacher' ? 'Teacher' : column === 'section' ? 'Section' : column;
}
