/**
 * impact inspect <file> — what impact detects in an export: encoding, delimiter, header row,
 * columns and their guessed roles, score parsing, non-student rows, and a command that works.
 */
import type { Command } from 'commander';
import { addReadOptions, toReadOptions, type RawOptions } from '../options.js';

const EXAMPLES = `
Examples:
  impact inspect gradebook.csv
  impact inspect map_export.csv --format json
  impact inspect scores.csv --encoding windows-1252 --delimiter ";"`;

export function registerInspect(program: Command): void {
  const command = program
    .command('inspect')
    .summary('show what impact detects in an export, and a report command that works')
    .argument('<file>', 'the export to look at (- for stdin)')
    .option('--format <format>', 'text or json', 'text')
    .addHelpText('after', EXAMPLES);
  addReadOptions(command);
  command.action(async (file: string, raw: RawOptions & { format: string }) => {
    // Loaded when the command runs, not when it is registered (start-up, issue 7).
    const [{ inspectFile }, { renderInspection }, { writeOutput }, { printableLines }] = await Promise.all([
      import('../../ingest/inspect.js'),
      import('../../ingest/render-inspection.js'),
      import('../output.js'),
      import('../one-line.js'),
    ]);
    const inspection = await inspectFile(file, toReadOptions([file], raw));
    const text = raw.format === 'json' ? `${JSON.stringify(inspection, null, 2)}\n` : printableLines(renderInspection(inspection));
    await writeOutput(text, undefined, [file]);
  });
}
