/**
 * The progress line for large inputs (issue 7): on stderr, only when stderr is a terminal, only
 * for files of at least 50 MB, and never when the output itself goes to a terminal stdout (the
 * two would mix). It is redrawn in place at most four times a second while a file is read, then
 * names each later long step of the run, and is erased at the end, so nothing of it is left in
 * the scrollback:
 *
 *   impact: reading district.csv: 412,000 rows (41%), 180,000 rows/s, about 3 s left
 *   impact: matching 1,000,000 rows…
 *   impact: analysing 995,009 students…
 *   impact: writing report.json…
 */
import type { ReadProgress } from '../ingest/read-progress.js';

/** Files smaller than this (in characters) are read without a progress line. */
export const PROGRESS_MIN_CHARS = 50_000_000;
const REDRAW_MS = 250;

/** Where a file's reading stands, for `formatProgress`. */
export interface ProgressState {
  label: string;
  rows: number;
  /** 0 … 1: how much of the file's text is read. */
  fraction: number;
  /** Seconds since the file's data records started. */
  elapsedSeconds: number;
}

/** The progress line's text: rows read, share of the file, rate, and the time left once known. */
export function formatProgress(state: ProgressState): string {
  const parts = [`${state.rows.toLocaleString('en')} rows (${Math.floor(state.fraction * 100)}%)`];
  if (state.elapsedSeconds > 0 && state.rows > 0) {
    parts.push(`${Math.round(state.rows / state.elapsedSeconds).toLocaleString('en')} rows/s`);
    if (state.fraction > 0 && state.fraction < 1) parts.push(`about ${timeLeft((state.elapsedSeconds * (1 - state.fraction)) / state.fraction)} left`);
  }
  return `impact: reading ${state.label}: ${parts.join(', ')}`;
}

function timeLeft(seconds: number): string {
  if (seconds < 60) return `${Math.max(1, Math.ceil(seconds))} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${Math.ceil(seconds - minutes * 60)} s`;
}

/** The line drawn on a terminal stream. `now` (milliseconds) is injectable for tests. */
export class TerminalProgress implements ReadProgress {
  private readonly started = new Map<string, number>();
  private lastDrawn = -Infinity;
  private drawn = false;
  /** Whether a file large enough for the line was read: only then are later stages shown. */
  private large = false;

  constructor(
    private readonly stream: Pick<NodeJS.WriteStream, 'write' | 'isTTY'>,
    private readonly now: () => number = () => performance.now(),
  ) {}

  reading(label: string, rows: number, read: number, total: number): void {
    if (total < PROGRESS_MIN_CHARS || !this.stream.isTTY) return;
    this.large = true;
    const now = this.now();
    if (!this.started.has(label)) this.started.set(label, now);
    if (now - this.lastDrawn < REDRAW_MS) return;
    this.lastDrawn = now;
    const state = { label, rows, fraction: total === 0 ? 1 : read / total, elapsedSeconds: (now - (this.started.get(label) ?? now)) / 1000 };
    this.stream.write(`\r${formatProgress(state)}\u001B[K`);
    this.drawn = true;
  }

  finished(label: string): void {
    this.started.delete(label);
    this.erase();
  }

  /** After a large file was read: `impact: matching 1,000,000 rows…`, until the next line or the end. */
  stage(text: string): void {
    if (!this.large) return;
    this.stream.write(`\r${formatStage(text)}\u001B[K`);
    this.drawn = true;
  }

  end(): void {
    this.erase();
  }

  private erase(): void {
    if (!this.drawn) return;
    this.stream.write('\r\u001B[K');
    this.drawn = false;
    this.lastDrawn = -Infinity;
  }
}

/** A stage's line: `impact: analysing 995,009 students…`. */
export function formatStage(text: string): string {
  return `impact: ${text}…`;
}

/**
 * The progress listener for a command writing to `out` (undefined or `-`: stdout), or undefined
 * when there must be no progress line: stderr is not a terminal, or the output goes to one.
 */
export function progressFor(out: string | undefined, streams: { stdout: { isTTY?: boolean }; stderr: NodeJS.WriteStream } = process): ReadProgress | undefined {
  if (!streams.stderr.isTTY) return undefined;
  if ((out === undefined || out === '-') && streams.stdout.isTTY) return undefined;
  return new TerminalProgress(streams.stderr);
}
