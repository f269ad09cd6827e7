/**
 * JSON text in chunks, in the layout of impact's JSON output, produced a piece at a time so a
 * report with a million ledger rows and students is written as it is built instead of held as one
 * string.
 *
 * The layout is `JSON.stringify(value, null, 2)`'s, except that an array of records has one record
 * per line, each written compactly (as `JSON.stringify(record)`), indented at the array's item
 * depth:
 *
 *     "students": [
 *       {"id":"S1","name":"Ada","pre":20,"post":25},
 *       {"id":"S2","name":"Ben","pre":18,"post":null}
 *     ],
 *
 * An array is written this way (`linesLayout`) when
 * - it is not empty and all its items are flat records: plain objects (prototype `Object.prototype`
 *   or null, no `toJSON` method) whose every value is a string, number, boolean or null (or
 *   undefined: left out) — ledger rows, students, warnings; or
 * - it has more than 64 items (`LONG_ARRAY`) and all of them are plain objects, however deep — the
 *   40,000 teachers' groups of `strategies[].breakdowns.teacher` at a million students, one group
 *   per line; or
 * - it is a record sequence (`RecordSequence`, below): one item per line, whatever the items are.
 * Short arrays of groups (the strategies, a breakdown by ELL) and everything else stay indented.
 *
 * One line per student, ledger row or teacher can be searched with grep and compared with diff, and
 * the text is much smaller at scale: the synthetic report of bench/json-writer.mjs (1,000,000
 * students, 1,000,000 ledger rows, 40,000 teacher groups) is 599 MB pretty-printed, 441 MB with one
 * line per student and ledger row, and 397 MB with one line per teacher's group too (the report of
 * the 1M-student wide benchmark file: 422 MB → 378 MB).
 *
 * Everything else follows JSON.stringify's rules: numbers are not rounded; NaN and ±Infinity are
 * null; `toJSON(key)` is called once per value; undefined, functions and symbols are left out of
 * objects (a record's undefined members too) and are null in arrays; strings are escaped the same
 * way (lone surrogates included); an empty array is `[]`. `JSON.parse` of the text deep-equals
 * `JSON.parse(JSON.stringify(value))` (property-tested in tests/report/json-chunks.test.ts).
 *
 * Record sequences: a value marked with the `RECORDS` symbol (`recordSequence` makes one) is an
 * array made on demand. The chunker asks it for 256 records at a time (`slice`), so a million rows
 * kept column by column never exist as a million objects at once, and writes it as an array of
 * records. `JSON.stringify` calls its `toJSON()`, which returns all its records as an array, so the
 * two agree. A sequence that also has its `columns` (the ledger's rows, the students) is written
 * from them instead, as UTF-8 bytes (json-records.ts): no record is made at all. The chunks are then
 * strings and byte arrays (`JsonChunk`); `jsonText` joins them into one string.
 *
 * Speed: nothing is re-indented. A part holding no record array, no long array and no record
 * sequence goes through the native serialiser inside as many wrapper arrays as its depth, so the
 * native indentation is already right, and the wrappers are sliced off (`pretty`). A record array
 * (or sequence) goes through the native serialiser compactly, 256 records at a time, the record
 * boundaries `},{` turned into line breaks (`lines`). Long arrays and the objects above them are
 * walked here. A serialiser written in JavaScript that made strings was measured and not kept: one
 * made per set of keys with `new Function`, remembering the text of repeated strings and numbers,
 * built each record about 20% faster than the native serialiser, but its text is a rope of small
 * strings that has to be flattened when it is encoded, which took the gain back (1M-student report,
 * CPU profile: the JSON step about the same either way; bench/json-writer.mjs: 25% slower). The
 * column writer of json-records.ts makes no string: it writes the bytes themselves.
 */

import type { RecordColumn } from '../record-rows.js';
import { recordLines } from './json-records.js';

/** Text is handed on once it is about this long (characters). */
const CHUNK = 1 << 16;

/** Records of a record array written (and asked of a record sequence) at once. */
const RECORDS_PER_SLICE = 256;

/** Other items of a long array given to the native serialiser at once. */
const ITEMS_PER_SLICE = 32;

/** Arrays longer than this are written a slice at a time; longer arrays of plain objects, one object per line. */
const LONG_ARRAY = 64;

/** Deeper than this, `nativeLayout` gives up (and the walk finds a circular structure). */
const NATIVE_DEPTH = 64;

