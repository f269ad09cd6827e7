/**
 * Finds student names and IDs inside any text (a warning, a ledger detail, a cycle question) and
 * replaces them. Text is split into words; a name or ID is a run of words separated only by spaces
 * or commas, compared case-insensitively, with leading zeros of numeric words ignored (so
 * `00041000` and `41000` are the same ID). Word-based matching keeps the cost linear in the text
 * and never cuts a longer number or word (`12.5` does not contain the ID `12`).
 */

/** A word: letters or digits, with inner `.`, `@`, `+`, `-`, `_` or apostrophes (emails, s41000, O'Neil). */
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’_@.+-]*[\p{L}\p{N}])?/gu;
const GAP = /^[\s,]+$/u;

export type TextScrubber = (text: string) => string;

/** The comparison key of a run of words. */
function keyOf(words: readonly string[]): string {
  return words.map((word) => (/^\d+$/.test(word) ? word.replace(/^0+(?=\d)/, '') : word.toLocaleLowerCase('en'))).join(' ');
}

/** The words of `text`, for registering a name or ID. */
function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Name variants a text may use: as written, and "First Last" for "Last, First" (and back). */
function variants(name: string): string[][] {
  const words = wordsOf(name);
  const out = [words];
  const comma = name.indexOf(',');
  if (comma > 0) out.push([...wordsOf(name.slice(comma + 1)), ...wordsOf(name.slice(0, comma))]);
  else if (words.length === 2) out.push([words[1], words[0]]);
  return out;
}

/**
 * A scrubber replacing every registered name or ID with its replacement. `names` and `ids` map
 * the text as it appears in the input to what should be printed instead.
 */
export function textScrubber(ids: ReadonlyMap<string, string>, names: ReadonlyMap<string, string>): TextScrubber {
  const lookup = new Map<string, string>();
  const literals = new Map<string, string>();
  let longest = 1;
  const register = (original: string, words: string[], replacement: string) => {
    // A "name" with no letter or digit ("-", "?") identifies nobody and would match everywhere.
    if (words.length === 0) return;
    if (!isWordsAndGaps(original)) literals.set(original.trim().toLocaleLowerCase('en'), replacement);
    lookup.set(keyOf(words), replacement);
    longest = Math.max(longest, words.length);
  };
  for (const [name, replacement] of names) for (const words of variants(name)) register(name, words, replacement);
  for (const [id, replacement] of ids) register(id, wordsOf(id), replacement);
  literals.delete('');
  const scanWords = wordScanner(lookup, longest);
  if (literals.size === 0) return scanWords;
  // Names and IDs with other punctuation ("<b>Ann</b>", "=HYPERLINK(…)") are also replaced verbatim.
  const alternatives = [...literals.keys()].sort((a, b) => b.length - a.length).map((literal) => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const splitter = new RegExp(`(${alternatives.join('|')})`, 'giu');
  return (text) =>
    text
      .split(splitter)
      .map((part, index) => (index % 2 === 1 ? (literals.get(part.toLocaleLowerCase('en')) ?? '[name removed]') : scanWords(part)))
      .join('');
}

/** Whether `text` is nothing but words separated by spaces or commas. */
function isWordsAndGaps(text: string): boolean {
  return text.replace(WORD, ' ').trim().replace(/[\s,]+/g, '') === '';
}

function wordScanner(lookup: ReadonlyMap<string, string>, longest: number): TextScrubber {
  return (text) => {
    const found = [...text.matchAll(WORD)];
    if (found.length === 0) return text;
    let out = '';
    let copied = 0;
    for (let i = 0; i < found.length; i++) {
      for (let length = Math.min(longest, found.length - i); length >= 1; length--) {
        const run = found.slice(i, i + length);
        if (!run.every((word, k) => k === 0 || GAP.test(text.slice(run[k - 1].index + run[k - 1][0].length, word.index)))) continue;
        const replacement = lookup.get(keyOf(run.map((word) => word[0])));
        if (replacement === undefined) continue;
        const last = run[length - 1];
        out += text.slice(copied, run[0].index) + replacement;
        copied = last.index + last[0].length;
        i += length - 1;
        break;
      }
    }
    return out + text.slice(copied);
  };
}
