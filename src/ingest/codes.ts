/**
 * Codes for the values that repeat on thousands of student rows (issue 7): teacher, section and
 * strategy names are codes into one list of names (`TextCodes`), and a row's `--by` values a code
 * into one list of value sets (`GroupSets`). Both lists are shared by every file of a read, so
 * equal codes are equal names, and the analysis groups students by code without reading a string.
 */

/**
 * Distinct texts, numbered in the order first seen; -1 stands for none (null).
 *
 * @example
 * const texts = new TextCodes();
 * texts.codeOf('T1'); // 0
 * texts.codeOf(null); // -1
 * texts.textOf(0); // 'T1'
 */
export class TextCodes {
  readonly texts: string[] = [];
  private readonly codes = new Map<string, number>();

  /** The code of `text` (numbering it if new); -1 for null. */
  codeOf(text: string | null): number {
    if (text === null) return -1;
    let code = this.codes.get(text);
    if (code === undefined) {
      code = this.texts.length;
      this.texts.push(text);
      this.codes.set(text, code);
    }
    return code;
  }

  textOf(code: number): string | null {
    return code === -1 ? null : this.texts[code];
  }
}

/**
 * Distinct sets of `--by` values (column header → value), numbered; set 0 is the empty set that
 * every row without `--by` columns shares. A set is read-only once numbered.
 */
export class GroupSets {
  readonly sets: Array<Readonly<Record<string, string>>> = [NO_GROUPS];
  private readonly codes = new Map<string, number>([['', 0]]);

  /**
   * The code of the set that `key` names, made by `make` the first time. Sets with equal values
   * must have equal keys, and different sets different keys (`keyOf` makes one from a set).
   */
  codeOf(key: string, make: () => Record<string, string>): number {
    let code = this.codes.get(key);
    if (code === undefined) {
      code = this.sets.length;
      this.sets.push(Object.freeze(make()));
      this.codes.set(key, code);
    }
    return code;
  }

  /** A key for any set: its columns and values in order, or '' for the empty set. */
  static keyOf(set: Readonly<Record<string, string>>): string {
    let key = '';
    for (const column in set) key += `${column}\u0000${set[column]}\u0000`;
    return key;
  }
}

/** Shared by every row when there are no --by columns (never written to). */
const NO_GROUPS: Readonly<Record<string, string>> = Object.freeze({});
