/**
 * Issue 8, files: an interrupted run leaves no partial output and no temporary file; an output
 * path equal to an input (or to the cycle's own files) is refused; inputs are never changed.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-cli.js';
import { BIN, isOneLineError, runCliAsync } from './run-cli-async.js';

let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'impact-files-'));
  const rows = ['ID,Name,Pre,Post'];
  for (let id = 1; id <= 200_000; id++) rows.push(`${id},Student ${id},${10 + (id % 20)},${12 + (id % 23)}`);
  writeFileSync(join(work, 'big.csv'), `${rows.join('\n')}\n`);
  cpSync(join(ROOT, 'fixtures/bad/hostile-names.csv'), join(work, 'small.csv'));
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs `impact` and sends SIGINT as soon as its temporary output file appears in `dir`. */
function interruptWhileWriting(args: string[], dir: string): Promise<{ code: number | null; signal: NodeJS.Signals | null; sawTemporary: boolean }> {
  return new Promise((resolve, reject) => {
    let sawTemporary = false;
    const child = spawn(process.execPath, [BIN, ...args], { cwd: work, stdio: 'ignore', env: { ...process.env, NO_COLOR: '1' } });
    const watcher = watch(dir, (_event, name) => {
      if (!sawTemporary && name !== null && name.endsWith('.tmp')) {
        sawTemporary = true;
        child.kill('SIGINT');
      }
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      watcher.close();
      resolve({ code, signal, sawTemporary });
    });
  });
}

describe('an interrupted run', () => {
  it('leaves no partial output and no temporary file (SIGINT while writing --out)', async () => {
    let interrupted = 0;
    for (let attempt = 0; attempt < 3 && interrupted === 0; attempt++) {
      const dir = join(work, `out-${attempt}`);
      mkdirSync(dir);
      const result = await interruptWhileWriting(['students', 'big.csv', '--pre', 'Pre', '--post', 'Post', '--format', 'json', '--out', join(dir, 'students.json')], dir);
      const left = readdirSync(dir);
      expect(left.filter((name) => name.endsWith('.tmp'))).toEqual([]);
      if (result.signal === 'SIGINT') {
        interrupted++;
        expect(left).toEqual([]);
      } else {
        // The write finished before the signal landed: then the output is whole.
        expect(result.code).toBe(0);
        expect(() => JSON.parse(readFileSync(join(dir, 'students.json'), 'utf8'))).not.toThrow();
      }
    }
    expect(interrupted).toBeGreaterThan(0);
  }, 60_000);

  it('an interrupted import leaves the cycle as it was', async () => {
    const cycle = join(work, 'cycle');
    expect((await runCliAsync(['init', cycle, '--yes', '--title', 'T', '--problem', 'P', '--strategy', 'A'])).code).toBe(0);
    const before = readFileSync(join(cycle, 'cycle.json'), 'utf8');
    const result = await interruptWhileWriting(['import', 'pre', 'big.csv', '--cycle', cycle, '--score', 'Pre'], join(cycle, 'data'));
    const left = readdirSync(join(cycle, 'data'));
    expect(left.filter((name) => name.endsWith('.tmp'))).toEqual([]);
    if (result.signal === 'SIGINT') {
      expect(left).toEqual([]);
      expect(readFileSync(join(cycle, 'cycle.json'), 'utf8')).toBe(before);
    }
  }, 60_000);
});

