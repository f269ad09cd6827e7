/**
 * Writing a file so that readers see the old content or the new, never half of it: the content
 * goes to a temporary file beside the target, which is then renamed over it. The content may be
 * one string or buffer, or an iterable of string chunks (a streamed report), written in batches
 * of about 1 MB so a large report never exists as one string.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { releaseTemporary, trackTemporary } from './temporary-files.js';

const BATCH = 1 << 20;

/** Writes `buffer[0, length)` at the handle's position, however many writes that takes. */
async function writeAll(handle: FileHandle, buffer: Buffer, length: number): Promise<void> {
  for (let offset = 0; offset < length; ) offset += (await handle.write(buffer, offset, length - offset)).bytesWritten;
}

export async function writeFileAtomic(target: string, content: string | Uint8Array | Iterable<string>): Promise<void> {
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  trackTemporary(temporary); // issue 8: Ctrl-C while writing removes it (temporary-files.ts)
  try {
    const handle = await open(temporary, 'wx');
    try {
      if (typeof content === 'string' || content instanceof Uint8Array) {
        await handle.writeFile(content);
      } else {
        // Issue 7: chunks are encoded into one reused buffer, written when about 1 MB is in it, so
        // a 500 MB report leaves no large strings or buffers behind for the garbage collector.
        const buffer = Buffer.allocUnsafe(BATCH);
        let used = 0;
        for (const chunk of content) {
          // UTF-8 takes at most 3 bytes per UTF-16 code unit.
          if (used + chunk.length * 3 > buffer.length) {
            await writeAll(handle, buffer, used);
            used = 0;
            if (chunk.length * 3 > buffer.length) {
              await handle.writeFile(chunk);
              continue;
            }
          }
          used += buffer.write(chunk, used);
        }
        await writeAll(handle, buffer, used);
      }
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
