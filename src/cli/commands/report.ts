/**
 * impact report [files...] — analyse pre/post scores and answer the research question.
 */
import type { Command } from 'commander';
import { registerAnalysisCommand } from './analysis-command.js';

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
  registerAnalysisCommand(program, {
    name: 'report',
    summary: 'analyse pre/post scores and answer the research question',
    description: 'Match students across the pre- and post-assessment, compute growth and effect sizes per strategy, and report.',
    examples: EXAMPLES,
    renderer: 'reportChunks',
  });
}