describe('outputs never replace inputs', () => {
  it.each([
    ['the input itself', (dir: string) => join(dir, 'small.csv')],
    ['the input by another spelling', (dir: string) => join(dir, 'sub', '..', 'small.csv')],
    ['a link to the input', (dir: string) => join(dir, 'link.csv')],
  ])('--out %s is refused with exit 2', async (_what, out) => {
    mkdirSync(join(work, 'sub'), { recursive: true });
    try {
      symlinkSync(join(work, 'small.csv'), join(work, 'link.csv'));
    } catch {
      // already there from an earlier case
    }
    const before = readFileSync(join(work, 'small.csv'));
    for (const command of ['report', 'students']) {
      const result = await runCliAsync([command, 'small.csv', '--pre', 'Pre', '--post', 'Post', '--format', 'csv', '--out', out(work)], { cwd: work });
      expect(result.code).toBe(2);
      expect(isOneLineError(result.stderr), result.stderr).toBe(true);
      expect(result.stderr).toMatch(/is one of the input files; impact never writes over its input/);
    }
    expect(readFileSync(join(work, 'small.csv'))).toEqual(before);
  });

  it('--out cannot replace the cycle\'s data or cycle.json', async () => {
    const cycle = join(work, 'cycle-out');
    expect((await runCliAsync(['init', cycle, '--yes', '--title', 'T', '--problem', 'P', '--strategy', 'A'])).code).toBe(0);
    expect((await runCliAsync(['import', 'pre', 'small.csv', '--cycle', cycle, '--score', 'Pre'], { cwd: work })).code).toBe(0);
    expect((await runCliAsync(['import', 'post', 'small.csv', '--cycle', cycle, '--score', 'Post'], { cwd: work })).code).toBe(0);
    for (const target of ['cycle.json', 'data/pre.csv', 'data/post.csv']) {
      const before = readFileSync(join(cycle, target), 'utf8');
      const result = await runCliAsync(['report', '--cycle', cycle, '--format', 'json', '--out', join(cycle, target)], { cwd: work });
      expect(result.code, result.stderr).toBe(2);
      expect(readFileSync(join(cycle, target), 'utf8')).toBe(before);
    }
  }, 60_000);

  it('reading never changes an input file (content and modification time)', async () => {
    const file = join(work, 'small.csv');
    const before = { text: readFileSync(file), mtime: statSync(file).mtimeMs };
    for (const args of [['report', file, '--pre', 'Pre', '--post', 'Post'], ['students', file, '--pre', 'Pre', '--post', 'Post'], ['inspect', file]]) {
      expect((await runCliAsync(args)).code).toBe(0);
    }
    expect(readFileSync(file)).toEqual(before.text);
    expect(statSync(file).mtimeMs).toBe(before.mtime);
  });

  it('only write-file-atomic.ts opens files for writing (a source audit)', () => {
    const writers: string[] = [];
    const visit = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) visit(path);
        else if (/\b(writeFile|writeFileSync|appendFile|appendFileSync|createWriteStream|openSync)\s*\(|\bopen\([^)]*['"](w|a|r\+)/.test(readFileSync(path, 'utf8'))) writers.push(path.slice(ROOT.length));
      }
    };
    visit(join(ROOT, 'src'));
    // New writers must write atomically (a new temporary file, 'wx', then a rename) and refuse inputs.
    expect(writers.filter((path) => !/(write-file-atomic|cli[\\/]output)\.ts$/.test(path))).toEqual([]);
    for (const path of writers) expect(readFileSync(join(ROOT, path), 'utf8')).toMatch(/'wx'/);
  });
});

describe('limits', () => {
  it('--max-field-size lets a file with long cells through, and rejects a bad size', async () => {
    const long = join(work, 'long-cell.csv');
    writeFileSync(long, `ID,Name,Pre,Post\n1,${'x'.repeat(2 * 1024 * 1024)},10,14\n2,B,12,15\n`);
    const refused = await runCliAsync(['report', long, '--pre', 'Pre', '--post', 'Post']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/long-cell\.csv:2, column "Name": the cell is 2\.0 MB long, over the 1\.0 MB limit[\s\S]*--max-field-size/);
    const allowed = await runCliAsync(['report', long, '--pre', 'Pre', '--post', 'Post', '--max-field-size', '4MB', '--format', 'json']);
    expect(allowed.code, allowed.stderr).toBe(0);
    expect(JSON.parse(allowed.stdout).ledger.rowsRead).toBe(2);
    const bad = await runCliAsync(['report', long, '--pre', 'Pre', '--post', 'Post', '--max-field-size', 'lots']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/"lots" is not a size/);
  }, 60_000);

  it('a file that is not there, or is a folder, is exit 1 with one line', async () => {
    for (const file of [join(work, 'missing.csv'), work]) {
      const result = await runCliAsync(['report', file, '--pre', 'Pre', '--post', 'Post']);
      expect(result.code).toBe(1);
      expect(isOneLineError(result.stderr), result.stderr).toBe(true);
    }
  });

  it('a file over 2 GB is exit 1 with one line, not a crash', async () => {
    const huge = join(work, 'sparse.csv');
    writeFileSync(huge, '');
    const { truncateSync } = await import('node:fs');
    truncateSync(huge, 3 * 1024 ** 3); // sparse: no disk used
    const result = await runCliAsync(['inspect', huge]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/the file is too large to read/);
  });
});
