/** Render options for tests: everything off unless a test turns it on. */
import type { RenderOptions, ReportFormat } from '../../src/report/render.js';

export const FORMATS: ReportFormat[] = ['text', 'md', 'html', 'csv', 'json'];

export function options(format: ReportFormat, extra: Partial<RenderOptions> = {}): RenderOptions {
  return { format, colour: false, anonymize: false, salt: 'test-salt', minN: null, view: 'full', excel: false, ...extra };
}
