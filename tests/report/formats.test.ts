import { describe, expect, it } from 'vitest';
import { renderReport } from '../../src/report/render.js';
import { renderStudents } from '../../src/report/students.js';
import { makeFindings } from './factory.js';
import { options } from './options.js';

const HEADINGS = ['Answer', 'Growth by strategy', 'Compared with Business as usual', 'Across classrooms', 'By teacher', 'Next steps', 'Each student', 'Caveats', 'Who is in the analysis', 'Method'];
const HEADING_MARK = {
  text: (heading: string) => `\n${heading.toUpperCase()}\n`,
  md: (heading: string) => `\n## ${heading}\n`,
  html: (heading: string) => `<h2>${heading}</h2>`,
};

describe('content order in every human format', () => {
  it.each(['text', 'md', 'html'] as const)('%s: question, answer, evidence, students, caveats, ledger, method', (format) => {
    const output = renderReport(makeFindings(), options(format));
    const positions = HEADINGS.map((heading) => output.indexOf(HEADING_MARK[format](heading)));
    expect(positions.every((position) => position > output.indexOf('Question:'))).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });
});

describe('text', () => {
  it('fits 100 columns and has no colour unless asked', () => {
    const text = renderReport(makeFindings(), options('text'));
    expect(Math.max(...text.split('\n').map((line) => [...line].length))).toBeLessThanOrEqual(100);
    expect(text).not.toContain('\u001b[');
    expect(renderReport(makeFindings(), options('text', { colour: true }))).toContain('\u001b[');
  });

  it('lists next steps: declined, below the hinge, below the target, missing a score', () => {
    const text = renderReport(makeFindings(), options('text'));
    expect(text).toMatch(/Declined \(1\)\n.*\n\s+- <script>alert\(1\)<\/script> \(00041000\) — Number talks, Haddad: 16 → 14\.5 \(−1\.5\)/);
    expect(text).toContain('Grew less than the hinge point 0.40 (1)');
    expect(text).toContain('Still below the target (28) (5)');
    expect(text).toContain('Missing a score (1)');
  });
});

describe('markdown', () => {
  it('writes GitHub pipe tables with right-aligned figures', () => {
    const md = renderReport(makeFindings(), options('md'));
    expect(md).toContain('| Strategy | n | Pre → post mean | Mean gain | d_av [95% CI] | vs 0.40 hinge | Proficient (≥ 28) |');
    expect(md).toContain('| --- | ---: | ---: | ---: | ---: | --- | ---: |');
  });
});

describe('html', () => {
  const html = renderReport(makeFindings(), options('html'));

  it('is self-contained: no scripts, no external assets', () => {
    expect(html).not.toMatch(/<script|<link|<img|src=|@import|url\(/i);
    expect(html).not.toMatch(/\b(href|src|xlink:href|action)=/);
  });

  it('has four titled charts with text alternatives', () => {
    const svgs = html.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
    expect(svgs).toHaveLength(4);
    for (const svg of svgs) {
      expect(svg).toMatch(/role="img" aria-labelledby="[\w-]+-title [\w-]+-desc"/);
      expect(svg).toMatch(/<title id="[\w-]+">[^<]+<\/title>/);
      expect(svg).toMatch(/<desc id="[\w-]+">[^<]+<\/desc>/);
    }
    for (const id of ['chart-proficiency', 'chart-slopes', 'chart-gains', 'chart-forest']) expect(html).toContain(`id="${id}"`);
  });

  it('has print CSS with page breaks', () => {
    expect(html).toContain('@media print');
    expect(html).toContain('break-inside: avoid');
    expect(html).toContain('class="page-break"');
  });

  it('leaves per-student charts out of the team view', () => {
    const team = renderReport(makeFindings(), options('html', { view: 'team' }));
    expect(team).not.toContain('chart-slopes');
    expect(team).toContain('chart-forest');
  });
});

describe('json', () => {
  it('keeps the contract names and adds what privacy was applied', () => {
    const report = JSON.parse(renderReport(makeFindings(), options('json')));
    expect(Object.keys(report)).toEqual(['tool', 'cycle', 'settings', 'privacy', 'ledger', 'strategies', 'comparisons', 'students', 'answer', 'warnings']);
    expect(report.privacy).toEqual({ anonymized: false, minN: null, view: 'full' });
    expect(report.ledger.matched).toBe(6);
  });
});

describe('impact students', () => {
  it('renders in every format', () => {
    for (const format of ['text', 'md', 'html', 'csv', 'json'] as const) {
      expect(renderStudents(makeFindings(), options(format))).toContain('Halvorsen');
    }
  });

  it('gives one CSV row per student with its next steps', () => {
    const lines = renderStudents(makeFindings(), options('csv')).trimEnd().split('\n');
    expect(lines).toHaveLength(8);
    expect(lines[0]).toBe('"id","name","strategy","teacher","section","pre","post","gain","percentGain","normalizedChange","effectSize","flag","nextSteps"');
    expect(lines[1]).toMatch(/,-1\.5,-0\.0375,,-0\.24\d+,"declined","declined; below target"$/);
  });
});
