/**
 * Reading and writing `cycle.json`. Loading parses and validates (schema, then the cross-field
 * rules) and reports a bad field as one line naming the file and the field's path; saving
 * validates the same way and replaces the file atomically.
 */
import { access, mkdir, readFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { InputError, UsageError } from '../errors.js';
import { checkCycle } from './check-cycle.js';
import { CYCLE_FILE, cycleSchema, DATA_FOLDER, type Cycle } from './cycle-schema.js';
import { SchemaViolation } from './schema-kit.js';
import { writeFileAtomic } from './write-file-atomic.js';

/** `DIR/cycle.json`, as the user would type it (`cycle.json` for the current folder). */
export function cycleFilePath(dir: string): string {
  return dir === '.' || dir === '' ? CYCLE_FILE : join(dir, CYCLE_FILE);
}

/** `DIR/data`. */
export function dataFolder(dir: string): string {
  return dir === '.' || dir === '' ? DATA_FOLDER : join(dir, DATA_FOLDER);
}

/** Whether `DIR/cycle.json` exists (valid or not). */
export async function cycleExists(dir: string): Promise<boolean> {
  try {
    await access(cycleFilePath(dir));
    return true;
  } catch {
    return false;
  }
}

/** A new cycle's secret salt for pseudonyms. */
export function newSalt(): string {
  return randomBytes(16).toString('hex');
}

/** The cycle in `dir`, or null when the folder has no `cycle.json`. Bad content is an `InputError`. */
export async function findCycle(dir: string): Promise<Cycle | null> {
  const file = cycleFilePath(dir);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw new InputError(`cannot read the cycle: ${code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message}`, { file });
  }
  return parseCycle(text, file);
}

/** The cycle in `dir`; a folder without one is a usage error that says how to create it. */
export async function loadCycle(dir: string): Promise<Cycle> {
  const cycle = await findCycle(dir);
  if (cycle === null) {
    const where = dir === '.' ? 'the current folder' : dir;
    throw new UsageError(`no cycle in ${where} (${cycleFilePath(dir)} does not exist).`, `Create one with \`impact init${dir === '.' ? '' : ` ${dir}`}\`, or point at it with --cycle DIR.`);
  }
  return cycle;
}

/** `cycle.json` text → a valid cycle, or an `InputError` naming the line (bad JSON) or the field. */
export function parseCycle(text: string, file: string): Cycle {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message);
    const reason = (error as Error).message.replace(/ in JSON at position \d+.*$/, '').replace(/ \(line \d+ column \d+\)$/, '');
    if (position === null) throw new InputError(`not valid JSON (${reason})`, { file }, 'Fix the file by hand, or start again with `impact init --force`.');
    const before = text.slice(0, Number(position[1]));
    const line = before.split('\n').length;
    const column = Number(position[1]) - before.lastIndexOf('\n');
    throw new InputError(`not valid JSON: ${reason} at column ${column}`, { file, line }, 'Fix the file by hand, or start again with `impact init --force`.');
  }
  try {
    return checkCycle(cycleSchema.parse(value));
  } catch (error) {
    if (error instanceof SchemaViolation) {
      throw new InputError(error.message, { file }, 'Fix this field in cycle.json (or run the command that sets it again).');
    }
    throw error;
  }
}

/**
 * Validates and writes `DIR/cycle.json` atomically, creating `DIR` and `DIR/data` when needed.
 * `data` (a file under the folder, e.g. `data/pre.csv`, and its text) is written first, also
 * atomically, and only once the cycle is known to be valid.
 */
export async function saveCycle(dir: string, cycle: Cycle, data: ReadonlyArray<{ file: string; text: string }> = []): Promise<void> {
  let valid: Cycle;
  try {
    valid = checkCycle(cycleSchema.parse(cycle));
  } catch (error) {
    if (error instanceof SchemaViolation) throw new UsageError(`the cycle would not be valid: ${error.message}.`, 'Check the values given on the command line.');
    throw error;
  }
  await mkdir(dataFolder(dir), { recursive: true });
  for (const file of data) await writeFileAtomic(join(dir, file.file), file.text);
  await writeFileAtomic(cycleFilePath(dir), `${JSON.stringify(valid, null, 2)}\n`);
}
