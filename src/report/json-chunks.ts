/**
 * JSON text in chunks, in the layout of impact's JSON output, produced a piece at a time so a
 * report with a million ledger rows and students is written as it is built instead of held as one
 * string.
 *
 * The layout is `JSON.stringify(value, null, 2)`'s, except that an array whose items are all flat
 * records — plain objects whose every value is a string, number, boolean or null, such as ledger
 * rows, students and warnings — has one record per line, each written as `JSON.stringify(record)`
 * (compact), indented at the array's item depth:
 *
 *     "students": [
 *       {"id":"S1","name":"Ada","pre":20,"post":25},
 *       {"id":"S2","name":"Ben","pre":18,"post":null}
 *     ],
 *
 * One line per student or ledger row can be searched with grep and compared with diff, and the
 * text is much smaller at scale: the synthetic report of bench/json-writer.mjs (1,000,000 students,
 * 1,000,000 ledger rows, 40,000 teacher groups) is 599 MB pretty-printed and 441 MB in this layout;
 * its ledger rows and students alone go from 508 to 350 MB (the rest is the teachers' groups).
 *
 * Everything else follows JSON.stringify's rules: numbers are not rounded; NaN and ±Infinity are
 * null; `toJSON(key)` is called once per value; undefined, functions and symbols are left out of
 * objects (a record's undefined members too) and are null in arrays; strings are escaped the same
 * way (lone surrogates included); an empty array is `[]`. `JSON.parse` of the text deep-equals
 * `JSON.parse(JSON.stringify(value))` (property-tested in tests/report/json-chunks.test.ts).
 *
 * Speed: nothing is re-indented. A part holding no flat-record array and no long array goes through
 * the native serialiser inside as many wrapper arrays as its depth, so the native indentation is
 * already right, and the wrappers are sliced off (`pretty`). A flat-record array goes through the
 * native serialiser compactly, a slice of records at a time, its record boundaries `},{` turned
 * into line breaks; the number of replacements proves that no string held `},{` (if one did, that
 * slice is serialised record by record). Long arrays and the objects above them are walked here.
 */

/** Text is handed on once it is about this long (characters). */
const CHUNK = 1 << 16;

/** Flat records given to the native serialiser at once (about 25–60 KB of text). */
const RECORDS_PER_SLICE = 256;

/** Other items of a long array given to the native serialiser at once (a teacher's group is about 2 KB). */
const ITEMS_PER_SLICE = 32;

/** Arrays longer than this are written a slice at a time. */
const LONG_ARRAY = 64;

/** Deeper than this, `nativeLayout` gives up (and the walk finds a circular structure). */
const NATIVE_DEPTH = 64;

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

/** The value JSON.stringify writes for `value` found under `key`: its `toJSON(key)`, boxed primitives unboxed. */
function prepare(value: unknown, key: string): unknown {
  if (((typeof value === 'object' && value !== null) || typeof value === 'bigint') && hasToJSON(value)) {
    value = (value as { toJSON: (key: string) => unknown }).toJSON(key);
  }
  if (typeof value !== 'object' || value === null) return value;
  if (value instanceof Number) return Number(value);
  if (value instanceof String) return String(value);
  if (value instanceof Boolean) return Boolean.prototype.valueOf.call(value);
  return value;
}

/** A plain object whose every value is a string, number, boolean or null (or undefined: left out). */
function isFlatRecord(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return false;
  for (const key in value) {
    const item = (value as Record<string, unknown>)[key];
    const type = typeof item;
    if (type !== 'string' && type !== 'number' && type !== 'boolean' && item !== null && item !== undefined) return false;
  }
  return true;
}

/** A non-empty array of flat records: written one record per line. */
function isFlatRecordArray(items: readonly unknown[]): boolean {
  if (items.length === 0) return false;
  for (let index = 0; index < items.length; index++) if (!isFlatRecord(items[index])) return false;
  return true;
}

/**
 * Whether `JSON.stringify(value, null, 2)` already writes `value` (prepared) in this layout, in
 * one piece of reasonable size: nothing inside is a flat-record array or a long array, and nothing
 * has a `toJSON` (or is a BigInt) — the walk calls those itself, once, with the right key.
 */
function nativeLayout(value: unknown, depth = 0): boolean {
  if (typeof value !== 'object' || value === null) return typeof value !== 'bigint';
  if (depth > NATIVE_DEPTH || hasToJSON(value)) return false;
  if (Array.isArray(value)) {
    if (value.length > LONG_ARRAY || isFlatRecordArray(value)) return false;
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

class JsonChunker {
  private text = '';
  /** The objects being walked, to refuse a circular structure as JSON.stringify does. */
  private readonly path: object[] = [];

  /** Writes `value` (prepared, not skipped) at `depth`. */
  *value(value: unknown, depth: number): Generator<string> {
    if (typeof value !== 'object' || value === null) {
      this.text += JSON.stringify(value);
    } else if (nativeLayout(value)) {
      this.text += pretty(value, depth);
    } else {
      if (this.path.includes(value)) throw new TypeError('Converting circular structure to JSON');
      this.path.push(value);
      if (!Array.isArray(value)) yield* this.object(value as Record<string, unknown>, depth);
      else if (isFlatRecordArray(value)) yield* this.records(value, depth);
      else yield* this.array(value, depth);
      this.path.pop();
    }
  }

  take(): string {
    const chunk = this.text;
    this.text = '';
    return chunk;
  }

  private *object(object: Record<string, unknown>, depth: number): Generator<string> {
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

  /** An array that is not all flat records: runs of items the native serialiser can write go a slice at a time, the others one by one. */
  private *array(items: readonly unknown[], depth: number): Generator<string> {
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

  /** A flat-record array: one compact record per line. */
  private *records(items: readonly unknown[], depth: number): Generator<string> {
    const inner = indent(depth + 1);
    const separator = `},\n${inner}{`;
    for (let start = 0; start < items.length; start += RECORDS_PER_SLICE) {
      const slice = items.slice(start, start + RECORDS_PER_SLICE);
      const compact = JSON.stringify(slice);
      let lines = compact.replaceAll('},{', separator);
      // Each record boundary is one `},{`; any other lies inside a string, and then there are more.
      if (lines.length - compact.length !== (slice.length - 1) * (separator.length - 3)) {
        lines = `[${slice.map((record) => JSON.stringify(record)).join(`,\n${inner}`)}]`;
      }
      this.text += `${start === 0 ? '[' : ','}\n${inner}`;
      yield this.take();
      yield lines.slice(1, -1);
    }
    this.text += `\n${indent(depth)}]`;
  }
}

/**
 * `value` as JSON text in the layout above, followed by `suffix`, as a sequence of strings of up
 * to about 64 K characters. Nothing when `value` is undefined (as JSON.stringify gives undefined).
 *
 * @example [...jsonChunks({ a: [1, 2], b: [{ x: 1 }] })].join('') // '{\n  "a": [\n    1,\n    2\n  ],\n  "b": [\n    {"x":1}\n  ]\n}\n'
 */
export function* jsonChunks(value: unknown, suffix = '\n'): Generator<string> {
  const prepared = prepare(value, '');
  if (isSkipped(prepared)) return;
  const chunker = new JsonChunker();
  yield* chunker.value(prepared, 0);
  yield `${chunker.take()}${suffix}`;
}
