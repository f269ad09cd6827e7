/**
 * The HTML report in a real browser: Debian's headless Chromium through playwright-core. Opens the
 * demo cycle's report (built by the CLI) and a report with hostile names, checks there are no
 * console errors, no script runs, every chart is there with its title, and keeps a screenshot
 * and a PDF print in a temporary folder for a person to look at.
 */
import { existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReport } from '../../src/report/render.js';
import { DEMO_ARGS, runCli } from '../helpers/run-cli.js';
import { makeFindings } from './factory.js';
import { options } from './options.js';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available) {
  console.warn(`SKIPPED the browser test: ${CHROMIUM} is not installed and could not be installed (.ci/run runs apt-get install -y chromium).`);
}
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

describe.skipIf(!available)('the HTML report in headless Chromium', () => {
  const dir = mkdtempSync(join(tmpdir(), 'impact-html-'));
  let browser: Browser;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  async function open(html: string, name: string) {
    const file = join(dir, `${name}.html`);
    writeFileSync(file, html);
    const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('dialog', async (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      await dialog.dismiss();
    });
    page.on('request', (request) => {
      if (!request.url().startsWith('file:')) problems.push(`request: ${request.url()}`);
    });
    await page.goto(`file://${file}`);
    return { page, problems };
  }

  it('shows the demo report with every chart, no console errors, and a screenshot', async () => {
    const result = runCli([...DEMO_ARGS, '--format', 'html']);
    expect(result.code).toBe(0);
    const { page, problems } = await open(result.stdout, 'demo-report');
    const charts = await page.locator('figure.chart > svg[role="img"]').evaluateAll((svgs) =>
      svgs.map((svg) => ({ title: svg.querySelector('title')?.textContent ?? '', desc: svg.querySelector('desc')?.textContent ?? '', width: svg.getBoundingClientRect().width })),
    );
    expect(charts.map((chart) => chart.title)).toEqual([
      'Students at or above the target (28) before and after',
      'Each student before and after, by strategy',
      'Distribution of gains',
      'Effect size by classroom (d_av)',
    ]);
    for (const chart of charts) {
      expect(chart.desc.length).toBeGreaterThan(40);
      expect(chart.width).toBeGreaterThan(300);
    }
    expect(await page.locator('figure.chart figcaption').count()).toBe(4);
    expect(await page.locator('script').count()).toBe(0);
    const screenshot = join(dir, 'demo-report.png');
    await page.screenshot({ path: screenshot, fullPage: true });
    expect(statSync(screenshot).size).toBeGreaterThan(50_000);
    await page.emulateMedia({ media: 'print' });
    const pdf = join(dir, 'demo-report.pdf');
    await page.pdf({ path: pdf, format: 'Letter', printBackground: true });
    expect(statSync(pdf).size).toBeGreaterThan(20_000);
    console.log(`HTML report screenshot: ${screenshot} (print: ${pdf})`);
    expect(problems).toEqual([]);
  }, 60_000);

  it('shows hostile names as text and runs nothing', async () => {
    const { page, problems } = await open(renderReport(makeFindings(), options('html')), 'hostile');
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.locator('body').innerText()).toContain('<script>alert(1)</script>');
    expect(await page.locator('body').innerText()).toContain('=HYPERLINK("http://x","y")');
    expect(await page.locator('a').count()).toBe(0);
    expect(problems).toEqual([]);
  }, 60_000);
});
