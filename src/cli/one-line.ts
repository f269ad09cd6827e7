/**
 * An error message as exactly one safe line for stderr. Messages quote the input (cells, column
 * names, file names), which can hold line breaks, terminal escape sequences, bidirectional
 * overrides or megabytes of text: line breaks and tabs become spaces, other control characters
 * become visible escapes (`\x00`, `\u202e`), and a message longer than `max` characters is cut
 * with a note of how much was left out.
 *
 * @example oneLine('score "\u0000 15"') // 'score "\\x00 15"'
 */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export const MAX_MESSAGE_LENGTH = 600;

export function oneLine(message: string, max = MAX_MESSAGE_LENGTH): string {
  let text = message.replace(/[\r\n\t]+/g, ' ').replace(CONTROL, (character) => {
    const code = character.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
  if (text.length > max) {
    const left = text.length - max;
    // Do not cut a surrogate pair in half.
    let end = max;
    if (/[\ud800-\udbff]/.test(text[end - 1] ?? '')) end--;
    text = `${text.slice(0, end)}… (${left} more characters)`;
  }
  return text.trim();
}

/**
 * Multi-line terminal output that quotes the input (`inspect`, `import`): line breaks are kept,
 * tabs become spaces, and every other control character or bidirectional override becomes U+FFFD,
 * as the text report does (src/report/text/printable.ts).
 */
export function printableLines(text: string): string {
  return text.replace(/\r\n?|\t/g, (match) => (match === '\t' ? ' ' : '\n')).replace(CONTROL, '\uFFFD');
}
