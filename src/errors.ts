/**
 * The one error family of `impact`. Every layer throws these; only `src/cli/main.ts` catches them,
 * prints one line (plus a hint) to stderr and turns them into an exit code. Nothing else calls
 * `process.exit`.
 *
 * Exit codes (DESIGN.md): 1 bad input data, 2 usage error, 3 a requested figure could not be
 * computed. Anything else that escapes is a bug and exits 70 with a request to report it.
 */
export abstract class ImpactError extends Error {
  abstract readonly exitCode: number;
  /** One short sentence telling the user what to do next. */
  readonly hint: string | undefined;

  constructor(message: string, hint?: string) {
    super(message);
    this.name = new.target.name;
    this.hint = hint;
  }
}

/** Where in an input file a problem is: 1-based line, and the column's header (or number). */
export interface InputLocation {
  file: string;
  line?: number;
  column?: string;
}

/** Bad input data: the message names the file, line and column. Exit code 1. */
export class InputError extends ImpactError {
  readonly exitCode = 1;
  readonly location: InputLocation | undefined;

  constructor(message: string, location?: InputLocation, hint?: string) {
    super(location ? `${formatLocation(location)}: ${message}` : message, hint);
    this.location = location;
  }
}

/** The command line asks for something impossible or unknown. Exit code 2. */
export class UsageError extends ImpactError {
  readonly exitCode = 2;
}

/** The analysis ran but a figure the user explicitly asked for cannot be computed. Exit code 3. */
export class UncomputableError extends ImpactError {
  readonly exitCode = 3;
}

/** `file:line, column "Score"` — the prefix every input error starts with. */
export function formatLocation(location: InputLocation): string {
  let text = location.file;
  if (location.line !== undefined) text += `:${location.line}`;
  if (location.column !== undefined) text += `, column "${location.column}"`;
  return text;
}
