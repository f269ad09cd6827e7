/**
 * JSON text in chunks: exactly the bytes of `JSON.stringify(value, null, 2)`, produced a piece at a
 * time, so a report with a million ledger rows and students is written as it is built instead of
 * held as one 500 MB string. Large arrays (and the objects that hold them) are walked element by
 * element; everything else goes through the native serialiser into the current chunk.
 *
 * Same rules as JSON.stringify: `toJSON` is called; undefined, functions and symbols are left out
 * of objects and written as null in arrays; NaN and ±Infinity are null; strings are escaped the
 * same way (including lone surrogates).
 */

/** A chunk is handed on once it is about this long (characters). */
const CHUNK = 1 << 16;

/** Long arrays of small items are serialised natively this many items at a time. */
const SLICE = 512;

/** Arrays longer than this are streamed element by element. */
const LARGE_ARRAY = 64;

const keyCache = new Map<string, string>();

/** JSON text written at depth `indent` (its line breaks followed by the indent). JSON strings hold no raw line breaks. */
function reindent(text: string, indent: string): string {
  return indent === '' ? text : text.replace(/\n/g, `\n${indent}`);
}

function quoteKey(key: string): string {
  let quoted = keyCache.get(key);
  if (quoted === undefined) {
    quoted = JSON.stringify(key);
    if (keyCache.size < 10_000) keyCache.set(key, quoted);
  }
  return quoted;
}

function isSkipped(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

function prepare(value: unknown, key: string): unknown {
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    return (value as { toJSON: (key: string) => unknown }).toJSON(key);
  }
  return value;
}

/** Whether `value` holds (within a few levels) an array long enough to stream. */
function holdsLargeArray(value: unknown, depth: number): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.length > LARGE_ARRAY || (depth > 0 && value.some((item) => holdsLargeArray(item, depth - 1)));
  if (depth === 0) return false;
  for (const key in value) {
    if (holdsLargeArray((value as Record<string, unknown>)[key], depth - 1)) return true;
  }
  return false;
}

class JsonChunker {
  text = '';

  /** Appends `value` (already prepared, holding no large array) at `indent`: the native serialiser, re-indented. */
  append(value: unknown, indent: string): void {
    this.text += reindent(JSON.stringify(value, null, 2), indent);
  }

  /** Like `append`, but yields full chunks while walking large arrays. */
  *stream(value: unknown, indent: string): Generator<string> {
    if (!holdsLargeArray(value, 3)) {
      this.append(value, indent);
      return;
    }
    const inner = `${indent}  `;
    if (Array.isArray(value) && !value.some((item) => holdsLargeArray(item, 2))) {
      // A long array of small items (ledger rows, students): the native serialiser, a slice at a
      // time, re-indented to this depth. Same text, a fraction of the time of walking it here.
      yield this.take();
      for (let start = 0; start < value.length; start += SLICE) {
        const text = JSON.stringify(value.slice(start, start + SLICE), null, 2);
        // "[\n  a,\n  b\n]" → "  a,\n  b", indented by `indent`.
        const indented = indent + reindent(text.slice(2, -2), indent);
        yield start === 0 ? `[\n${indented}` : `,\n${indented}`;
      }
      this.text += `\n${indent}]`;
      return;
    }
    if (Array.isArray(value)) {
      this.text += '[';
      for (let index = 0; index < value.length; index++) {
        this.text += index === 0 ? `\n${inner}` : `,\n${inner}`;
        const item = prepare(value[index], String(index));
        if (isSkipped(item)) this.text += 'null';
        else yield* this.stream(item, inner);
        if (this.text.length >= CHUNK) yield this.take();
      }
      this.text += `\n${indent}]`;
      return;
    }
    let first = true;
    const object = value as Record<string, unknown>;
    for (const key in object) {
      if (!Object.prototype.hasOwnProperty.call(object, key)) continue;
      const item = prepare(object[key], key);
      if (isSkipped(item)) continue;
      this.text += first ? `{\n${inner}${quoteKey(key)}: ` : `,\n${inner}${quoteKey(key)}: `;
      first = false;
      yield* this.stream(item, inner);
    }
    this.text += first ? '{}' : `\n${indent}}`;
  }

  take(): string {
    const chunk = this.text;
    this.text = '';
    return chunk;
  }
}

/**
 * `JSON.stringify(value, null, 2) + suffix` as a sequence of strings of about 64 K characters.
 *
 * @example [...jsonChunks({ a: [1, 2] })].join('') // '{\n  "a": [\n    1,\n    2\n  ]\n}\n'
 */
export function* jsonChunks(value: unknown, suffix = '\n'): Generator<string> {
  const chunker = new JsonChunker();
  const prepared = prepare(value, '');
  if (isSkipped(prepared)) return;
  yield* chunker.stream(prepared, '');
  chunker.text += suffix;
  yield chunker.take();
}
