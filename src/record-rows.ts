/**
 * Rows kept column by column and read as records made on demand (issue 7): the ledger's rows
 * (src/ingest/ledger-rows.ts) and the per-student rows (src/analysis/student-rows.ts). A subclass
 * says how many rows there are and makes row i as a new record; this gives the slices, the array,
 * the iteration and what `JSON.stringify` writes, the same way for both.
 */
export abstract class RecordRows<T> implements Iterable<T> {
  abstract get length(): number;

  /** Row `index` as a record (a new object each time). */
  abstract at(index: number): T;

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
