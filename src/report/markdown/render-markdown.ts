/**
 * The report as GitHub-flavoured Markdown that pastes cleanly into shared documents: headings,
 * pipe tables, bullet lists; every value from the input escaped.
 */
import type { ReportDocument, Table, TitledTable } from '../document/model.js';
import { markdownText } from './escape.js';

export function renderMarkdownDocument(doc: ReportDocument): string {
  const out: string[] = [`# ${markdownText(doc.title)}`, '', `**Question:** ${markdownText(doc.question)}`];
  if (doc.problem) out.push('', `**Problem:** ${markdownText(doc.problem)}`);
  out.push('', '## Answer', '');
  for (const paragraph of doc.answer) out.push(markdownText(paragraph), '');
  // issue 8: no spread of per-student arrays into a call (stack overflow at ~120,000 students)
  for (const table of [doc.headline, doc.comparisons, doc.pooled, ...doc.breakdowns]) if (table) for (const line of titledTable(table)) out.push(line);
  for (const line of studentSections(doc)) out.push(line);
  if (doc.caveats.length > 0) out.push('## Caveats', '', ...doc.caveats.map((caveat) => `- ${markdownText(caveat)}`), '');
  out.push('## Who is in the analysis', '', markdownText(doc.ledger.total), '');
  if (doc.ledger.items.length > 0) {
    for (const item of doc.ledger.items) out.push(`- ${markdownText(item)}`); // issue 8: no spread of per-student arrays into a call (stack overflow at ~120,000 students)
    out.push('');
  }
  out.push('## Method', '', ...doc.method.flatMap((line) => [markdownText(line), '']));
  return `${out.join('\n').trimEnd()}\n`;
}

/** `impact students --format md`. */
export function renderMarkdownStudents(doc: ReportDocument): string {
  return `${[`# ${markdownText(doc.title)}`, '', ...studentSections(doc)].join('\n').trimEnd()}\n`;
}

function studentSections(doc: ReportDocument): string[] {
  if (doc.students === null) return ['## Each student', '', 'Per-student rows are left out of the team view.', ''];
  const out = ['## Next steps', ''];
  for (const list of doc.nextSteps ?? []) {
    out.push(`### ${markdownText(list.title)} (${list.students.length})`, '', `_${markdownText(list.explanation)}_`, '');
    for (const line of list.students.length === 0 ? ['None.'] : list.students.map((student) => `- ${markdownText(student)}`)) out.push(line); // issue 8: no spread of per-student arrays into a call (stack overflow at ~120,000 students)
    out.push('');
  }
  return [...out, ...titledTable(doc.students)];
}

function titledTable(titled: TitledTable): string[] {
  const out = [`## ${markdownText(titled.title)}`, ''];
  if (titled.note) out.push(`_${markdownText(titled.note)}_`, '');
  for (const line of titled.table.rows.length === 0 ? ['None.'] : pipeTable(titled.table)) out.push(line); // issue 8: no spread of per-student arrays into a call (stack overflow at ~120,000 students)
  out.push('');
  return out;
}

function pipeTable(table: Table): string[] {
  const row = (cells: string[]) => `| ${cells.map((cell) => markdownText(cell) || ' ').join(' | ')} |`;
  const rule = `| ${table.columns.map((column) => (column.align === 'right' ? '---:' : '---')).join(' | ')} |`;
  return [row(table.columns.map((column) => column.label)), rule, ...table.rows.map(row)];
}
