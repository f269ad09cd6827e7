/**
 * Rows kept column by column (`RecordColumn`s: the ledger's rows, the students) written as JSON
 * records, one per line, as UTF-8 bytes made straight from the columns (issue 7). The text is
 * exactly what `JSON.stringify(record)` gives for each row's record, joined by the separator.
 *
 * Why not the native serialiser: it needs a record object per row, makes a string of each slice,
 * and that string is then encoded to UTF-8. Here no record and no string is made per row; the
 * keys and the few values of a coded column (a status, a flag, a file) are encoded once; ASCII text
 * is copied a character at a time; whole numbers are written digit by digit; and the text of other
 * numbers is remembered, since `String(number)` for a double costs about 0.3 µs and an effect size
 * repeats across the students with the same gain and SD. Measured on the million-student wide report
 * (bench/json-writer.mjs, students and ledger): see the README's Performance section.
 *
 * Text that is not plain printable ASCII (a quote, a backslash, a control character, anything from
 * U+0080 on) is written from `JSON.stringify(text)`, which escapes it as the native serialiser does,
 * lone surrogates included.
 */
import type { RecordColumn } from '../record-rows.js';

/** Bytes of a fresh chunk: the rows are handed on about this many bytes at a time. */
const CHUNK_BYTES = 1 << 16;

/** Slots of the remembered number texts (a power of two). */
const NUMBER_SLOTS = 1 << 12;

/** The longest text `String(number)` gives for a finite double (`-2.2250738585072014e-308`). */
const NUMBER_ROOM = 24;

/**
 * Writes one member of row `index` (its key, then its value) at `position` of `bytes` (`view` is a
 * DataView of the same bytes); returns the position after it, or, when there is no room, minus the
 * bytes it needs (nothing written).
 */
type MemberWriter = (bytes: Buffer, view: DataView, position: number, index: number) => number;

/**
 * Text written the same every time (a key, a coded column's value), kept as UTF-8 in 32-bit
 * little-endian words: copied a word at a time, it goes about 2.5 times as fast as byte by byte
 * (12 million keys: 0.12 s against 0.30 s). The last word may write up to 3 bytes past the text,
 * which the next write covers: every writer asks for `SLACK` bytes of room more than it writes.
 */
interface Constant {
  readonly length: number;
  readonly words: Uint32Array;
}

const SLACK = 3;
const QUOTE = 0x22;
const NULL = constant('null');

/**
 * Records `start` to `end` (exclusive) of `columns` as compact JSON, separated by `separator`
 * (no separator before the first or after the last), as UTF-8 chunks of at most 64 KB (or one
 * member, key and value, when that alone is longer). The chunks are views of one buffer, written
 * again for the next chunk: use each one (copy it, decode it) before asking for the next. A chunk
 * may end inside a record, never inside a character.
 *
 * @example
 * const columns = [{ key: 'id', text: (i) => ['S1', 'S2'][i] }, { key: 'pre', numbers: [20, NaN] }];
 * let text = '';
 * for (const chunk of recordLines(columns, 0, 2, ',\n')) text += Buffer.from(chunk).toString();
 * text // '{"id":"S1","pre":20},\n{"id":"S2","pre":null}'
 */
export function* recordLines(columns: readonly RecordColumn[], start: number, end: number, separator: string): Generator<Uint8Array> {
  if (end <= start) return;
  const numberTexts = new NumberTexts();
  const writers = columns.map((column, place) => memberWriter(column, `${place === 0 ? '{' : ','}${JSON.stringify(column.key)}:`, numberTexts));
  if (writers.length === 0) writers.push(constantWriter(constant('{')));
  const close = constantWriter(constant('}'));
  const between = constantWriter(constant(`}${separator}`));
  const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  const view = viewOf(chunk);
  let position = 0;
  for (let index = start; index < end; index++) {
    for (let member = 0; member <= writers.length; member++) {
      const writer = member < writers.length ? writers[member] : index + 1 < end ? between : close;
      const next = writer(chunk, view, position, index);
      if (next >= 0) {
        position = next;
        continue;
      }
      if (position > 0) yield chunk.subarray(0, position);
      position = 0;
      if (-next <= chunk.length) {
        position = writer(chunk, view, 0, index);
      } else {
        // A value longer than a chunk may need (a long text): a buffer of its own, handed on alone.
        const own = Buffer.allocUnsafe(-next);
        yield own.subarray(0, writer(own, viewOf(own), 0, index));
      }
    }
  }
  if (position > 0) yield chunk.subarray(0, position);
}

