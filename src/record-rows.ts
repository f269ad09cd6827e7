/**
 * Rows kept column by column and read as records made on demand (issue 7): the ledger's rows
 * (src/ingest/ledger-rows.ts) and the per-student rows (src/analysis/student-rows.ts). A subclass
 * says how many rows there are, makes row i as a new record, and describes its columns; this gives
 * the slices, the array, the iteration and what `JSON.stringify` writes, the same way for both.
 *
 * The columns (`columns()`) let the JSON writer (src/report/json-records.ts) write the rows as text
 * straight from the typed arrays, without making a record per row. They describe exactly the
 * records `at(i)` makes: one column per member, in the records' member order.
 */
export abstract class RecordRows<T> implements Iterable<T> {
  abstract get length(): number;

  /** Row `index` as a record (a new object each time). */
  abstract at(index: number): T;

  /** The records' members, in order, as columns: row i's record is `{[key]: column value at i, …}`. */
  abstract columns(): readonly RecordColumn[];

  /** Records `start` to `end` (exclusive), like `Array.prototype.slice` with non-negative bounds. */
  slice(start = 0, end = this.length): T[] {
    const out: T[] = [];
    const last = Math.min(end, this.length);
    for (let index = Math.max(0, start); index < last; index++) out.push(this.at(index));
    return out;
  }

  toArray(): T[] {
    return this.slice();
  }

  /** What `JSON.stringify` writes: the array of records. */
  toJSON(): T[] {
    return this.toArray();
  }

  *[Symbol.iterator](): Iterator<T> {
    const count = this.length;
    for (let index = 0; index < count; index++) yield this.at(index);
  }
}

/**
 * One member of a row's record, for every row:
 * - `strings`: a string or null, row by row;
 * - `text`: a string or null, from a function of the row's index (a column mostly empty);
 * - `numbers`: a number, where NaN and ±Infinity stand for null (as JSON writes them);
 * - `codes`: an index into `labels`, the member's few possible values (a status, a flag, a file).
 */
export type RecordColumn =
  | { readonly key: string; readonly strings: ReadonlyArray<string | null> }
  | { readonly key: string; readonly text: (index: number) => string | null }
  | { readonly key: string; readonly numbers: ArrayLike<number> }
  | { readonly key: string; readonly codes: ArrayLike<number>; readonly labels: ReadonlyArray<string | null> };

/**
 * `array` copied into a new typed array of the same kind and `capacity` (at least its length):
 * how a column kept in a typed array grows.
 *
 * @example grown(Int32Array.of(3, -1), 4) // Int32Array [3, -1, 0, 0]
 */
export function grown<T extends Uint8Array | Int32Array | Float64Array>(array: T, capacity: number): T {
  const copy = new (array.constructor as new (length: number) => T)(capacity);
  copy.set(array);
  return copy;
}
