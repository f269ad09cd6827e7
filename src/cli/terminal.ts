/**
 * Colour decisions in one place: colour only when the stream is a terminal, never with NO_COLOR,
 * and FORCE_COLOR=0 turns it off too.
 */
import { Chalk } from 'chalk';

/** Whether output written to `stream` may carry ANSI colour. */
export function colourEnabled(stream: NodeJS.WriteStream): boolean {
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  if (process.env.FORCE_COLOR === '0') return false;
  return Boolean(stream.isTTY);
}

/** A chalk instance with colour on or off for `stream`. */
export function chalkFor(stream: NodeJS.WriteStream) {
  return new Chalk({ level: colourEnabled(stream) ? 1 : 0 });
}

/** Styles for error messages on stderr. */
export function messageStyle(stream: NodeJS.WriteStream) {
  const chalk = chalkFor(stream);
  return { error: (text: string) => chalk.red.bold(text), hint: (text: string) => chalk.yellow(text) };
}