/** Marks a `RecordSequence` (`recordSequence` makes one). */
export const RECORDS: unique symbol = Symbol('impact.records');

/**
 * An array of records made on demand, written by `jsonChunks` as an array of records (one record
 * per line), a slice at a time. `slice(start, end)` returns records `start` to `end` (exclusive,
 * `0 <= start < end <= length`), `end - start` of them; `toJSON()` returns all of them, so that
 * `JSON.stringify` writes the same array. The records are written as array items (a record's own
 * `toJSON`, if any, is called with its index).
 */
export interface RecordSequence<T = object> {
  readonly [RECORDS]: true;
  readonly length: number;
  slice(start: number, end: number): readonly T[];
  toJSON(): readonly T[];
  /** The records as columns (`RecordRows.columns()`), when they are kept so: then written from them as bytes. */
  readonly columns?: readonly RecordColumn[];
}

/**
 * A record sequence of `length` records, record `start` to `end` made by `slice`.
 *
 * @example
 * const rows = recordSequence(3, (start, end) => Array.from({ length: end - start }, (_, i) => ({ line: start + i + 2 })));
 * [...jsonChunks({ rows })].join('') // '{\n  "rows": [\n    {"line":2},\n    {"line":3},\n    {"line":4}\n  ]\n}\n'
 * JSON.stringify(rows) // '[{"line":2},{"line":3},{"line":4}]'
 */
export function recordSequence<T>(length: number, slice: (start: number, end: number) => readonly T[], columns?: readonly RecordColumn[]): RecordSequence<T> {
  return {
    [RECORDS]: true,
    length,
    slice,
    toJSON: () => (length === 0 ? [] : slice(0, length)),
    ...(columns && { columns }),
  };
}

/** Whether `value` is marked as a record sequence. */
export function isRecordSequence(value: unknown): value is RecordSequence<unknown> {
  return typeof value === 'object' && value !== null && (value as { [RECORDS]?: unknown })[RECORDS] === true;
}

const INDENTS = [''];

function indent(depth: number): string {
  while (INDENTS.length <= depth) INDENTS.push(`${INDENTS[INDENTS.length - 1]}  `);
  return INDENTS[depth];
}

