/**
 * src/cycle/write-file-atomic.ts: streamed content arrives byte for byte (multi-byte characters,
 * chunks larger than a batch, surrogate pairs across a split), one batch is written while the next
 * fills, never more than one write in flight, and a failure leaves neither the target nor a
 * temporary file.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { writeChunks, writeFileAtomic } from '../../src/cycle/write-file-atomic.js';

const dir = mkdtempSync(join(tmpdir(), 'impact-write-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MB = 1 << 20;

/** What `writeChunks` hands to `write`, copied (the buffers are reused). */
async function batches(chunks: Iterable<string | Uint8Array>): Promise<Buffer[]> {
  const out: Buffer[] = [];
  await writeChunks(chunks, async (bytes) => {
    out.push(Buffer.from(bytes));
  });
  return out;
}

describe('writeChunks', () => {
  it('hands on the UTF-8 of the chunks in batches of at most 1 MB, split between characters', async () => {
    const big = `${'é'.repeat(200_000)}😀${'x'.repeat(MB)}`;
    for (const chunks of [['a', '', 'b'], [big], ['ab', big, 'cd', '😀'.repeat(300_000)]]) {
      const out = await batches(chunks);
      expect(Buffer.concat(out).equals(Buffer.from(chunks.join('')))).toBe(true);
      for (const batch of out) expect(batch.length).toBeLessThanOrEqual(MB);
    }
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ unit: fc.constantFrom('a', 'é', '€', '😀', '\n', '"'), maxLength: 400_000 }), { maxLength: 6 }), async (chunks) => {
        expect(Buffer.concat(await batches(chunks)).equals(Buffer.from(chunks.join('')))).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('copies byte chunks among the strings, in batches of at most 1 MB, and may be handed the same buffer again', async () => {
    const shared = new Uint8Array(3);
    function* chunks() {
      yield 'é';
      for (const letters of ['abc', 'xyz']) {
        shared.set(Buffer.from(letters));
        yield shared; // rewritten for the next chunk, as json-records.ts does
      }
      yield Buffer.alloc(MB + 10, 0x41);
      yield '€';
    }
    const out = await batches(chunks());
    expect(Buffer.concat(out).equals(Buffer.concat([Buffer.from('éabcxyz'), Buffer.alloc(MB + 10, 0x41), Buffer.from('€')]))).toBe(true);
    for (const batch of out) expect(batch.length).toBeLessThanOrEqual(MB);
  });

  it('keeps one write in flight while the next batch fills, and no more', async () => {
    const events: string[] = [];
    let inFlight = 0;
    let most = 0;
    function* chunks() {
      for (let index = 0; index < 40; index++) {
        events.push(`chunk ${index}`);
        yield 'x'.repeat(100_000);
      }
    }
    await writeChunks(chunks(), async () => {
      inFlight++;
      most = Math.max(most, inFlight);
      events.push('write');
      await new Promise((done) => setTimeout(done, 5));
      events.push('written');
      inFlight--;
    });
    expect(most).toBe(1);
    // Chunks for the next batch are made between a write's start and its end.
    const first = events.indexOf('write');
    expect(events.slice(first + 1, events.indexOf('written')).some((event) => event.startsWith('chunk'))).toBe(true);
  });

  it('reports a failed write, and waits for a write in flight when the chunks fail', async () => {
    await expect(writeChunks(['x'.repeat(MB), 'y'.repeat(MB)], async () => Promise.reject(new Error('disk full')))).rejects.toThrow('disk full');
    let finished = false;
    function* failing() {
      yield 'x'.repeat(400_000);
      yield 'x'.repeat(400_000);
      throw new Error('bad chunk');
    }
    await expect(
      writeChunks(failing(), async () => {
        await new Promise((done) => setTimeout(done, 20));
        finished = true;
      }),
    ).rejects.toThrow('bad chunk');
    expect(finished).toBe(true);
  });
});

describe('writeFileAtomic', () => {
  it('writes a string, bytes, or chunks, replacing the file', async () => {
    const target = join(dir, 'out.json');
    writeFileSync(target, 'old');
    await writeFileAtomic(target, 'new text é');
    expect(readFileSync(target, 'utf8')).toBe('new text é');
    await writeFileAtomic(target, Buffer.from([1, 2, 3]));
    expect([...readFileSync(target)]).toEqual([1, 2, 3]);
    const chunks = Array.from({ length: 50 }, (_, index) => `${index}:${'ü'.repeat(index * 2000)}\n`);
    await writeFileAtomic(target, chunks);
    expect(readFileSync(target, 'utf8')).toBe(chunks.join(''));
  });

  it('writes beside a temporary file that only the rename turns into the target', async () => {
    const target = join(dir, 'streamed.json');
    let seen: string[] = [];
    function* chunks() {
      yield 'x'.repeat(600_000);
      yield 'y'.repeat(600_000);
      seen = readdirSync(dir).filter((name) => name.startsWith('.streamed.json.'));
      yield 'z';
    }
    await writeFileAtomic(target, chunks());
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatch(/^\.streamed\.json\.[0-9a-f]{12}\.tmp$/);
    expect(readFileSync(target, 'utf8')).toHaveLength(1_200_001);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('leaves the old file and no temporary file when the content fails', async () => {
    const target = join(dir, 'kept.json');
    writeFileSync(target, 'old');
    function* failing() {
      yield 'x'.repeat(2 * MB);
      throw new Error('render failed');
    }
    await expect(writeFileAtomic(target, failing())).rejects.toThrow('render failed');
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
