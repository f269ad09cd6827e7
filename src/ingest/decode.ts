/**
 * Bytes → text. Reads a file or stdin (`-`), then decodes: a BOM decides (UTF-8, UTF-16 LE/BE);
 * without one, valid UTF-8 is UTF-8, text with NULs in every other byte is UTF-16, and anything
 * else is Windows-1252 (with a notice, since Excel on Windows saves CSV that way).
 * `--encoding` overrides all of this.
 */
import { readFile } from 'node:fs/promises';
import { isUtf8 } from 'node:buffer';
import { createRequire } from 'node:module';
import { InputError, UsageError } from '../errors.js';
import type { IngestNotice } from './types.js';
import { tooLargeError } from './input-limits.js';

/** iconv-lite, loaded the first time a file is not plain UTF-8 (start-up, issue 7). */
let iconvModule: typeof import('iconv-lite') | null = null;
function iconv(): typeof import('iconv-lite') {
  iconvModule ??= createRequire(import.meta.url)('iconv-lite') as typeof import('iconv-lite');
  return iconvModule;
}

export interface DecodedText {
  text: string;
  /** `utf-8`, `utf-16le`, `utf-16be`, `windows-1252`, or the `--encoding` given. */
  encoding: string;
  bom: boolean;
  notices: IngestNotice[];
}

/** The name a file is shown under: `-` is stdin. */
export function displayName(file: string): string {
  return file === '-' ? 'stdin' : file;
}

export async function readBytes(file: string): Promise<Buffer> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const tooLarge = tooLargeError(error, file); // issue 8: over 2 GB
    if (tooLarge !== null) throw tooLarge;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'this is a folder, not a file' : code === 'EACCES' ? 'permission denied' : String((error as Error).message);
    throw new InputError(`cannot read the file: ${reason}`, { file }, 'Check the path; use - to read from stdin.');
  }
}

export function decodeBytes(bytes: Buffer, file: string, encoding?: string): DecodedText {
  if (encoding !== undefined && encoding !== '') {
    if (!iconv().encodingExists(encoding)) {
      throw new UsageError(`--encoding "${encoding}" is not an encoding I know`, 'Try utf-8, windows-1252, latin1 or utf-16le.');
    }
    const bom = hasUtf8Bom(bytes) || hasUtf16Bom(bytes) !== null;
    return { text: stripBom(iconv().decode(bytes, encoding, { stripBOM: true })), encoding: encoding.toLowerCase(), bom, notices: [] };
  }
  if (hasUtf8Bom(bytes)) {
    return { text: bytes.toString('utf8', 3), encoding: 'utf-8', bom: true, notices: [] };
  }
  const utf16 = hasUtf16Bom(bytes);
  if (utf16 !== null) {
    return { text: stripBom(iconv().decode(bytes, utf16)), encoding: utf16, bom: true, notices: [] };
  }
  const guessed = guessBomlessUtf16(bytes);
  if (guessed !== null) return { text: iconv().decode(bytes, guessed), encoding: guessed, bom: false, notices: [] };
  if (isUtf8(bytes)) {
    return { text: bytes.toString('utf8'), encoding: 'utf-8', bom: false, notices: [] };
  }
  return {
    text: iconv().decode(bytes, 'windows-1252'),
    encoding: 'windows-1252',
    bom: false,
    notices: [
      {
        code: 'encoding-fallback',
        message: `${displayName(file)} is not valid UTF-8, so it was read as Windows-1252 (Excel's usual CSV encoding); use --encoding to choose another`,
      },
    ],
  };
}

function hasUtf8Bom(bytes: Buffer): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

function hasUtf16Bom(bytes: Buffer): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 2) return null;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** UTF-16 without a BOM: Latin text has a NUL in (nearly) every other byte of the first 200. */
function guessBomlessUtf16(bytes: Buffer): 'utf-16le' | 'utf-16be' | null {
  const length = Math.min(bytes.length, 200) & ~1;
  if (length < 4) return null;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenNuls++;
    if (bytes[i + 1] === 0) oddNuls++;
  }
  const pairs = length / 2;
  if (oddNuls >= 0.9 * pairs && evenNuls === 0) return 'utf-16le';
  if (evenNuls >= 0.9 * pairs && oddNuls === 0) return 'utf-16be';
  return null;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
