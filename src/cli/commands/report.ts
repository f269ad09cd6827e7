/**
 * impact report [files...] — analyse pre/post scores and answer the research question.
 */
import type { Command } from 'commander';
import { addAnalysisOptions, addCycleOption, addOutputOptions, addReadOptions, givenOptions, type RawOptions } from '../options.js';

const EXAMPLES = `
Examples:
  Two files (pre and post exports), matched on an ID column:
    impact report pre.csv post.csv --id "SIS User ID" --score "Unit 4 Check"
  One wide file with pre and post columns, by strategy, against business as usual:
    impact report scores.csv --id ID --pre "Pre Score" --post "Post Score" \\
      --strategy Strategy --reference "Business as usual" --max-score 40 --proficient-at 28
  For a script:
    impact report scores.csv --pre Pre --post Post --format json --out report.json
  From the cycle in this folder (after impact init and impact import pre/post):
    impact report
    impact report --cycle fractions-spring --format html --out report.html --anonymize`;

export function registerReport(program: Command): void {
  const command = program
    .command('report')
    .summary('analyse pre/post scores and answer the research question')
    .description('Match students across the pre- and post-assessment, compute growth and effect sizes per strategy, and report.')
    .argument('[files...]', 'the pre and post exports, or one wide or long file (- for stdin); none: the cycle\'s data')
    .addHelpText('after', EXAMPLES);
  addReadOptions(command);
  addAnalysisOptions(command);
  addOutputOptions(command);
  addCycleOption(command, 'with no files: the cycle folder to read (default: the current folder)');
  command.action(async (files: string[], raw: RawOptions, self: Command) => {
    // Loaded when the command runs, not when it is registered (start-up, issue 7).
    const [{ analyzeInput, writeRun }, { reportChunks }] = await Promise.all([import('../run-analysis.js'), import('../../report/render-chunks.js')]);
    await writeRun(await analyzeInput(files, raw, givenOptions(self)), reportChunks);
  });
}
