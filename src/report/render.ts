/**
 * Findings → text in the format asked for. The privacy options are applied once, to the findings,
 * before any format sees them; every format then renders the same shareable findings.
 */
import type { Findings } from '../analysis/findings.js';
import { renderStrategyCsv } from './csv/strategy-csv.js';
import { buildDocument } from './document/build.js';
import { renderHtmlDocument } from './html/render-html.js';
import { privacySummary, renderJson } from './json.js';
import { renderMarkdownDocument } from './markdown/render-markdown.js';
import { shareableFindings } from './privacy/shareable.js';
import { renderTextDocument } from './text/render-text.js';

export type ReportFormat = 'text' | 'md' | 'html' | 'csv' | 'json';

export interface RenderOptions {
  format: ReportFormat;
  /** Whether ANSI colour may be used (text format on a terminal). */
  colour: boolean;
  /** Replace names and IDs with stable pseudonyms. */
  anonymize: boolean;
  /** Per-cycle secret salt for pseudonyms (from cycle.json); null for a one-shot run. */
  salt: string | null;
  /** Suppress groups smaller than this (null: no suppression). */
  minN: number | null;
  /** `team` leaves out per-student rows. */
  view: 'full' | 'team';
  /** CSV: start with a UTF-8 byte-order mark for Excel. */
  excel: boolean;
}

/** The whole report in `options.format`. */
export function renderReport(findings: Findings, options: RenderOptions): string {
  const shared = shareableFindings(findings, options);
  const context = { anonymized: options.anonymize, minN: options.minN, view: options.view };
  switch (options.format) {
    case 'json':
      return renderJson(shared, privacySummary(options));
    case 'csv':
      return renderStrategyCsv(shared, options.excel);
    case 'text':
      return renderTextDocument(buildDocument(shared, context), { colour: options.colour });
    case 'md':
      return renderMarkdownDocument(buildDocument(shared, context));
    case 'html':
      return renderHtmlDocument(buildDocument(shared, context), shared, options.minN);
  }
}
