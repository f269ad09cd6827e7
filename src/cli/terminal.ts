/**
 * Colour decisions in one place: colour only when the stream is a terminal, never with NO_COLOR,
 * and FORCE_COLOR=0 turns it off too. The codes themselves are in report/text/ansi.ts.
 */
import { palette } from '../report/text/ansi.js';

/** Whether output written to `stream` may carry ANSI colour. */
export function colourEnabled(stream: NodeJS.WriteStream): boolean {
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  if (process.env.FORCE_COLOR === '0') return false;
  return Boolean(stream.isTTY);
}

/** Styles for error messages on stderr. */
export function messageStyle(stream: NodeJS.WriteStream) {
  const paint = palette(colourEnabled(stream));
  return { error: paint.error, hint: paint.hint };
}
