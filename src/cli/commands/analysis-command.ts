/**
 * The shape `report` and `students` share: export files (or the cycle's data) in, the read,
 * analysis and output options, and one action — analyse, then render with the command's own
 * renderer and write. Each command file keeps only its words and examples.
 */
import type { Command } from 'commander';
import { addAnalysisOptions, addCycleOption, addOutputOptions, addReadOptions, givenOptions, type RawOptions } from '../options.js';

export interface AnalysisCommand {
  name: string;
  summary: string;
  description: string;
  examples: string;
  /** Which renderer of src/report/render-chunks.ts writes the output. */
  renderer: 'reportChunks' | 'studentsChunks';
}

export function registerAnalysisCommand(program: Command, spec: AnalysisCommand): void {
  const command = program
    .command(spec.name)
    .summary(spec.summary)
    .description(spec.description)
    .argument('[files...]', 'the pre and post exports, or one wide or long file (- for stdin); none: the cycle\'s data')
    .addHelpText('after', spec.examples);
  addReadOptions(command);
  addAnalysisOptions(command);
  addOutputOptions(command);
  addCycleOption(command, 'with no files: the cycle folder to read (default: the current folder)');
  command.action(async (files: string[], raw: RawOptions, self: Command) => {
    // Loaded when the command runs, not when it is registered (start-up, issue 7).
    const [{ analyzeInput, writeRun }, renderers] = await Promise.all([import('../run-analysis.js'), import('../../report/render-chunks.js')]);
    await writeRun(await analyzeInput(files, raw, givenOptions(self)), renderers[spec.renderer]);
  });
}
