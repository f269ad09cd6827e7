/**
 * impact students [files...] — the per-student table: growth, flags, next steps.
 */
import type { Command } from 'commander';
import { addAnalysisOptions, addCycleOption, addOutputOptions, addReadOptions, givenOptions, type RawOptions } from '../options.js';

const EXAMPLES = `
Examples:
  impact students pre.csv post.csv --id "Student ID" --score Score --max-score 40
  impact students scores.csv --pre Pre --post Post --format csv --out students.csv
  impact students --cycle fractions-spring --format csv    (the cycle's imported data)`;

export function registerStudents(program: Command): void {
  const command = program
    .command('students')
    .summary('per-student growth, flags and next steps')
    .description('One row per student: pre, post, gain, normalized change, individual effect size and flag.')
    .argument('[files...]', 'the pre and post exports, or one wide or long file (- for stdin); none: the cycle\'s data')
    .addHelpText('after', EXAMPLES);
  addReadOptions(command);
  addAnalysisOptions(command);
  addOutputOptions(command);
  addCycleOption(command, 'with no files: the cycle folder to read (default: the current folder)');
  command.action(async (files: string[], raw: RawOptions, self: Command) => {
    // Loaded when the command runs, not when it is registered (start-up, issue 7).
    const [{ analyzeInput, writeRun }, { studentsChunks }] = await Promise.all([import('../run-analysis.js'), import('../../report/render-chunks.js')]);
    await writeRun(await analyzeInput(files, raw, givenOptions(self)), studentsChunks);
  });
}
