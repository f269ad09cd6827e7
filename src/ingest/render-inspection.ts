/**
 * `impact inspect` as plain text (no colour): what was detected, the columns, the rows that are
 * not students, and a command to run next.
 */
import type { Inspection } from './inspect.js';

const DELIMITER_NAMES: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' };
const SHOWN_NON_STUDENT_ROWS = 12;

export function renderInspection(inspection: Inspection): string {
  const lines: string[] = [];
  lines.push(`File        ${inspection.file}`);
  lines.push(`Encoding    ${inspection.encoding}${inspection.bom ? ' (with BOM)' : ''}`);
  lines.push(`Delimiter   ${DELIMITER_NAMES[inspection.delimiter] ?? JSON.stringify(inspection.delimiter)}${inspection.decimalComma ? ' (decimal commas accepted)' : ''}`);
  lines.push(`Header      line ${inspection.headerLine}`);
  lines.push(`Rows        ${inspection.rows} after the header: ${inspection.studentRows} look like students, ${inspection.rows - inspection.studentRows} do not`);
  lines.push(`Max score   ${inspection.maxScore === null ? 'not found (give --max-score N)' : String(inspection.maxScore)}`);
  lines.push('');
  lines.push('Columns');
  const rows = inspection.columns.map((column) => [
    String(column.number),
    column.name,
    column.role ?? '',
    column.filled === 0 ? 'empty' : `${Math.round(column.numericShare * 100)}% numeric`,
    describeCodes(column.codes),
    column.examples.map((example) => (example.length > 24 ? `${example.slice(0, 23)}…` : example)).join(' | '),
  ]);
  for (const line of table(['#', 'column', 'role', 'values', 'codes', 'examples'], rows)) lines.push(`  ${line}`); // issue 8: a file can have 100,000s of columns
  if (inspection.nonStudentRows.length > 0) {
    lines.push('');
    lines.push(`Not students (${inspection.nonStudentRows.length} rows)`);
    for (const row of inspection.nonStudentRows.slice(0, SHOWN_NON_STUDENT_ROWS)) lines.push(`  line ${row.line}: ${row.detail}`);
    if (inspection.nonStudentRows.length > SHOWN_NON_STUDENT_ROWS) lines.push(`  … and ${inspection.nonStudentRows.length - SHOWN_NON_STUDENT_ROWS} more`);
  }
  for (const notice of inspection.notices) {
    lines.push('');
    lines.push(`Note: ${notice.message}`);
  }
  lines.push('');
  lines.push(`Layout      ${describeLayout(inspection.layout)}`);
  lines.push('Try');
  lines.push(`  ${inspection.suggestedCommand}`);
  lines.push(`  (${inspection.suggestionCheck})`);
  return `${lines.join('\n')}\n`;
}

function describeLayout(layout: Inspection['layout']): string {
  switch (layout) {
    case 'wide':
      return 'wide: one row per student, pre and post in two columns';
    case 'long':
      return 'long: one row per student and test';
    case 'pair':
      return 'one test per file: pair it with the other export';
    default:
      return 'not recognised';
  }
}

function describeCodes(codes: Record<string, number>): string {
  return Object.entries(codes)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([code, count]) => `${code}×${count}`)
    .join(' ');
}

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((title, index) => Math.max(title.length, ...rows.map((row) => row[index].length)));
  const format = (row: string[]) => row.map((text, index) => text.padEnd(widths[index])).join('  ').trimEnd();
  return [format(header), ...rows.map(format)];
}
