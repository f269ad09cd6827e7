/**
 * The terminal report: the answer first, then the evidence tables, each student and the next
 * steps, caveats, the ledger and the method note. Fits 100 columns; colour only when asked.
 */
import type { NextStepList, ReportDocument, TitledTable } from '../document/model.js';
import { palette, type Palette } from './ansi.js';
import { printable } from './printable.js';
import { textTable } from './table.js';
import { wrap } from './wrap.js';

export const TEXT_WIDTH = 100;

export interface TextStyle {
  colour: boolean;
}

export function renderTextDocument(doc: ReportDocument, style: TextStyle): string {
  const out = new TextOut(style);
  out.title(doc.title);
  out.paragraph(`Question: ${doc.question}`);
  if (doc.problem) out.paragraph(`Problem: ${doc.problem}`);
  out.heading('Answer');
  for (const paragraph of doc.answer) out.paragraph(paragraph, '  ');
  for (const table of [doc.headline, doc.comparisons, doc.pooled, ...doc.breakdowns]) if (table) out.table(table);
  out.studentSections(doc);
  if (doc.caveats.length > 0) {
    out.heading('Caveats');
    for (const caveat of doc.caveats) out.bullet(caveat, 'warning');
  }
  out.heading('Who is in the analysis');
  out.paragraph(doc.ledger.total, '  ');
  for (const item of doc.ledger.items) out.bullet(item);
  out.heading('Method');
  for (const line of doc.method) out.paragraph(line, '  ');
  return out.toString();
}

/** `impact students`: the student table and next steps only. */
export function renderTextStudents(doc: ReportDocument, style: TextStyle): string {
  const out = new TextOut(style);
  out.title(doc.title);
  out.studentSections(doc);
  return out.toString();
}

class TextOut {
  private readonly lines: string[] = [];
  private readonly paint: Palette;

  constructor(style: TextStyle) {
    this.paint = palette(style.colour);
  }

  title(text: string): void {
    this.lines.push(this.paint.bold(wrap(printable(text), TEXT_WIDTH)));
  }

  heading(text: string): void {
    this.lines.push('', this.paint.heading(text.toUpperCase()));
  }

  paragraph(text: string, indent = ''): void {
    this.lines.push(wrap(printable(text), TEXT_WIDTH, indent));
  }

  bullet(text: string, tone: 'plain' | 'warning' = 'plain'): void {
    const line = wrap(printable(text), TEXT_WIDTH, '  - ', '    ');
    this.lines.push(tone === 'warning' ? this.paint.warning(line) : line);
  }

  table(titled: TitledTable): void {
    this.heading(titled.title);
    if (titled.note) this.lines.push(this.paint.dim(wrap(printable(titled.note), TEXT_WIDTH)));
    this.lines.push(titled.table.rows.length === 0 ? '  (none)' : textTable(titled.table, TEXT_WIDTH));
  }

  studentSections(doc: ReportDocument): void {
    if (doc.students === null) {
      this.heading('Each student');
      this.paragraph('Per-student rows are left out of the team view.', '  ');
      return;
    }
    this.heading('Next steps');
    for (const list of doc.nextSteps ?? []) this.nextStepList(list);
    this.table(doc.students);
  }

  private nextStepList(list: NextStepList): void {
    this.lines.push(this.paint.bold(wrap(printable(`${list.title} (${list.students.length})`), TEXT_WIDTH, '  ')));
    this.lines.push(this.paint.dim(wrap(printable(list.explanation), TEXT_WIDTH, '    ')));
    if (list.students.length === 0) this.lines.push('    none');
    for (const student of list.students) this.lines.push(wrap(printable(student), TEXT_WIDTH, '    - ', '      '));
  }

  toString(): string {
    return `${this.lines.join('\n')}\n`;
  }
}
