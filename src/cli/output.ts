/**
 * Writing results: stdout by default (or `-`), otherwise a file written atomically (a temporary
 * file beside it, then a rename), never over one of the input files.
 */
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { writeChunks, writeFileAtomic } from '../cycle/write-file-atomic.js';

/**
 * Writes `text` to `out` (stdout when undefined or `-`), refusing any path among `inputs`. `text`
 * may be a sequence of chunks (a streamed JSON or CSV report): they are encoded into 1 MB batches
 * and written as they come (`writeChunks`, the same for stdout and files: one batch written while
 * the next fills), so the whole output is never held in memory; a file still appears only when
 * complete (temp + rename).
 */
export async function writeOutput(text: string | Iterable<string | Uint8Array>, out: string | undefined, inputs: readonly string[]): Promise<void> {
  if (out === undefined || out === '-') {
    if (typeof text === 'string') await writeToStdout(text);
    else await writeChunks(text, writeToStdout);
    return;
  }
  const target = resolve(out);
  for (const input of inputs) {
    if (input !== '-' && samePath(resolve(input), target)) {
      throw new UsageError(`--out ${out} is one of the input files; impact never writes over its input.`, 'Choose another output path.');
    }
  }
  try {
    await writeFileAtomic(target, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR' || code === 'ENOTDIR' || code === 'EPERM') {
      throw new UsageError(`cannot write ${out}: ${code === 'ENOENT' ? 'its folder does not exist' : code === 'EISDIR' ? 'it is a folder' : 'permission denied'}.`, 'Check the --out path.');
    }
    throw error;
  }
}

/** Whether two absolute paths name the same file (following links when the files exist). */
function samePath(a: string, b: string): boolean {
  if (a === b) return true;
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

/**
 * Writes to stdout and settles once the stream is done with `data` (written, or handed to the
 * operating system): waiting for it keeps memory bounded however slowly the reader reads.
 */
function writeToStdout(data: string | Uint8Array): Promise<void> {
  if (data.length === 0) return Promise.resolve();
  return new Promise<void>((done, fail) => {
    process.stdout.write(data, (error) => (error ? fail(error) : done()));
  });
}
