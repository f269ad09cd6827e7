/**
 * The commander program: registers each subcommand (one file each under ./commands) and routes
 * commander's own messages to stderr in the same one-line style as every other error.
 */
import { Command } from 'commander';
import { TOOL } from '../version.js';
import { registerReport } from './commands/report.js';
import { registerStudents } from './commands/students.js';
import { registerInspect } from './commands/inspect.js';
import { registerInit } from './commands/init.js';
import { registerImport } from './commands/import.js';
import { registerStatus } from './commands/status.js';
import { messageStyle } from './terminal.js';
import { oneLine } from './one-line.js';

/**
 * The whole program. Registering a command costs only its options and help text: each command
 * imports what its action needs when it runs (start-up, issue 7).
 */
export function buildProgram(): Command {
  const program = new Command('impact')
    .description('What impact did the strategy have on the problem? Pre/post analysis for coaching cycles.')
    .version(TOOL.version, '-V, --version')
    .showSuggestionAfterError(true)
    .addHelpText(
      'after',
      `
Examples:
  impact report pre.csv post.csv --id "Student ID" --score Score --strategy Strategy
  impact report scores.csv --id ID --pre "Pre Score" --post "Post Score" --format json
  impact inspect gradebook.csv
  impact students pre.csv post.csv --score Score --format csv --out students.csv

A coaching cycle, step by step:
  impact init fractions && cd fractions      (a wizard on a terminal; or flags with --yes)
  impact import pre ../exports/pre.csv --id "SIS User ID" --score "Fractions Check: Pre"
  impact import post ../exports/post.csv --score "Fractions Check: Post"
  impact status
  impact report`,
    );
  configure(program);
  registerReport(program);
  registerStudents(program);
  registerInspect(program);
  registerInit(program);
  registerImport(program);
  registerStatus(program);
  return program;
}

/** Settings every command shares: throw instead of exiting, errors to stderr with a hint. */
export function configure(command: Command): Command {
  const style = messageStyle(process.stderr);
  return command
    .exitOverride()
    .configureOutput({
      writeOut: (text) => process.stdout.write(text),
      writeErr: (text) => process.stderr.write(text),
      outputError: (text, write) =>
        write(`${style.error('impact:')} ${oneLine(text)}\n${style.hint('hint:')} see --help for usage and examples.\n`),
    });
}
