/**
 * Writing a file so that readers see the old content or the new, never half of it: the content
 * goes to a temporary file beside the target, which is then renamed over it. The content may be
 * one string or buffer, or an iterable of string chunks (a streamed report), written in batches
 * of about 1 MB so a large report never exists as one string.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { releaseTemporary, trackTemporary } from './temporary-files.js';

const BATCH = 1 << 20;

export async function writeFileAtomic(target: string, content: string | Uint8Array | Iterable<string>): Promise<void> {
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  trackTemporary(temporary); // issue 8: Ctrl-C while writing removes it (temporary-files.ts)
  try {
    const handle = await open(temporary, 'wx');
    try {
      if (typeof content === 'string' || content instanceof Uint8Array) {
        await handle.writeFile(content);
      } else {
        let pending = '';
        for (const chunk of content) {
          pending += chunk;
          if (pending.length >= BATCH) {
            await handle.writeFile(pending);
            pending = '';
          }
        }
        if (pending !== '') await handle.writeFile(pending);
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
