import { describe, expect, it } from 'vitest';
import { csvCell } from '../../src/report/csv/defuse.js';
import { markdownText } from '../../src/report/markdown/escape.js';
import { renderReport } from '../../src/report/render.js';
import { renderStudents } from '../../src/report/students.js';
import { printable } from '../../src/report/text/printable.js';
import { editStudent, FORMULA_NAME, makeFindings, SCRIPT_NAME } from './factory.js';
import { FORMATS, options } from './options.js';
import { parseCsv } from '../reliability/safety-checks.js';

describe('hostile names go through every format safely', () => {
  it('HTML escapes them: no script element, no raw tag, no live formula', () => {
    for (const html of [renderReport(makeFindings(), options('html')), renderStudents(makeFindings(), options('html'))]) {
      expect(html).not.toContain('<script');
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(html).toContain('=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)');
      expect(html).toContain("default-src 'none'");
    }
  });

  it('Markdown shows them as text', () => {
    const md = renderReport(makeFindings(), options('md'));
    expect(md).not.toContain('<script>');
    expect(md).toContain('&lt;script>alert(1)&lt;/script>');
    expect(markdownText('a | b *c* [d](e) <i> _x_ d_av p < 0.001')).toBe('a \\| b \\*c\\* [d\\](e) &lt;i> \\_x\\_ d_av p < 0.001');
    expect(markdownText('# not a heading')).toBe('\\# not a heading');
  });

  it('CSV defuses formula cells in both tables, and keeps negative numbers numeric', () => {
    const rows = parseCsv(renderStudents(makeFindings(), options('csv')));
    const header = rows[0];
    const byName = (name: string) => rows.find((row) => row[header.indexOf('name')] === name)!;
    expect(byName(`'${FORMULA_NAME}`)).toBeDefined();
    expect(rows.some((row) => row.includes(FORMULA_NAME))).toBe(false);
    expect(byName(SCRIPT_NAME)[header.indexOf('gain')]).toBe('-1.5');
    const raw = renderStudents(makeFindings(), options('csv'));
    expect(raw).toContain(',-1.5,');
    expect(raw).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
  });

  it('CSV cell rules follow OWASP', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvCell(`${start}1+1`)).toBe(`'${start}1+1`);
    expect(csvCell(-2.5)).toBe('-2.5');
    expect(csvCell('-')).toBe("'-");
    expect(csvCell('Okafor')).toBe('Okafor');
    expect(csvCell(null)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('the strategy CSV defuses a strategy name too', () => {
    const findings = makeFindings();
    findings.strategies[0].strategy = '@SUM(A1:A9)';
    expect(renderReport(findings, options('csv'))).toContain(`"'@SUM(A1:A9)"`);
  });

  it('text and Markdown neutralise terminal control characters', () => {
    const findings = editStudent(makeFindings(), 2, { name: 'Evil\u001b[2J\u001b]0;pwned\u0007 Name\u202e' });
    for (const format of ['text', 'md'] as const) {
      const output = renderReport(findings, options(format));
      expect(output).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202e]/);
    }
    expect(printable('a\r\nb\u001bc')).toBe('a b\uFFFDc');
  });

  it.each(FORMATS)('JSON-safe and complete in %s', (format) => {
    const output = renderReport(makeFindings(), options(format));
    if (format === 'json') expect(JSON.parse(output).students[0].name).toBe(SCRIPT_NAME);
    expect(output.length).toBeGreaterThan(100);
  });
});

describe('--excel', () => {
  it('adds a byte-order mark and CRLF line ends to CSV only', () => {
    const csv = renderStudents(makeFindings(), options('csv', { excel: true }));
    expect(csv.startsWith('\uFEFF"id"')).toBe(true);
    expect(csv).toContain('\r\n');
    expect(renderStudents(makeFindings(), options('csv')).startsWith('"id"')).toBe(true);
  });
});
