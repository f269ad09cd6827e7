import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, UsageError } from '../../src/errors.js';
import { cycleExists, findCycle, loadCycle, parseCycle, saveCycle } from '../../src/cycle/load-cycle.js';
import { sampleCycle } from './sample-cycle.js';

function temporaryFolder(): string {
  return mkdtempSync(join(tmpdir(), 'impact-cycle-'));
}

function errorOf(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}

describe('cycle.json: load and save', () => {
  it('round-trips a cycle and creates the data folder', async () => {
    const dir = join(temporaryFolder(), 'new-cycle');
    const cycle = sampleCycle();
    await saveCycle(dir, cycle);
    expect(await loadCycle(dir)).toEqual(cycle);
    expect(readdirSync(dir).sort()).toEqual(['cycle.json', 'data']);
    expect(await cycleExists(dir)).toBe(true);
  });

  it('saves atomically: no temporary file is left, and the old file is replaced whole', async () => {
    const dir = temporaryFolder();
    await saveCycle(dir, sampleCycle());
    await saveCycle(dir, { ...sampleCycle(), title: 'Second title' });
    expect(readdirSync(dir).sort()).toEqual(['cycle.json', 'data']);
    expect(JSON.parse(readFileSync(join(dir, 'cycle.json'), 'utf8')).title).toBe('Second title');
  });

  it('refuses to save an invalid cycle and leaves the old one', async () => {
    const dir = temporaryFolder();
    await saveCycle(dir, sampleCycle());
    const bad = { ...sampleCycle(), reference: 'Nobody' };
    await expect(saveCycle(dir, bad)).rejects.toThrow(UsageError);
    expect((await loadCycle(dir)).reference).toBe('Business as usual');
  });

  it('finds no cycle in an empty folder; loading one there is a usage error saying how to create it', async () => {
    const dir = temporaryFolder();
    expect(await findCycle(dir)).toBeNull();
    expect(await cycleExists(dir)).toBe(false);
    await expect(loadCycle(dir)).rejects.toThrow(/no cycle in .*cycle\.json does not exist/);
    await expect(loadCycle(dir)).rejects.toMatchObject({ exitCode: 2, hint: expect.stringContaining('impact init') });
  });

  it('names the path of a bad field and what was expected', () => {
    const value = JSON.parse(JSON.stringify(sampleCycle()));
    value.assessment.maxScore = 'forty';
    const error = errorOf(() => parseCycle(JSON.stringify(value), 'c/cycle.json'));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe('c/cycle.json: assessment.maxScore: expected a number greater than 0 or null, got the string "forty"');
  });

  it('names a bad element of a list by its index', () => {
    const value = JSON.parse(JSON.stringify(sampleCycle()));
    value.strategies[1].name = 42;
    expect(errorOf(() => parseCycle(JSON.stringify(value), 'cycle.json')).message).toBe('cycle.json: strategies[1].name: expected a non-empty string, got the number 42');
  });

  it('checks the rules between fields: an assignment names a strategy of the cycle', () => {
    const value = JSON.parse(JSON.stringify(sampleCycle()));
    value.assignments.teachers.Okafor = 'Whitebord fluency';
    expect(errorOf(() => parseCycle(JSON.stringify(value), 'cycle.json')).message).toBe(
      'cycle.json: assignments.teachers["Okafor"]: expected one of the strategies ("Whiteboard fluency", "Number talks", "Business as usual"), got "Whitebord fluency"',
    );
  });

  it('checks that the cutoff fits the maximum and that bands go up', () => {
    const value = JSON.parse(JSON.stringify(sampleCycle()));
    value.assessment.proficientAt = 41;
    expect(errorOf(() => parseCycle(JSON.stringify(value), 'cycle.json')).message).toContain('assessment.proficientAt: expected at most the maximum score (40)');
    value.assessment.proficientAt = 28;
    value.assessment.bands = [{ name: 'Far', from: 0 }, { name: 'Close', from: 0 }];
    expect(errorOf(() => parseCycle(JSON.stringify(value), 'cycle.json')).message).toContain('assessment.bands[1].from');
  });

  it('gives the line of a JSON syntax error (where the parser notices it)', () => {
    const text = JSON.stringify(sampleCycle(), null, 2).replace('"title": "Grade 5 fractions",', '"title": "Grade 5 fractions"');
    const error = errorOf(() => parseCycle(text, 'cycle.json'));
    expect(error).toBeInstanceOf(InputError);
    // The comma missing after line 3 is noticed at the start of line 4.
    expect(error.message).toMatch(/^cycle\.json:4: not valid JSON: .* at column 3$/);
  });

  it('reads a file saved with a byte-order mark', async () => {
    const dir = temporaryFolder();
    writeFileSync(join(dir, 'cycle.json'), `\uFEFF${JSON.stringify(sampleCycle())}`);
    expect((await loadCycle(dir)).title).toBe('Grade 5 fractions');
  });
});