function isSkipped(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

function hasToJSON(value: unknown): boolean {
  return typeof (value as { toJSON?: unknown }).toJSON === 'function';
}

/**
 * The value JSON.stringify writes for `value` found under `key`: its `toJSON(key)`, boxed
 * primitives unboxed. A record sequence is kept unless `materialise` (the chunker writes it a
 * slice at a time).
 */
function prepare(value: unknown, key: string, materialise = false): unknown {
  if (((typeof value === 'object' && value !== null) || typeof value === 'bigint') && (materialise || !isRecordSequence(value)) && hasToJSON(value)) {
    value = (value as { toJSON: (key: string) => unknown }).toJSON(key);
  }
  if (typeof value !== 'object' || value === null) return value;
  if (value instanceof Number) return Number(value);
  if (value instanceof String) return String(value);
  if (value instanceof Boolean) return Boolean.prototype.valueOf.call(value);
  return value;
}

/** An object with prototype `Object.prototype` or null and no `toJSON` method: JSON.stringify writes its own members. */
function isPlainObject(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return (prototype === Object.prototype || prototype === null) && !hasToJSON(value);
}

/** A plain object whose every value is a string, number, boolean or null (or undefined: left out). */
function isFlatRecord(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  for (const key in value) {
    const item = (value as Record<string, unknown>)[key];
    const type = typeof item;
    if (type !== 'string' && type !== 'number' && type !== 'boolean' && item !== null && item !== undefined) return false;
  }
  return true;
}

/**
 * Whether an array is written one item per line: not empty, and all flat records, or more than
 * `LONG_ARRAY` items that are all plain objects. (A record sequence always is.)
 */
function linesLayout(items: readonly unknown[]): boolean {
  if (items.length === 0) return false;
  if (items.length > LONG_ARRAY) {
    for (let index = 0; index < items.length; index++) if (!isPlainObject(items[index])) return false;
  } else {
    for (let index = 0; index < items.length; index++) if (!isFlatRecord(items[index])) return false;
  }
  return true;
}

/**
 * Whether `JSON.stringify(value, null, 2)` already writes `value` (prepared) in this layout, in
 * one piece of reasonable size: nothing inside is a record array, a long array or a record
 * sequence, and nothing has a `toJSON` (or is a BigInt) — the walk calls those itself, once, with
 * the right key.
 */
function nativeLayout(value: unknown, depth = 0): boolean {
  if (typeof value !== 'object' || value === null) return typeof value !== 'bigint';
  if (depth > NATIVE_DEPTH || hasToJSON(value) || isRecordSequence(value)) return false;
  if (Array.isArray(value)) {
    if (value.length > LONG_ARRAY || linesLayout(value)) return false;
    for (let index = 0; index < value.length; index++) if (!nativeLayout(value[index], depth + 1)) return false;
    return true;
  }
  for (const key in value) if (!nativeLayout((value as Record<string, unknown>)[key], depth + 1)) return false;
  return true;
}

/**
 * `JSON.stringify(value, null, 2)` as it is written at `depth`: every line after the first
 * indented by 2·depth spaces. The native serialiser writes `value` inside `depth` arrays, which
 * indents it; the wrappers' `[\n  ` (each level) and `\n]` are then sliced off.
 */
function pretty(value: unknown, depth: number): string {
  let wrapped = value;
  for (let level = 0; level < depth; level++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  return depth === 0 ? text : text.slice(depth * (depth + 3), text.length - depth * (depth + 1));
}

/**
 * `value` found under `key` as compact JSON text (as `JSON.stringify` writes it inside its
 * parent), or undefined when it is skipped. A value whose `toJSON` returned an object that has a
 * `toJSON` of its own is walked one level here, since JSON.stringify calls `toJSON` once per value.
 */
function compact(value: unknown, key: string, path: object[]): string | undefined {
  const prepared = prepare(value, key, true);
  if (isSkipped(prepared)) return undefined;
  if (typeof prepared !== 'object' || prepared === null || !hasToJSON(prepared)) return JSON.stringify(prepared);
  if (path.includes(prepared)) throw new TypeError('Converting circular structure to JSON');
  path.push(prepared);
  let text: string;
  if (Array.isArray(prepared)) {
    text = `[${prepared.map((item, index) => compact(item, String(index), path) ?? 'null').join(',')}]`;
  } else {
    const members: string[] = [];
    for (const name of Object.keys(prepared)) {
      const member = compact((prepared as Record<string, unknown>)[name], name, path);
      if (member !== undefined) members.push(`${JSON.stringify(name)}:${member}`);
    }
    text = `{${members.join(',')}}`;
  }
  path.pop();
  return text;
}

class JsonChunker {
  private text = '';
  /** The objects being walked, to refuse a circular structure as JSON.stringify does. */
  private readonly path: object[] = [];

  /** Writes `value` (prepared, not skipped) at `depth`. */
  *value(value: unknown, depth: number): Generator<JsonChunk> {
    if (typeof value !== 'object' || value === null) {
      this.text += JSON.stringify(value);
    } else if (isRecordSequence(value)) {
      yield* this.lines(value, depth);
    } else if (nativeLayout(value)) {
      this.text += pretty(value, depth);
    } else {
      if (this.path.includes(value)) throw new TypeError('Converting circular structure to JSON');
      this.path.push(value);
      if (!Array.isArray(value)) yield* this.object(value as Record<string, unknown>, depth);
      else if (linesLayout(value)) yield* this.lines(value, depth);
      else yield* this.array(value, depth);
      this.path.pop();
    }
  }

  take(): string {
    const chunk = this.text;
    this.text = '';
    return chunk;
  }

  private *object(object: Record<string, unknown>, depth: number): Generator<JsonChunk> {
    const inner = indent(depth + 1);
    let first = true;
    for (const key of Object.keys(object)) {
      const item = prepare(object[key], key);
      if (isSkipped(item)) continue;
      this.text += `${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `;
      first = false;
      yield* this.value(item, depth + 1);
      if (this.text.length >= CHUNK) yield this.take();
    }
    this.text += first ? '{}' : `\n${indent(depth)}}`;
  }

  /** An array not written one item per line: runs of items the native serialiser can write go a slice at a time, the others one by one. */
  private *array(items: readonly unknown[], depth: number): Generator<JsonChunk> {
    const inner = indent(depth + 1);
    for (let start = 0, end = 0; start < items.length; start = end) {
      this.text += `${start === 0 ? '[' : ','}\n${inner}`;
      while (end < items.length && end - start < ITEMS_PER_SLICE && nativeLayout(items[end])) end++;
      if (end > start) {
        // "[\n<inner>a,\n<inner>b\n<indent>]" → "a,\n<inner>b"
        const text = pretty(items.slice(start, end), depth);
        this.text += text.slice(inner.length + 2, text.length - depth * 2 - 2);
      } else {
        const item = prepare(items[start], String(start));
        if (isSkipped(item)) this.text += 'null';
        else yield* this.value(item, depth + 1);
        end = start + 1;
      }
      if (this.text.length >= CHUNK) yield this.take();
    }
    this.text += `\n${indent(depth)}]`;
  }

  /**
   * A record array or a record sequence: one compact item per line, `RECORDS_PER_SLICE` at a time.
   * A slice of plain objects goes through the native serialiser at once, its item boundaries `},{`
   * turned into line breaks; the number of replacements proves that no string or nested array
   * held `},{` (if one did, that slice is serialised item by item, as is a slice of a sequence
   * holding anything but plain objects).
   */
  private *lines(items: readonly unknown[] | RecordSequence<unknown>, depth: number): Generator<JsonChunk> {
    const { length } = items;
    if (length === 0) {
      this.text += '[]';
      return;
    }
    const inner = indent(depth + 1);
    const separator = `,\n${inner}`;
    const sequence = isRecordSequence(items);
    if (sequence && items.columns) {
      this.text += `[\n${inner}`;
      yield this.take();
      yield* recordLines(items.columns, 0, length, separator);
      this.text += `\n${indent(depth)}]`;
      return;
    }
    const boundary = `}${separator}{`;
    for (let start = 0; start < length; start += RECORDS_PER_SLICE) {
      const end = Math.min(length, start + RECORDS_PER_SLICE);
      const slice = items.slice(start, end);
      let text: string | undefined;
      // An array's items are all plain objects (`linesLayout`); a sequence's are checked.
      if (!sequence || slice.every(isPlainObject)) {
        const compactText = JSON.stringify(slice);
        const replaced = compactText.replaceAll('},{', boundary);
        // Each item boundary is one `},{`; any other lies inside an item, and then there are more.
        if (replaced.length - compactText.length === (slice.length - 1) * (boundary.length - 3)) text = replaced.slice(1, -1);
      }
      text ??= slice.map((item, index) => compact(item, String(start + index), this.path) ?? 'null').join(separator);
      this.text += `${start === 0 ? '[' : ','}\n${inner}`;
      yield this.take();
      yield text;
    }
    this.text += `\n${indent(depth)}]`;
  }
}

/**
 * `value` as JSON text in the layout above, followed by `suffix`, as a sequence of strings of
 * about 64 K characters or less (a slice of 256 records is one string, as long as its records make
 * it: about 20–40 KB of students, 350 KB of teachers' groups). Nothing when `value` is undefined
 * (as JSON.stringify gives undefined).
 *
 * @example [...jsonChunks({ a: [1, 2], b: [{ x: 1 }] })].join('') // '{\n  "a": [\n    1,\n    2\n  ],\n  "b": [\n    {"x":1}\n  ]\n}\n'
 */
export function* jsonChunks(value: unknown, suffix = '\n'): Generator<JsonChunk> {
  const prepared = prepare(value, '');
  if (isSkipped(prepared)) return;
  const chunker = new JsonChunker();
  yield* chunker.value(prepared, 0);
  yield `${chunker.take()}${suffix}`;
}

/**
 * A piece of output text: a string, or its UTF-8 bytes (a record sequence kept as columns is
 * written as bytes). A byte chunk may end inside a record, never inside a character, and holds
 * its bytes only until the next chunk is asked for (the writer reuses its buffer): copy or decode
 * it at once, as `writeChunks` and `jsonText` do; `[...chunks]` would not keep them.
 */
export type JsonChunk = string | Uint8Array;

/**
 * The text of a sequence of chunks, joined.
 *
 * @example jsonText(['{"a":', Buffer.from('1}')]) // '{"a":1}'
 */
export function jsonText(chunks: Iterable<JsonChunk>): string {
  const decoder = new TextDecoder();
  let text = '';
  for (const chunk of chunks) text += typeof chunk === 'string' ? chunk : decoder.decode(chunk);
  return text;
}
