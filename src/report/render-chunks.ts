/**
 * What the `report` and `students` commands write: the rendered output as a sequence of chunks,
 * loading only the renderer the format needs (JSON, CSV, HTML, Markdown and the terminal tables
 * are each loaded on demand, which keeps start-up small). JSON and per-student CSV stream: a
 * million students are written as they are serialised, never held as one string. The text is
 * exactly `renderReport`'s and `renderStudents`'s.
 */
import type { Findings } from '../analysis/findings.js';
import { shareableFindings } from './privacy/shareable.js';
import type { RenderOptions } from './render.js';

/** `impact report` output (as `renderReport`). */
export async function reportChunks(findings: Findings, options: RenderOptions): Promise<Iterable<string | Uint8Array>> {
  const shared = shareableFindings(findings, options);
  const context = { anonymized: options.anonymize, minN: options.minN, view: options.view };
  switch (options.format) {
    case 'json': {
      const { privacySummary, renderJsonChunks } = await import('./json.js');
      return renderJsonChunks(shared, privacySummary(options));
    }
    case 'csv':
      return [(await import('./csv/strategy-csv.js')).renderStrategyCsv(shared, options.excel)];
    case 'text': {
      const [{ buildDocument }, { renderTextDocument }] = await Promise.all([import('./document/build.js'), import('./text/render-text.js')]);
      return [renderTextDocument(buildDocument(shared, context), { colour: options.colour })];
    }
    case 'md': {
      const [{ buildDocument }, { renderMarkdownDocument }] = await Promise.all([import('./document/build.js'), import('./markdown/render-markdown.js')]);
      return [renderMarkdownDocument(buildDocument(shared, context))];
    }
    case 'html': {
      const [{ buildDocument }, { renderHtmlDocument }] = await Promise.all([import('./document/build.js'), import('./html/render-html.js')]);
      return [renderHtmlDocument(buildDocument(shared, context), shared, options.minN)];
    }
  }
}

/** `impact students` output (as `renderStudents`). */
export async function studentsChunks(findings: Findings, options: RenderOptions): Promise<Iterable<string | Uint8Array>> {
  const shared = shareableFindings(findings, options);
  const context = { anonymized: options.anonymize, minN: options.minN, view: options.view };
  switch (options.format) {
    case 'json': {
      const { privacySummary, renderStudentsJsonChunks } = await import('./json.js');
      return renderStudentsJsonChunks(shared, privacySummary(options));
    }
    case 'csv':
      return (await import('./csv/students-csv.js')).renderStudentsCsvChunks(shared, options.excel);
    case 'text': {
      const [{ buildDocument }, { renderTextStudents }] = await Promise.all([import('./document/build.js'), import('./text/render-text.js')]);
      return [renderTextStudents(buildDocument(shared, context), { colour: options.colour })];
    }
    case 'md': {
      const [{ buildDocument }, { renderMarkdownStudents }] = await Promise.all([import('./document/build.js'), import('./markdown/render-markdown.js')]);
      return [renderMarkdownStudents(buildDocument(shared, context))];
    }
    case 'html': {
      const [{ buildDocument }, { renderHtmlStudents }] = await Promise.all([import('./document/build.js'), import('./html/render-html.js')]);
      return [renderHtmlStudents(buildDocument(shared, context), shared)];
    }
  }
}
