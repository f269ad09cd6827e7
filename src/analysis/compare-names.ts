/**
 * The order names are listed in: alphabetical, ignoring case and accents, with numbers inside
 * names compared as numbers ("Grade 2" before "Grade 10") — ICU's English collation at base
 * strength (`localeCompare(b, 'en', { numeric: true, sensitivity: 'base' })`).
 *
 * Names of only ASCII letters and spaces (most strategy names) are compared without ICU: for
 * them the collation is exactly the lower-cased text's code-unit order (space before letters),
 * and creating the first ICU collator costs about 10 ms, a twentieth of a small report's run
 * (issue 7). tests/analysis/compare-names.test.ts checks the two agree.
 */
const LETTERS_AND_SPACES = /^[A-Za-z ]*$/;

let collator: Intl.Collator | null = null;

export function compareNames(a: string, b: string): number {
  if (LETTERS_AND_SPACES.test(a) && LETTERS_AND_SPACES.test(b)) {
    const left = a.toLowerCase();
    const right = b.toLowerCase();
    return left < right ? -1 : left > right ? 1 : 0;
  }
  collator ??= new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
  return collator.compare(a, b);
}
