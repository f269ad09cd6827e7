/**
 * impact inspect <file> — what impact detects in an export: encoding, delimiter, header row,
 * columns and their guessed roles, score parsing, non-student rows, and a command that works.
 */
import type { Command } from 'commander';
import { inspectFile } from '../../ingest/inspect.js';
import { renderInspection } from '../../ingest/render-inspection.js';
import { addReadOptions, toReadOptions, type RawOptions } from '../options.js';
import { writeOutput } from '../output.js';
import { printableLines } from '../one-line.js';

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
    const inspection = await inspectFile(file, toReadOptions([file], raw));
    const text = raw.format === 'json' ? `${JSON.stringify(inspection, null, 2)}\n` : printableLines(renderInspection(inspection));
    await writeOutput(text, undefined, [file]);
  });
}
