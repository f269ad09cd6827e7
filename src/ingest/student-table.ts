/**
 * The matched students of a read (the cohort's `MatchedStudents`): each is its pre row among the
 * candidate rows (candidate-rows.ts), whose columns hold the student's ID, name and codes, with
 * its pre and post scores beside them. Matching adds the students one by one; nothing of a row is
 * copied (issue 7).
 */
import { CandidateRows } from './candidate-rows.js';
import { GroupSets, TextCodes } from './codes.js';
import { grown } from '../record-rows.js';
import type { MatchedStudent, MatchedStudents } from './types.js';

export class StudentTable implements MatchedStudents {
  private count = 0;
  private matched: Int32Array;
  private readonly preScores: Float64Array;
  private readonly postScores: Float64Array;

  /** No students yet, with room for `capacity` before the row list grows. */
  constructor(
    private readonly candidates: CandidateRows,
    capacity = 64,
  ) {
    this.matched = new Int32Array(Math.max(1, capacity));
    this.preScores = new Float64Array(candidates.length);
    this.postScores = new Float64Array(candidates.length);
  }

  /**
   * Students made from objects (a test's, or any list of `MatchedStudent`s).
   *
   * @example StudentTable.from([{ id: 'S1', name: null, strategy: 'A', teacher: 'T1', section: null, groups: {}, pre: 10, post: 14 }]).at(0).teacher // 'T1'
   */
  static from(students: Iterable<MatchedStudent>): StudentTable {
    const list = [...students];
    const texts = new TextCodes();
    const sets = new GroupSets();
    const rows = new CandidateRows(texts, sets, list.length);
    for (const student of list) {
      const groups = sets.codeOf(GroupSets.keyOf(student.groups), () => ({ ...student.groups }));
      rows.add(student.id, student.name, texts.codeOf(student.strategy), texts.codeOf(student.teacher), texts.codeOf(student.section), groups, 0, student.id, null, null);
    }
    rows.trim();
    const table = new StudentTable(rows, list.length);
    list.forEach((student, row) => table.add(row, student.pre, student.post));
    return table;
  }

  get length(): number {
    return this.count;
  }

  get rows(): Int32Array {
    return this.matched.subarray(0, this.count);
  }

  get ids(): readonly string[] {
    return this.candidates.ids;
  }

  get names(): ReadonlyArray<string | null> {
    return this.candidates.names;
  }

  get texts(): readonly string[] {
    return this.candidates.texts.texts;
  }

  get groupSets(): ReadonlyArray<Readonly<Record<string, string>>> {
    return this.candidates.groupSets.sets;
  }

  get strategies(): Int32Array {
    return this.candidates.strategies;
  }

  get teachers(): Int32Array {
    return this.candidates.teachers;
  }

  get sections(): Int32Array {
    return this.candidates.sections;
  }

  get groups(): Int32Array {
    return this.candidates.groups;
  }

  get pre(): Float64Array {
    return this.preScores;
  }

  get post(): Float64Array {
    return this.postScores;
  }

  /** Adds candidate row `row` (one read before the table was made) as a matched student with these scores. Returns the student's index. */
  add(row: number, pre: number, post: number): number {
    if (!(row >= 0 && row < this.preScores.length)) throw new RangeError(`candidate row ${row} is not one of the ${this.preScores.length} the students were made over`);
    const index = this.count;
    if (index === this.matched.length) this.matched = grown(this.matched, index * 2);
    this.matched[index] = row;
    this.preScores[row] = pre;
    this.postScores[row] = post;
    this.count++;
    return index;
  }

  at(index: number): MatchedStudent {
    if (!(Number.isInteger(index) && index >= 0 && index < this.count)) throw new RangeError(`student ${index} does not exist (${this.count} students)`);
    const row = this.matched[index];
    return { ...this.candidates.student(row), pre: this.preScores[row], post: this.postScores[row] };
  }

  toArray(): MatchedStudent[] {
    return Array.from({ length: this.count }, (_, index) => this.at(index));
  }

  *[Symbol.iterator](): Iterator<MatchedStudent> {
    for (let index = 0; index < this.count; index++) yield this.at(index);
  }
}
