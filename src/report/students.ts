/**
 * `impact students`: the per-student table and the next-steps lists in any format, from the same
 * shareable findings as the report (so `--anonymize`, `--min-n` and `--view team` hold here too).
 */
import type { Findings } from '../analysis/findings.js';
import { renderStudentsCsv } from './csv/students-csv.js';
import { buildDocument } from './document/build.js';
import { renderHtmlStudents } from './html/render-html.js';
import { privacySummary, renderStudentsJson } from './json.js';
import { renderMarkdownStudents } from './markdown/render-markdown.js';
import { shareableFindings } from './privacy/shareable.js';
import type { RenderOptions } from './render.js';
import { renderTextStudents } from './text/render-text.js';

export function renderStudents(findings: Findings, options: RenderOptions): string {
  const shared = shareableFindings(findings, options);
  const context = { anonymized: options.anonymize, minN: options.minN, view: options.view };
  switch (options.format) {
    case 'json':
      return renderStudentsJson(shared, privacySummary(options));
    case 'csv':
      return renderStudentsCsv(shared, options.excel);
    case 'text':
      return renderTextStudents(buildDocument(shared, context), { colour: options.colour });
    case 'md':
      return renderMarkdownStudents(buildDocument(shared, context));
    case 'html':
      return renderHtmlStudents(buildDocument(shared, context), shared);
  }
}
