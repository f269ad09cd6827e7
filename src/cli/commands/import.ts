/**
 * impact import pre|post FILE [--cycle DIR] — read one side of an export with the cycle's saved
 * reading settings (flags given here override them and are saved), write the normalised rows to
 * DIR/data/SIDE.csv (replacing the old file atomically), record the import, print what was read.
 */
import { resolve } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import type { Side } from '../../cycle/cycle-schema.js';
import type { GivenReading } from '../../cycle/reading.js';
import { addCycleOption, addReadOptions, givenOptions, toReadOptions, type RawOptions } from '../options.js';

const EXAMPLES = `
Examples:
  impact import pre exports/pre.csv --id "SIS User ID" --score "Fractions Check: Pre" --teacher Teacher
  impact import post exports/post.csv --score "Fractions Check: Post"     (the rest is remembered)
  impact import pre scores.csv --pre "Pre Score" --cycle fractions-spring  (one wide file: import it twice)
  impact import post map.csv --window TermName --pre "Fall 2025-2026" --post "Winter 2025-2026" --score TestRITScore`;

function parseSide(raw: string): Side {
  if (raw === 'pre' || raw === 'post') return raw;
  throw new InvalidArgumentError(`expected pre or post, got "${raw}".`);
}

export function registerImport(program: Command): void {
  const command = program
    .command('import')
    .summary('normalise a pre or post export into the cycle folder')
    .description('Read one side of an export with the cycle\'s saved reading settings (flags given here override them and are saved), and write its students to data/pre.csv or data/post.csv. --score names this side\'s score column.')
    .argument('<side>', 'pre or post', parseSide)
    .argument('<file>', 'the export (- for stdin)')
    .addHelpText('after', EXAMPLES);
  addReadOptions(command);
  addCycleOption(command);
  command.option('--verbose', 'show stack traces for errors');
  command.action(async (side: Side, file: string, raw: RawOptions, self: Command) => {
    // Loaded when the command runs, not when it is registered (start-up, issue 7).
    const [{ loadCycle, saveCycle }, { dataFileName, excludedFileName }, { sideSelection, updateReading }, { recordImport }, { cycleFlag }, { writeOutput }, { readSide }, { printableLines }] =
      await Promise.all([
        import('../../cycle/load-cycle.js'),
        import('../../cycle/normalised-data.js'),
        import('../../cycle/reading.js'),
        import('../../cycle/record-import.js'),
        import('../../cycle/status.js'),
        import('../output.js'),
        import('../../ingest/read-side.js'),
        import('../one-line.js'),
      ]);
    const dir = raw.cycle ?? '.';
    const cycle = await loadCycle(dir);
    const givenKeys = givenOptions(self);
    // --max-field-size is a limit for this read, not a reading setting to save in the cycle.
    const read = toReadOptions([file], raw);
    const given = Object.fromEntries(Object.entries(read).filter(([key]) => givenKeys.has(key) && key !== 'maxFieldSize')) as GivenReading;
    const other = cycle.imports[side === 'pre' ? 'post' : 'pre'];
    const reading = updateReading(cycle.reading, given, side, other !== null && resolve(other.source) === resolve(file));
    const selection = sideSelection(reading, side);
    // The cycle saves --score as this side's score column; messages name the flag that was typed.
    if (given.score !== undefined) selection.scoreFlag = '--score';
    const data = await readSide(file, reading, side, selection, { maxFieldSize: raw.maxFieldSize, progress: read.progress });
    const result = recordImport({ ...cycle, reading }, side, file, data, new Date().toISOString());
    await saveCycle(dir, result.cycle, [
      { file: dataFileName(side), text: result.csv },
      { file: excludedFileName(side), text: result.excludedCsv },
    ]);
    const where = cycleFlag(dir);
    const next = other === null ? `impact import ${side === 'pre' ? 'post' : 'pre'} FILE${where}` : `impact report${where}`;
    await writeOutput(printableLines(`${[...result.summary, `Next: ${next}`].join('\n')}\n`), undefined, []);
  });
}