function memberWriter(column: RecordColumn, key: string, numberTexts: NumberTexts): MemberWriter {
  const keyText = constant(key);
  if ('text' in column) return textWriter(keyText, column.text);
  if ('numbers' in column) return numberWriter(keyText, column.numbers, numberTexts);
  const labels = column.labels.map((label) => constant(`${key}${label === null ? 'null' : JSON.stringify(label)}`));
  const { codes } = column;
  return (bytes, view, position, index) => {
    const label = labels[codes[index]];
    if (position + label.length + SLACK > bytes.length) return -(label.length + SLACK);
    return put(view, position, label);
  };
}

function constantWriter(text: Constant): MemberWriter {
  return (bytes, view, position) => (position + text.length + SLACK > bytes.length ? -(text.length + SLACK) : put(view, position, text));
}

function textWriter(key: Constant, textOf: (index: number) => string | null): MemberWriter {
  return (bytes, view, position, index) => {
    const text = textOf(index);
    // A UTF-16 unit takes at most 3 bytes in UTF-8 and 6 characters escaped (\u001f).
    const room = key.length + SLACK + (text === null ? NULL.length : 2 + 6 * text.length);
    if (position + room > bytes.length) return -room;
    position = put(view, position, key);
    if (text === null) return put(view, position, NULL);
    const opening = position;
    bytes[position++] = QUOTE;
    for (let character = 0; character < text.length; character++) {
      const code = text.charCodeAt(character);
      if (code < 0x20 || code >= 0x80 || code === QUOTE || code === 0x5c) return opening + bytes.write(JSON.stringify(text), opening);
      bytes[position++] = code;
    }
    bytes[position++] = QUOTE;
    return position;
  };
}

function numberWriter(key: Constant, numbers: ArrayLike<number>, numberTexts: NumberTexts): MemberWriter {
  return (bytes, view, position, index) => {
    if (position + key.length + NUMBER_ROOM + SLACK > bytes.length) return -(key.length + NUMBER_ROOM + SLACK);
    position = put(view, position, key);
    const value = numbers[index];
    if ((value | 0) === value) return writeInteger(bytes, position, value);
    if (!Number.isFinite(value)) return put(view, position, NULL);
    const text = numberTexts.of(value);
    for (let character = 0; character < text.length; character++) bytes[position++] = text.charCodeAt(character);
    return position;
  };
}

/**
 * `String(value)` for finite numbers, remembered in a table of `NUMBER_SLOTS` slots chosen by the
 * number's bits (a later number with the same slot takes it over). A `Map` keyed by numbers was
 * measured and not kept: each lookup boxes the double, which cost as much as `String` itself.
 */
class NumberTexts {
  private readonly values = new Float64Array(NUMBER_SLOTS).fill(Number.NaN);
  private readonly texts = new Array<string>(NUMBER_SLOTS).fill('');
  /** The number being looked up, and its bits. */
  private readonly scratch = new Float64Array(1);
  private readonly bits = new Uint32Array(this.scratch.buffer);

  of(value: number): string {
    this.scratch[0] = value;
    const slot = (Math.imul(this.bits[0] ^ this.bits[1], 0x9e3779b1) >>> 20) & (NUMBER_SLOTS - 1);
    if (this.values[slot] === value) return this.texts[slot];
    const text = String(value);
    this.values[slot] = value;
    this.texts[slot] = text;
    return text;
  }
}

/** A 32-bit integer's digits (JSON writes −0 as 0, and so does this), in integer arithmetic only. */
function writeInteger(bytes: Uint8Array, position: number, value: number): number {
  let rest = value | 0;
  if (rest < 0) {
    bytes[position++] = 0x2d; // -
    rest = -rest; // -(-2^31) leaves the 32-bit range but stays exact, and the digits below still hold
  }
  let digits = 1;
  for (let left = rest; left >= 10; left = (left / 10) | 0) digits++;
  const after = position + digits;
  for (let place = after; place > position; ) {
    const tens = (rest / 10) | 0;
    bytes[--place] = 0x30 + rest - tens * 10;
    rest = tens;
  }
  return after;
}

/** `text` (UTF-8) as a `Constant`. */
function constant(text: string): Constant {
  const bytes = Buffer.from(text, 'utf8');
  const padded = Buffer.alloc(Math.ceil(bytes.length / 4) * 4);
  bytes.copy(padded);
  const words = new Uint32Array(padded.length / 4);
  for (let word = 0; word < words.length; word++) words[word] = padded.readUInt32LE(word * 4);
  return { length: bytes.length, words };
}

/** Writes `text` at `position`, a word at a time; returns the position after it (not after the padding). */
function put(view: DataView, position: number, text: Constant): number {
  const { words } = text;
  for (let word = 0; word < words.length; word++) view.setUint32(position + 4 * word, words[word], true);
  return position + text.length;
}

function viewOf(bytes: Buffer): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
}
