/**
 * The per-student table, stored column by column (issue 7): a million students are a few typed
 * arrays and the strings the students already hold, not a million 12-field objects made during the
 * analysis and traced by the garbage collector until the report is written. A row is named by its
 * index; `at(i)`, `slice`, iteration and `toJSON()` give `StudentRow` objects made on demand, so a
 * report (and a test) sees the same records as before. The JSON writer asks for 256 at a time.
 *
 * A figure that is null is stored as NaN, so a NaN figure reads back as null (as JSON writes it).
 */
import { grown, RecordRows, type RecordColumn } from '../record-rows.js';
import type { StudentFlag, StudentRow } from './findings.js';

/** The flags, in the order their codes are stored. */
const FLAGS: readonly StudentFlag[] = ['declined', 'below-hinge', 'at-or-above-hinge', 'no-data'];
const FLAG_CODES = new Map(FLAGS.map((flag, code) => [flag, code]));

/** The text columns, which `text(field)` returns and `mapStrings` maps. */
export type StudentTextField = 'id' | 'name' | 'strategy' | 'teacher' | 'section';

const NUMBER_FIELDS = ['pre', 'post', 'gain', 'percentGain', 'normalizedChange', 'effectSize'] as const;
type StudentNumberField = (typeof NUMBER_FIELDS)[number];

export class StudentRows extends RecordRows<StudentRow> {
  private count = 0;
  // Allocated at the capacity: growing five arrays of a million by `push` would copy each several times.
  private readonly ids: string[];
  private readonly names: Array<string | null>;
  private readonly strategies: Array<string | null>;
  private readonly teachers: Array<string | null>;
  private readonly sections: Array<string | null>;
  private numbers: Record<StudentNumberField, Float64Array>;
  private flags: Uint8Array;

  /** Empty rows, with room for `capacity` before the columns grow. */
  constructor(capacity = 64) {
    super();
    const size = Math.max(1, capacity);
    this.ids = new Array<string>(size);
    this.names = new Array<string | null>(size);
    this.strategies = new Array<string | null>(size);
    this.teachers = new Array<string | null>(size);
    this.sections = new Array<string | null>(size);
    this.numbers = { pre: new Float64Array(size), post: new Float64Array(size), gain: new Float64Array(size), percentGain: new Float64Array(size), normalizedChange: new Float64Array(size), effectSize: new Float64Array(size) };
    this.flags = new Uint8Array(size);
  }

  /** Rows made from records (a test's, or a privacy option's reordering). */
  static from(rows: Iterable<StudentRow>): StudentRows {
    const out = new StudentRows(Array.isArray(rows) ? rows.length : undefined);
    for (const row of rows) out.add(row.id, row.name, row.strategy, row.teacher, row.section, row.pre, row.post, row.gain, row.percentGain, row.normalizedChange, row.effectSize, row.flag);
    return out;
  }

  get length(): number {
    return this.count;
  }

  /**
   * Appends a row; returns its index. The arguments are a `StudentRow`'s fields in its order.
   *
   * @example new StudentRows().add('S1', 'Ada', 'Number talks', 'Ito', null, 20, 25, 5, null, null, 0.8, 'at-or-above-hinge') // 0
   */
  add(
    id: string,
    name: string | null,
    strategy: string | null,
    teacher: string | null,
    section: string | null,
    pre: number | null,
    post: number | null,
    gain: number | null,
    percentGain: number | null,
    normalizedChange: number | null,
    effectSize: number | null,
    flag: StudentFlag,
  ): number {
    const index = this.count;
    if (index === this.flags.length) this.grow();
    const code = FLAG_CODES.get(flag);
    if (code === undefined) throw new RangeError(`"${String(flag)}" is not a student flag`);
    this.ids[index] = id;
    this.names[index] = name;
    this.strategies[index] = strategy;
    this.teachers[index] = teacher;
    this.sections[index] = section;
    const { numbers } = this;
    numbers.pre[index] = pre ?? NaN;
    numbers.post[index] = post ?? NaN;
    numbers.gain[index] = gain ?? NaN;
    numbers.percentGain[index] = percentGain ?? NaN;
    numbers.normalizedChange[index] = normalizedChange ?? NaN;
    numbers.effectSize[index] = effectSize ?? NaN;
    this.flags[index] = code;
    this.count++;
    return index;
  }

  /** One text column, row by row (often the column itself: read it, do not change it). */
  text(field: 'id'): readonly string[];
  text(field: StudentTextField): ReadonlyArray<string | null>;
  text(field: StudentTextField): ReadonlyArray<string | null> {
    const column = this.textColumns()[field];
    // The column itself when it is full (the analysis sizes it exactly), else its rows so far.
    return column.length === this.count ? column : column.slice(0, this.count);
  }

