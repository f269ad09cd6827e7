/**
 * Writing a file so that readers see the old content or the new, never half of it: the content
 * goes to a temporary file beside the target, which is then renamed over it. The content may be
 * one string or buffer, or an iterable of chunks (a streamed report: strings, or bytes already
 * encoded), which `writeChunks` encodes or copies into two alternating 1 MB buffers: one is being
 * written while the next fills, so making the chunks and writing them overlap, and a large report
 * never exists as one string.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { releaseTemporary, trackTemporary } from './temporary-files.js';

const BATCH = 1 << 20;

/** UTF-8 takes at most 3 bytes per UTF-16 code unit, so this many characters always fit in a batch. */
const BATCH_CHARACTERS = Math.floor(BATCH / 3);

/**
 * Encodes `chunks` (strings, as UTF-8) or copies them (bytes) into two alternating buffers of about
 * 1 MB and hands each full one to `write`, keeping one write in flight while the other buffer
 * fills: never more than 2 MB held, and the chunks are made while the previous batch is written. A
 * chunk longer than a batch is split (a string never inside a surrogate pair). `write` must be done
 * with the bytes when its promise settles.
 */
export async function writeChunks(chunks: Iterable<string | Uint8Array>, write: (bytes: Uint8Array) => Promise<void>): Promise<void> {
  const buffers: Buffer[] = [];
  let current = 0;
  let used = 0;
  let inFlight: Promise<void> | undefined;
  const send = async () => {
    const bytes = buffers[current].subarray(0, used);
    if (inFlight) await inFlight; // the other buffer is free again
    inFlight = write(bytes);
    current ^= 1;
    used = 0;
  };
  try {
    for (const chunk of chunks) {
      if (typeof chunk !== 'string') {
        for (let start = 0; start < chunk.length; ) {
          if (used === BATCH) await send();
          buffers[current] ??= Buffer.allocUnsafe(BATCH);
          const end = Math.min(chunk.length, start + BATCH - used);
          buffers[current].set(chunk.subarray(start, end), used);
          used += end - start;
          start = end;
        }
        continue;
      }
      for (let start = 0; start < chunk.length; ) {
        let end = chunk.length;
        if ((end - start) * 3 > BATCH - used) {
          if (used > 0) await send();
          if ((end - start) * 3 > BATCH) {
            end = start + BATCH_CHARACTERS;
            if (isHighSurrogate(chunk.charCodeAt(end - 1))) end--;
          }
        }
        buffers[current] ??= Buffer.allocUnsafe(BATCH);
        used += buffers[current].write(start === 0 && end === chunk.length ? chunk : chunk.slice(start, end), used);
        start = end;
      }
    }
    if (used > 0) await send();
    await inFlight;
  } catch (error) {
    // Let a write still in flight finish before the caller closes or removes its file.
    await inFlight?.catch(() => undefined);
    throw error;
  }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Writes all of `bytes` at the handle's position, however many writes that takes. */
async function writeAll(handle: FileHandle, bytes: Uint8Array): Promise<void> {
  for (let offset = 0; offset < bytes.length; ) offset += (await handle.write(bytes, offset, bytes.length - offset)).bytesWritten;
}

export async function writeFileAtomic(target: string, content: string | Uint8Array | Iterable<string | Uint8Array>): Promise<void> {
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  trackTemporary(temporary); // issue 8: Ctrl-C while writing removes it (temporary-files.ts)
  try {
    const handle = await open(temporary, 'wx');
    try {
      if (typeof content === 'string' || content instanceof Uint8Array) await handle.writeFile(content);
      else await writeChunks(content, (bytes) => writeAll(handle, bytes));
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  } finally {
    releaseTemporary(temporary);
  }
}
