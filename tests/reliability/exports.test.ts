/**
 * Issue 8, exports: on every readable file of the bad-input corpus, CSV output has no live formula,
 * HTML output has no live markup from the input, and `--anonymize` prints no name or ID from it.
 * In-process (the same read → analyse → render functions the CLI calls), every format.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { readCohort } from '../../src/ingest/read-cohort.js';
import type { ReadOptions } from '../../src/ingest/types.js';
import { renderReport } from '../../src/report/render.js';
import { renderStudents } from '../../src/report/students.js';
import { options, FORMATS } from '../report/options.js';
import { CORPUS, corpusPath, expected, largeFixtures, PRIVATE_STRINGS } from './corpus.js';
import type { Findings } from '../../src/analysis/findings.js';
import { LIVE_HTML, liveFormula, parseCsv } from './safety-checks.js';

let large: ReturnType<typeof largeFixtures>;
beforeAll(() => {
  large = largeFixtures();
}, 60_000);
afterAll(() => large?.dispose());

/** Every corpus file that reads, with the flags that get the failing ones through too. */
const READABLE = CORPUS.filter((item) => !item.large && (expected(item, 'report')[0] === 0 || /score|repeated|duplicate-ids/.test(item.file)));

async function findingsOf(file: string): Promise<Findings> {
  const read: ReadOptions = { files: [file], pre: 'Pre', post: 'Post', unparseable: 'skip', duplicates: 'last' };
  return analyze(await readCohort(read), { effectSize: 'dav', benchmark: 'hattie', maxScore: null, proficientAt: null, reference: null });
}

describe.each(READABLE)('$name ($file)', (item) => {
  it('CSV output defuses every formula cell', async () => {
    const findings = await findingsOf(corpusPath(item, large.dir));
    for (const render of [renderReport, renderStudents]) {
      for (const excel of [false, true]) {
        const cells = parseCsv(render(findings, options('csv', { excel }))).flat();
        expect(cells.filter(liveFormula)).toEqual([]);
      }
    }
  });

  it('HTML output escapes the input', async () => {
    const findings = await findingsOf(corpusPath(item, large.dir));
    for (const render of [renderReport, renderStudents]) {
      const html = render(findings, options('html'));
      expect(html).not.toMatch(LIVE_HTML);
    }
  });

  it('--anonymize prints no name or ID, in any format', async () => {
    const findings = await findingsOf(corpusPath(item, large.dir));
    const ids = findings.students.text('id').filter((id) => id.length >= 3);
    for (const format of FORMATS) {
      for (const render of [renderReport, renderStudents]) {
        const text = render(findings, options(format, { anonymize: true }));
        const leaked = [...PRIVATE_STRINGS, ...ids].filter((secret) => text.includes(secret) || text.includes(secret.replace(/[<>&"']/g, '')));
        expect(leaked, `${format}`).toEqual([]);
      }
    }
  });
});

it('the hostile file really is hostile (the checks above would catch a regression)', async () => {
  const findings = await findingsOf(corpusPath(CORPUS.find((item) => item.file === 'hostile-names.csv')!, ''));
  const plain = renderStudents(findings, options('csv'));
  expect(plain).toContain("'=HYPERLINK");
  expect(plain).toContain('ZX7701');
  expect(renderStudents(findings, options('html'))).toContain('&lt;script&gt;');
});