  /** Row `index` as a record (a new object each time). */
  at(index: number): StudentRow {
    if (!(Number.isInteger(index) && index >= 0 && index < this.count)) throw new RangeError(`student row ${index} does not exist (${this.count} rows)`);
    const { numbers } = this;
    return {
      id: this.ids[index],
      name: this.names[index],
      strategy: this.strategies[index],
      teacher: this.teachers[index],
      section: this.sections[index],
      pre: orNull(numbers.pre[index]),
      post: orNull(numbers.post[index]),
      gain: orNull(numbers.gain[index]),
      percentGain: orNull(numbers.percentGain[index]),
      normalizedChange: orNull(numbers.normalizedChange[index]),
      effectSize: orNull(numbers.effectSize[index]),
      flag: FLAGS[this.flags[index]],
    };
  }

  /** The columns of `at`'s records (for the JSON writer), valid until a row is added. */
  columns(): readonly RecordColumn[] {
    const { numbers } = this;
    return [
      { key: 'id', strings: this.ids },
      { key: 'name', strings: this.names },
      { key: 'strategy', strings: this.strategies },
      { key: 'teacher', strings: this.teachers },
      { key: 'section', strings: this.sections },
      ...NUMBER_FIELDS.map((key) => ({ key, numbers: numbers[key] })),
      { key: 'flag', codes: this.flags, labels: FLAGS },
    ];
  }

  /**
   * The same rows with every ID, name, strategy, teacher and section passed through `change`
   * (figures and flags stay); each distinct strategy, teacher and section is changed once.
   * Privacy's `mapStrings` calls this for a value that has it.
   */
  mapStrings(change: (text: string) => string): StudentRows {
    const shared = new Map<string, string>();
    const changeShared = (text: string | null): string | null => {
      if (text === null) return null;
      let changed = shared.get(text);
      if (changed === undefined) shared.set(text, (changed = change(text)));
      return changed;
    };
    return this.remade((index) => index, {
      id: (id) => change(id as string),
      name: (name) => (name === null ? null : change(name)),
      strategy: changeShared,
      teacher: changeShared,
      section: changeShared,
    });
  }

  /** The same rows with each ID replaced by `idOf(id, index)` and each name by `nameOf(name, index)`. */
  withIdentities(idOf: (id: string, index: number) => string, nameOf: (name: string | null, index: number) => string | null): StudentRows {
    return this.remade((index) => index, { id: (id, index) => idOf(id as string, index), name: nameOf });
  }

  /** The rows in the order of `compare` on their IDs (a stable sort; the rows are unchanged). */
  sortedByIds(compare: (a: string, b: string) => number): StudentRows {
    const order = Array.from({ length: this.count }, (_, index) => index).sort((a, b) => compare(this.ids[a], this.ids[b]));
    return this.remade((index) => order[index], {});
  }

  /** Row `sourceOf(i)` of these rows becomes row i of the new ones, its text passed through `change` (by field). */
  private remade(sourceOf: (index: number) => number, change: Partial<Record<StudentTextField, (text: string | null, index: number) => string | null>>): StudentRows {
    const out = new StudentRows(this.count);
    const columns = this.textColumns();
    const keep = (text: string | null) => text;
    const [id, name, strategy, teacher, section] = (['id', 'name', 'strategy', 'teacher', 'section'] as const).map((field) => change[field] ?? keep);
    for (let index = 0; index < this.count; index++) {
      const from = sourceOf(index);
      out.ids[index] = id(columns.id[from], from) as string;
      out.names[index] = name(columns.name[from], from);
      out.strategies[index] = strategy(columns.strategy[from], from);
      out.teachers[index] = teacher(columns.teacher[from], from);
      out.sections[index] = section(columns.section[from], from);
      for (const field of NUMBER_FIELDS) out.numbers[field][index] = this.numbers[field][from];
      out.flags[index] = this.flags[from];
    }
    out.count = this.count;
    return out;
  }

  private textColumns(): Record<StudentTextField, ReadonlyArray<string | null>> {
    return { id: this.ids, name: this.names, strategy: this.strategies, teacher: this.teachers, section: this.sections };
  }

  private grow(): void {
    const capacity = this.flags.length * 2;
    for (const field of NUMBER_FIELDS) this.numbers[field] = grown(this.numbers[field], capacity);
    this.flags = grown(this.flags, capacity);
  }
}

function orNull(value: number): number | null {
  return Number.isNaN(value) ? null : value;
}
