/**
 * Issue 8: every file of the bad-input corpus through `report`, `students`, `inspect` and `import`
 * of the built CLI. Each answers with its expected exit code: 0 with a clean stderr, or one line
 * naming the file (and line and column) plus a hint — never a stack trace, never exit 70.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS, CORPUS, corpusPath, expected, largeFixtures, type Command, type CorpusCase } from './corpus.js';
import { isOneLineError, runCliAsync } from './run-cli-async.js';

let large: ReturnType<typeof largeFixtures>;
let work: string;
let template: string;

beforeAll(async () => {
  large = largeFixtures();
  work = mkdtempSync(join(tmpdir(), 'impact-corpus-run-'));
  template = join(work, 'template');
  const init = await runCliAsync(['init', template, '--yes', '--title', 'Corpus', '--problem', 'hostile input', '--strategy', 'A']);
  expect(init.code).toBe(0);
}, 60_000);

afterAll(() => {
  large?.dispose();
  if (work !== undefined) rmSync(work, { recursive: true, force: true });
});

let cycles = 0;
function args(command: Command, file: string): string[] {
  switch (command) {
    case 'report':
    case 'students':
      return [command, file, '--pre', 'Pre', '--post', 'Post'];
    case 'inspect':
      return ['inspect', file];
    case 'import': {
      const cycle = join(work, `cycle-${++cycles}`);
      cpSync(template, cycle, { recursive: true });
      return ['import', 'pre', file, '--cycle', cycle, '--score', 'Pre'];
    }
  }
}

describe.concurrent.each(CORPUS)('$name ($file)', (item: CorpusCase) => {
  it.each(COMMANDS.map((command) => [command, ...expected(item, command)] as const))('%s exits %d', async (command, code, message) => {
    const result = await runCliAsync(args(command, corpusPath(item, large.dir)));
    expect(result.code, result.stderr).toBe(code);
    expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
    if (message === null) {
      expect(result.stderr, result.stderr).not.toMatch(/^impact: error/m);
      if (command === 'report' && item.reportSays !== undefined) expect(result.stdout).toMatch(item.reportSays);
    } else {
      expect(isOneLineError(result.stderr), result.stderr).toBe(true);
      expect(result.stderr.split('\n')[0]).toMatch(message);
      expect(result.stdout).toBe('');
    }
  }, 60_000);
});
