/**
 * impact status [--cycle DIR] — what the cycle has, what it still lacks, and the next command.
 */
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { Option, type Command } from 'commander';
import type { Side } from '../../cycle/cycle-schema.js';
import { addCycleOption } from '../options.js';

const EXAMPLES = `
Examples:
  impact status
  impact status --cycle fractions-spring --format json`;

async function exists(path: string): Promise<boolean> {
  return access(path).then(() => true, () => false);
}

export function registerStatus(program: Command): void {
  const command = program
    .command('status')
    .summary('what the cycle has, what it lacks, and the next command to run')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--verbose', 'show stack traces for errors')
    .addHelpText('after', EXAMPLES);
  addCycleOption(command);
  command.action(async (raw: { cycle?: string; format: 'text' | 'json' }) => {
    // Loaded when the command runs, not when it is registered (start-up, issue 7).
    const [{ SIDES }, { cycleFilePath, findCycle }, { collectStatus, renderStatus }, { writeOutput }] = await Promise.all([
      import('../../cycle/cycle-schema.js'),
      import('../../cycle/load-cycle.js'),
      import('../../cycle/status.js'),
      import('../output.js'),
    ]);
    const dir = raw.cycle ?? '.';
    const cycle = await findCycle(dir);
    const present = {} as Record<Side, boolean>;
    for (const side of SIDES) present[side] = cycle?.imports[side] != null && (await exists(join(dir, cycle.imports[side].file)));
    const status = collectStatus(cycle, dir, cycleFilePath(dir), present);
    await writeOutput(raw.format === 'json' ? `${JSON.stringify(status, null, 2)}\n` : renderStatus(status), undefined, []);
  });
}
