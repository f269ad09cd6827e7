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
 * Text written the same every time (a key, a coded column's value), kept as UTF-8 in 32-bit
 * little-endian words: copied a word at a time, it goes about 2.5 times as fast as byte by byte
 * (12 million keys: 0.12 s against 0.30 s). The last word may write up to 3 bytes past the text,
 * which the next write covers: room is always asked for with `SLACK` bytes more.
 */
interface Constant {
  readonly length: number;
  readonly words: Uint32Array;
}

const SLACK = 3;
const QUOTE = 0x22;
const NULL = constant('null');

/** The kinds of member, as `recordLines` tells them apart. */
const STRINGS = 0;
const TEXT_OF = 1;
const NUMBERS = 2;
const CODES = 3;

/**
 * Records `start` to `end` (exclusive) of `columns` as compact JSON, separated by `separator`
 * (no separator before the first or after the last), as UTF-8 chunks of at most 64 KB, except one
 * holding a text longer than that (with the rest of its record). The chunks are views of one
 * buffer, written again for the next chunk: use each one (copy it, decode it) before asking for the
 * next. A chunk may end inside a record, never inside a character.
 *
 * One loop writes every member, telling the kinds of column apart by a code: a writer function
 * per column, called in turn, was measured and not kept (a million synthetic students, 230 MB of
 * text: 0.65 s, against 0.48–0.53 s for the loop), since a call site that meets a dozen functions
 * inlines none of them.
 *
 * @example
 * const columns = [{ key: 'id', strings: ['S1', 'S2'] }, { key: 'pre', numbers: [20, NaN] }];
 * let text = '';
 * for (const chunk of recordLines(columns, 0, 2, ',\n')) text += Buffer.from(chunk).toString();
 * text // '{"id":"S1","pre":20},\n{"id":"S2","pre":null}'
 */
export function* recordLines(columns: readonly RecordColumn[], start: number, end: number, separator: string): Generator<Uint8Array> {
  if (end <= start) return;
  if (columns.length === 0) {
    yield Buffer.from(`{}${`${separator}{}`.repeat(end - start - 1)}`);
    return;
  }
  const count = columns.length;
  const kinds = new Uint8Array(count);
  const keys: Constant[] = [];
  const strings: Array<ReadonlyArray<string | null>> = [];
  const textOf: Array<(index: number) => string | null> = [];
  const numbers: Array<ArrayLike<number>> = [];
  const codes: Array<ArrayLike<number>> = [];
  /** A coded column's values, each with its key before it. */
  const labels: Constant[][] = [];
  const none: never[] = [];
  const between = constant(`}${separator}`);
  /** Room for a record's members other than text, and its end (text asks for its own room as well). */
  let recordRoom = between.length + SLACK;
  const noText = () => null;
  columns.forEach((column, member) => {
    const key = `${member === 0 ? '{' : ','}${JSON.stringify(column.key)}:`;
    keys.push(constant(key));
    strings.push('strings' in column ? column.strings : none);
    textOf.push('text' in column ? column.text : noText);
    numbers.push('numbers' in column ? column.numbers : none);
    codes.push('codes' in column ? column.codes : none);
    labels.push('codes' in column ? column.labels.map((label) => constant(`${key}${label === null ? 'null' : JSON.stringify(label)}`)) : []);
    if ('strings' in column) kinds[member] = STRINGS;
    else if ('text' in column) kinds[member] = TEXT_OF;
    else if ('numbers' in column) {
      kinds[member] = NUMBERS;
      recordRoom += keys[member].length + NUMBER_ROOM;
    } else {
      kinds[member] = CODES;
      recordRoom += Math.max(0, ...labels[member].map((label) => label.length));
    }
  });
  const close = constant('}');
  const numberTexts = new NumberTexts();
  const usual = Buffer.allocUnsafe(Math.max(CHUNK_BYTES, 2 * recordRoom));
  let chunk = usual;
  let view = viewOf(chunk);
  let position = 0;
  for (let index = start; index < end; index++) {
    if (position + recordRoom > chunk.length || chunk !== usual) {
      if (position > 0) yield chunk.subarray(0, position);
      position = 0;
      chunk = usual; // after a chunk made larger for one long text
      view = viewOf(chunk);
    }
    for (let member = 0; member < count; member++) {
      const kind = kinds[member];
      if (kind === CODES) {
        position = put(view, position, labels[member][codes[member][index]]);
      } else if (kind === NUMBERS) {
        position = put(view, position, keys[member]);
        const value = numbers[member][index];
        if ((value | 0) === value) position = writeInteger(chunk, position, value);
        else if (!Number.isFinite(value)) position = put(view, position, NULL);
        else position = writeAscii(chunk, position, numberTexts.of(value));
      } else {
        const text = kind === STRINGS ? strings[member][index] : textOf[member](index);
        // A UTF-16 unit takes at most 3 bytes in UTF-8 and 6 characters escaped (\u001f).
        const room = keys[member].length + (text === null ? 4 : 2 + 6 * text.length) + recordRoom;
        if (position + room > chunk.length) {
          if (position > 0) yield chunk.subarray(0, position);
          position = 0;
          if (room > chunk.length) {
            chunk = Buffer.allocUnsafe(room); // for the rest of this record
            view = viewOf(chunk);
          }
        }
        position = put(view, position, keys[member]);
        position = text === null ? put(view, position, NULL) : writeString(chunk, position, text);
      }
    }
    position = put(view, position, index + 1 < end ? between : close);
  }
  if (position > 0) yield chunk.subarray(0, position);
}

/** `text` as a JSON string at `position` of `bytes`, which has room for it escaped; returns the position after it. */
function writeString(bytes: Buffer, position: number, text: string): number {
  const opening = position;
  bytes[position++] = QUOTE;
  for (let character = 0; character < text.length; character++) {
    const code = text.charCodeAt(character);
    if (code < 0x20 || code >= 0x80 || code === QUOTE || code === 0x5c) return opening + bytes.write(JSON.stringify(text), opening);
    bytes[position++] = code;
  }
  bytes[position++] = QUOTE;
  return position;
}

/** ASCII `text` at `position`; returns the position after it. */
function writeAscii(bytes: Uint8Array, position: number, text: string): number {
  for (let character = 0; character < text.length; character++) bytes[position++] = text.charCodeAt(character);
  return position;
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
