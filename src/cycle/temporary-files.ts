/**
 * Temporary files that must not outlive an interrupted run. `writeFileAtomic` (and any streaming
 * writer) registers its temporary file while writing; if the user presses Ctrl-C (SIGINT), or the
 * process gets SIGTERM or SIGHUP, the registered files are removed before the process ends with
 * the signal's usual status. The target file is only ever created by the final rename, so an
 * interrupted run leaves neither a partial output nor a stray temporary file.
 */
import { rmSync } from 'node:fs';

const pending = new Set<string>();
const SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

function removeAndResignal(signal: NodeJS.Signals): void {
  for (const file of pending) rmSync(file, { force: true });
  pending.clear();
  uninstall();
  // Without our handlers the default action ends the process, with the status a shell expects.
  process.kill(process.pid, signal);
}

function install(): void {
  for (const signal of SIGNALS) process.on(signal, removeAndResignal);
}

function uninstall(): void {
  for (const signal of SIGNALS) process.off(signal, removeAndResignal);
}

/** Removes `file` if the process is interrupted before `release(file)`. */
export function trackTemporary(file: string): void {
  if (pending.size === 0) install();
  pending.add(file);
}

/** `file` was renamed into place or removed: an interruption no longer concerns it. */
export function releaseTemporary(file: string): void {
  pending.delete(file);
  if (pending.size === 0) uninstall();
}
