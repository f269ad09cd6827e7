/**
 * The student rows of a read, before matching, column by column (issue 7): what each row's
 * student would be (ID, name, and codes for its strategy, teacher, section and `--by` values), and
 * what only matching needs — the ledger entry, the matching key, the scores as read and a note.
 * A million rows are a few arrays, not a million objects that the garbage collector copies and
 * traces until the report is written. A matched student is its pre row (student-table.ts).
 */
import type { ParsedScore } from './parse-score.js';
import { GroupSets, type TextCodes } from './codes.js';
import { grown } from '../record-rows.js';
import type { MatchedStudent } from './types.js';

export class CandidateRows {
  private count = 0;
  /**
   * The columns, allocated at the expected number of rows: filling arrays of a million by `push`
   * took four times as long (measured: 200 ms against 50 ms for five such arrays), each growth
   * copying them again.
   */
  readonly ids: string[];
  readonly names: Array<string | null>;
  /** Row i's matching key (the ID as compared, or the normalised name). */
  readonly keys: string[];
  /** Row i's pre score as read, or null when it is not a pre row; a wide row has both. */
  readonly preScores: Array<ParsedScore | null>;
  readonly postScores: Array<ParsedScore | null>;
  // Codes into `texts` (-1 for none) and into `groupSets`, and the ledger entries, with room to grow.
  private strategyCodes: Int32Array;
  private teacherCodes: Int32Array;
  private sectionCodes: Int32Array;
  private groupCodes: Int32Array;
  private entries: Int32Array;
  /** Extra words for a row's ledger detail (e.g. "matches both --pre-where and --post-where"). */
  private readonly notes = new Map<number, string>();

  constructor(
    /** The names the code columns point into, shared by every file of the read. */
    readonly texts: TextCodes,
    readonly groupSets: GroupSets,
    /** How many rows are expected: more still fit. */
    capacity = 1024,
  ) {
    const size = Math.max(1, Math.min(capacity, 1 << 26));
    this.ids = new Array<string>(size);
    this.names = new Array<string | null>(size);
    this.keys = new Array<string>(size);
    this.preScores = new Array<ParsedScore | null>(size);
    this.postScores = new Array<ParsedScore | null>(size);
    this.strategyCodes = new Int32Array(size);
    this.teacherCodes = new Int32Array(size);
    this.sectionCodes = new Int32Array(size);
    this.groupCodes = new Int32Array(size);
    this.entries = new Int32Array(size);
  }

  get length(): number {
    return this.count;
  }

  /** The code columns, row by row (views of the columns: read them, or change a row in place). */
  get strategies(): Int32Array {
    return this.strategyCodes.subarray(0, this.count);
  }

  get teachers(): Int32Array {
    return this.teacherCodes.subarray(0, this.count);
  }

  get sections(): Int32Array {
    return this.sectionCodes.subarray(0, this.count);
  }

  get groups(): Int32Array {
    return this.groupCodes.subarray(0, this.count);
  }

  /**
   * Appends a row; returns its index. `strategy`, `teacher` and `section` are codes from `texts`,
   * `groups` one from `groupSets`.
   *
   * @example new CandidateRows(new TextCodes(), new GroupSets()).add('S1', null, -1, -1, -1, 0, 0, 'S1', { kind: 'number', value: 10 }, null) // 0
   */
  add(id: string, name: string | null, strategy: number, teacher: number, section: number, groups: number, entry: number, key: string, preScore: ParsedScore | null, postScore: ParsedScore | null, note?: string): number {
    const index = this.count;
    if (index === this.entries.length) {
      const capacity = index * 2;
      this.entries = grown(this.entries, capacity);
      this.strategyCodes = grown(this.strategyCodes, capacity);
      this.teacherCodes = grown(this.teacherCodes, capacity);
      this.sectionCodes = grown(this.sectionCodes, capacity);
      this.groupCodes = grown(this.groupCodes, capacity);
    }
    // Past the expected rows, the arrays grow by being written at their end.
    this.ids[index] = id;
    this.names[index] = name;
    this.keys[index] = key;
    this.preScores[index] = preScore;
    this.postScores[index] = postScore;
    this.strategyCodes[index] = strategy;
    this.teacherCodes[index] = teacher;
    this.sectionCodes[index] = section;
    this.groupCodes[index] = groups;
    this.entries[index] = entry;
    if (note !== undefined) this.notes.set(index, note);
    this.count++;
    return index;
  }

  /** Drops the room left for rows that did not come: the arrays' lengths become `length`. */
  trim(): void {
    for (const column of [this.ids, this.names, this.keys, this.preScores, this.postScores]) column.length = this.count;
  }

  /**
   * Gives row `row` the fields of row `other` where its own are blank: a student's pre row takes
   * what only the post row has. `--by` values are merged value by value.
   */
  fillBlanks(row: number, other: number): void {
    if (this.ids[row] === '') this.ids[row] = this.ids[other];
    this.names[row] ??= this.names[other];
    if (this.strategyCodes[row] === -1) this.strategyCodes[row] = this.strategyCodes[other];
    if (this.teacherCodes[row] === -1) this.teacherCodes[row] = this.teacherCodes[other];
    if (this.sectionCodes[row] === -1) this.sectionCodes[row] = this.sectionCodes[other];
    const own = this.groupCodes[row];
    if (own === this.groupCodes[other]) return;
    const sets = this.groupSets.sets;
    const groups: Record<string, string> = { ...sets[this.groupCodes[other]] };
    for (const column in sets[own]) if (sets[own][column] !== '' || groups[column] === undefined) groups[column] = sets[own][column];
    this.groupCodes[row] = this.groupSets.codeOf(GroupSets.keyOf(groups), () => groups);
  }

  /** Row `row`'s student, without scores (a new object each time). */
  student(row: number): Omit<MatchedStudent, 'pre' | 'post'> {
    const { texts } = this;
    return {
      id: this.ids[row],
      name: this.names[row],
      strategy: texts.textOf(this.strategyCodes[row]),
      teacher: texts.textOf(this.teacherCodes[row]),
      section: texts.textOf(this.sectionCodes[row]),
      groups: this.groupSets.sets[this.groupCodes[row]],
    };
  }

  /** The index of row `index`'s ledger row. */
  entry(index: number): number {
    return this.entries[index];
  }

  note(index: number): string | undefined {
    return this.notes.get(index);
  }
}
