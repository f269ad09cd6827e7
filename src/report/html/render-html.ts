/**
 * The report as one self-contained HTML file: no external assets and no JavaScript, inline SVG
 * charts with titles and text alternatives, print CSS. A Content-Security-Policy forbids scripts
 * and remote loads as a second line of defence; every value from the input is escaped.
 */
import type { Findings } from '../../analysis/findings.js';
import type { Column, ReportDocument, Table, TitledTable } from '../document/model.js';
import { chartContext } from './charts/context.js';
import { forestPlot } from './charts/forest-plot.js';
import { gainsChart } from './charts/gains-chart.js';
import { proficiencyChart } from './charts/proficiency-chart.js';
import { slopeChart } from './charts/slope-chart.js';
import { escapeHtml } from './escape.js';
import { STYLES } from './styles.js';

const POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

export function renderHtmlDocument(doc: ReportDocument, findings: Findings, minN: number | null): string {
  const charts = chartContext(findings, minN);
  const body = [
    header(doc, findings),
    `<section class="answer keep"><h2>Answer</h2>${doc.answer.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('')}</section>`,
    `<section>${titledTable(doc.headline, 'keep')}${proficiencyChart(charts) ?? ''}</section>`,
    doc.students === null
      ? '<p class="note">Per-student charts are left out of the team view.</p>'
      : `<section>${slopeChart(charts) ?? ''}${gainsChart(charts) ?? ''}</section>`,
    doc.comparisons ? `<section>${titledTable(doc.comparisons, 'keep')}</section>` : '',
    `<section>${doc.pooled ? titledTable(doc.pooled, 'keep') : '<h2>Across classrooms</h2>'}${forestPlot(charts) ?? ''}</section>`,
    ...doc.breakdowns.map((table) => `<section>${titledTable(table, 'keep')}</section>`),
    studentSections(doc),
    doc.caveats.length > 0 ? `<section class="keep"><h2>Caveats</h2><ul class="caveats">${items(doc.caveats)}</ul></section>` : '',
    `<section class="keep"><h2>Who is in the analysis</h2><p>${escapeHtml(doc.ledger.total)}</p>${doc.ledger.items.length > 0 ? `<ul>${items(doc.ledger.items)}</ul>` : ''}</section>`,
    `<section class="method keep"><h2>Method</h2>${doc.method.map((line) => `<p>${escapeHtml(line)}</p>`).join('')}</section>`,
  ];
  return page(doc.title, body.filter((part) => part !== '').join('\n'), findings);
}

/** `impact students --format html`: the student table and next steps. */
export function renderHtmlStudents(doc: ReportDocument, findings: Findings): string {
  return page(doc.title, `${header(doc, findings)}\n${studentSections(doc, false)}`, findings);
}

function page(title: string, body: string, findings: Findings): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="impact ${escapeHtml(findings.tool.version)}">`,
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLES}</style>`,
    '</head>',
    '<body>',
    '<main>',
    body,
    `<footer>Made with impact ${escapeHtml(findings.tool.version)}. Share it the way you would share the gradebook it came from.</footer>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function header(doc: ReportDocument, findings: Findings): string {
  const assessment = findings.cycle.assessment?.name;
  return [
    '<header>',
    `<p class="eyebrow">Coaching cycle report${assessment ? ` · ${escapeHtml(assessment)}` : ''}</p>`,
    `<h1>${escapeHtml(doc.title)}</h1>`,
    `<p class="question"><strong>Question:</strong> ${escapeHtml(doc.question)}</p>`,
    doc.problem ? `<p><strong>Problem:</strong> ${escapeHtml(doc.problem)}</p>` : '',
    '</header>',
  ].join('\n');
}

function studentSections(doc: ReportDocument, pageBreak = true): string {
  if (doc.students === null) return '<section><h2>Each student</h2><p>Per-student rows are left out of the team view.</p></section>';
  const lists = (doc.nextSteps ?? [])
    .map(
      (list) =>
        `<section><h3>${escapeHtml(list.title)} (${list.students.length})</h3><p class="note">${escapeHtml(list.explanation)}</p>` +
        (list.students.length === 0 ? '<p>None.</p>' : `<ul>${items(list.students)}</ul>`) +
        '</section>',
    )
    .join('\n');
  return [
    `<section${pageBreak ? ' class="page-break"' : ''}><h2>Next steps</h2><div class="next-steps">${lists}</div></section>`,
    `<section>${titledTable(doc.students)}</section>`,
  ].join('\n');
}

function titledTable(titled: TitledTable, className = ''): string {
  const note = titled.note ? `<p class="note">${escapeHtml(titled.note)}</p>` : '';
  const table = titled.table.rows.length === 0 ? '<p>None.</p>' : htmlTable(titled.table, className);
  return `<h2>${escapeHtml(titled.title)}</h2>${note}${table}`;
}

function htmlTable(table: Table, className: string): string {
  const head = table.columns.map((column) => `<th scope="col"${column.align === 'right' ? ' class="num"' : ''}>${escapeHtml(column.label)}</th>`).join('');
  const rows = table.rows.map((row) => `<tr>${row.map((cell, index) => cellHtml(cell, table.columns[index])).join('')}</tr>`).join('\n');
  return `<table${className ? ` class="${className}"` : ''}><thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table>`;
}

function cellHtml(cell: string, column: Column): string {
  const align = column.align === 'right' ? ' class="num"' : '';
  if (column.kind === undefined || cell === '–') return `<td${align}>${escapeHtml(cell)}</td>`;
  return `<td${align}><span class="badge ${tone(cell)}">${escapeHtml(cell)}</span></td>`;
}

/** Badge colour of a band or flag cell. */
function tone(cell: string): string {
  if (/decline/.test(cell)) return 'bad';
  if (/^below|negligible/.test(cell)) return 'low';
  if (/^at or above|large|medium/.test(cell)) return 'good';
  return cell === 'no data' ? 'plain' : 'low';
}

function items(lines: readonly string[]): string {
  return lines.map((line) => `<li>${escapeHtml(line)}</li>`).join('');
}
