/**
 * Entry point: builds the program, runs it, and is the one place errors become exit codes.
 * Data goes to stdout, messages to stderr; a stack trace only with --verbose.
 */
import { CommanderError } from 'commander';
import { ImpactError } from '../errors.js';
import { buildProgram } from './program.js';
import { messageStyle } from './terminal.js';
import { oneLine } from './one-line.js';

/** Runs `impact` with the given arguments (without `node` and the script) and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  // A reader that stops early (`impact --help | head`) is not an error: stop quietly.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(0);
  });
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    return reportError(error, argv.includes('--verbose'));
  }
}

function reportError(error: unknown, verbose: boolean): number {
  const style = messageStyle(process.stderr);
  if (error instanceof CommanderError) {
    // Help and version output are not errors; commander already printed everything else.
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
    return 2;
  }
  if (error instanceof ImpactError) {
    process.stderr.write(`${style.error('impact: error:')} ${oneLine(error.message)}\n`);
    if (error.hint) process.stderr.write(`${style.hint('hint:')} ${oneLine(error.hint)}\n`);
    if (verbose && error.stack) process.stderr.write(`${error.stack}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`${style.error('impact: internal error:')} ${oneLine(message)}\n`);
  process.stderr.write(
    verbose && error instanceof Error && error.stack
      ? `${error.stack}\n`
      : `${style.hint('hint:')} this is a bug in impact; run again with --verbose and report the output.\n`,
  );
  return 70;
}
