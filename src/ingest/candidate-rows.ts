/**
 * The student rows of a read, before matching: for each, the `MatchedStudent` it may become and,
 * column by column beside it, what only matching needs — the ledger entry, the matching key, the
 * scores as read and a note. Keeping those out of the student objects makes each of a million
 * students 6 fields smaller, for as long as the analysis holds them (issue 7).
 */
import type { ParsedScore } from './parse-score.js';
import type { MatchedStudent } from './types.js';

export class CandidateRows {
  /** Row i's student: `pre` and `post` are filled in (and a partner row's fields merged) when it is matched. */
  readonly students: MatchedStudent[] = [];
  /** Row i's matching key (the ID as compared, or the normalised name). */
  readonly keys: string[] = [];
  /** Row i's pre score as read, or null when it is not a pre row; a wide row has both. */
  readonly preScores: Array<ParsedScore | null> = [];
  readonly postScores: Array<ParsedScore | null> = [];
  private entries = new Int32Array(1024);
  /** Extra words for a row's ledger detail (e.g. "matches both --pre-where and --post-where"). */
  private readonly notes = new Map<number, string>();

  get length(): number {
    return this.students.length;
  }

  /**
   * Appends a row; returns its index.
   *
   * @example new CandidateRows().add(student, 0, 'S1', { kind: 'number', value: 10 }, null) // 0
   */
  add(student: MatchedStudent, entry: number, key: string, preScore: ParsedScore | null, postScore: ParsedScore | null, note?: string): number {
    const index = this.students.length;
    if (index === this.entries.length) {
      const entries = new Int32Array(index * 2);
      entries.set(this.entries);
      this.entries = entries;
    }
    this.entries[index] = entry;
    this.students.push(student);
    this.keys.push(key);
    this.preScores.push(preScore);
    this.postScores.push(postScore);
    if (note !== undefined) this.notes.set(index, note);
    return index;
  }

  /** The index of row `index`'s ledger row. */
  entry(index: number): number {
    return this.entries[index];
  }

  note(index: number): string | undefined {
    return this.notes.get(index);
  }
}
