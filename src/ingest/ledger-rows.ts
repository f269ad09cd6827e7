/**
 * The ledger's rows, stored column by column (issue 7): a million input rows are a few typed
 * arrays and the ID strings the students share, not a million objects for the garbage collector
 * to trace on every full collection. A row is named by its index (reading order); `at(i)` and,
 * through `RecordRows`, `slice`, iteration and `toJSON()` give `LedgerRow` objects made on
 * demand, so a report's JSON (and a test) sees the same `{file, line, id, status, detail}` records
 * as before.
 */
import { grown, RecordRows, type RecordColumn } from '../record-rows.js';
import { ROW_STATUSES, type LedgerRow, type RowStatus } from './types.js';

const STATUS_CODES = new Map(ROW_STATUSES.map((status, code) => [status, code]));

export class LedgerRows extends RecordRows<LedgerRow> {
  private count = 0;
  /** Distinct file names, and each row's index into them. */
  private readonly files: string[] = [];
  private readonly fileCodes = new Map<string, number>();
  private fileOf: Int32Array;
  private lines: Float64Array;
  private statuses: Uint8Array;
  /** Allocated at the expected rows, as `CandidateRows`' columns are; written past them, it grows. */
  private readonly ids: Array<string | null>;
  /** Only rows with a non-empty detail (a matched row has none). */
  private readonly details = new Map<number, string>();
  /** The file of the last row added and its code: a file's rows come together, so the map is asked once per file. */
  private lastFile: string | undefined = undefined;
  private lastFileCode = 0;

  /** No rows, with room for `capacity` before the columns grow. */
  constructor(capacity = 1024) {
    super();
    const size = Math.max(1, Math.min(capacity, 1 << 26));
    this.fileOf = new Int32Array(size);
    this.lines = new Float64Array(size);
    this.statuses = new Uint8Array(size);
    this.ids = new Array<string | null>(size);
  }

  /** Rows made from records (a test's, or rows read back from a cycle's excluded-rows file). */
  static from(rows: Iterable<LedgerRow>): LedgerRows {
    const out = new LedgerRows();
    for (const row of rows) out.add(row.file, row.line, row.id, row.status, row.detail);
    return out;
  }

  get length(): number {
    return this.count;
  }

  /**
   * Appends a row; returns its index.
   *
   * @example new LedgerRows().add('pre.csv', 2, 'S1', 'matched', '') // 0
   */
  add(file: string, line: number, id: string | null, status: RowStatus, detail: string): number {
    const index = this.count;
    if (index === this.statuses.length) this.grow();
    let code = this.lastFileCode;
    if (file !== this.lastFile) {
      code = this.fileCodes.get(file) ?? this.files.length;
      if (code === this.files.length) {
        this.files.push(file);
        this.fileCodes.set(file, code);
      }
      this.lastFile = file;
      this.lastFileCode = code;
    }
    this.fileOf[index] = code;
    this.lines[index] = line;
    this.statuses[index] = statusCode(status);
    this.ids[index] = id;
    if (detail !== '') this.details.set(index, detail);
    this.count++;
    return index;
  }

  file(index: number): string {
    return this.files[this.fileOf[this.check(index)]];
  }

  line(index: number): number {
    return this.lines[this.check(index)];
  }

  id(index: number): string | null {
    return this.ids[this.check(index)];
  }

  status(index: number): RowStatus {
    return ROW_STATUSES[this.statuses[this.check(index)]];
  }

  detail(index: number): string {
    return this.details.get(this.check(index)) ?? '';
  }

  setStatus(index: number, status: RowStatus): void {
    this.statuses[this.check(index)] = statusCode(status);
  }

  setDetail(index: number, detail: string): void {
    if (detail === '') this.details.delete(this.check(index));
    else this.details.set(this.check(index), detail);
  }

  /** Drops the room left for rows that did not come. */
  trim(): void {
    this.ids.length = this.count;
  }

  /** Row `index` as a record (a new object each time). */
  at(index: number): LedgerRow {
    return { file: this.file(index), line: this.line(index), id: this.id(index), status: this.status(index), detail: this.detail(index) };
  }

  /** The columns of `at`'s records (for the JSON writer), valid until a row is added. */
  columns(): readonly RecordColumn[] {
    const { details } = this;
    return [
      { key: 'file', codes: this.fileOf, labels: this.files },
      { key: 'line', numbers: this.lines },
      { key: 'id', strings: this.ids.length === this.count ? this.ids : this.ids.slice(0, this.count) },
      { key: 'status', codes: this.statuses, labels: ROW_STATUSES },
      { key: 'detail', text: (index) => details.get(index) ?? '' },
    ];
  }

  /** How many rows have each status. */
  countStatuses(): Record<RowStatus, number> {
    const byCode = new Array<number>(ROW_STATUSES.length).fill(0);
    for (let index = 0; index < this.count; index++) byCode[this.statuses[index]]++;
    return Object.fromEntries(ROW_STATUSES.map((status, code) => [status, byCode[code]])) as Record<RowStatus, number>;
  }

  /** These rows followed by `rows`, as new rows (these are unchanged). */
  concat(rows: Iterable<LedgerRow>): LedgerRows {
    const out = this.remade((file) => file, (id) => id, (detail) => detail);
    for (const row of rows) out.add(row.file, row.line, row.id, row.status, row.detail);
    return out;
  }

  /**
   * The same rows with every file name, ID and detail passed through `change` (statuses are a
   * fixed vocabulary and stay); each distinct file name is changed once. Privacy's `mapStrings`
   * calls this for a value that has it.
   */
  mapStrings(change: (text: string) => string): LedgerRows {
    return this.remade((text) => change(text), (id) => (id === null ? null : change(id)), change);
  }

  /** The same rows with each ID replaced by `idOf(id, index)`. */
  withIds(idOf: (id: string | null, index: number) => string | null): LedgerRows {
    return this.remade((file) => file, idOf, (detail) => detail);
  }

  private remade(fileOf: (file: string) => string, idOf: (id: string | null, index: number) => string | null, detailOf: (detail: string) => string): LedgerRows {
    const out = new LedgerRows(this.count);
    const files = this.files.map(fileOf);
    for (let index = 0; index < this.count; index++) {
      out.add(files[this.fileOf[index]], this.lines[index], idOf(this.ids[index], index), ROW_STATUSES[this.statuses[index]], detailOf(this.detail(index)));
    }
    return out;
  }

  private check(index: number): number {
    if (!(Number.isInteger(index) && index >= 0 && index < this.count)) throw new RangeError(`ledger row ${index} does not exist (${this.count} rows)`);
    return index;
  }

  private grow(): void {
    const capacity = this.statuses.length * 2;
    this.fileOf = grown(this.fileOf, capacity);
    this.lines = grown(this.lines, capacity);
    this.statuses = grown(this.statuses, capacity);
  }
}

function statusCode(status: RowStatus): number {
  const code = STATUS_CODES.get(status);
  if (code === undefined) throw new RangeError(`"${String(status)}" is not a ledger status`);
  return code;
}
