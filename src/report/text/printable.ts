/**
 * Input text made safe to print on a terminal or in a plain-text document: control characters
 * (which could move the cursor or recolour the terminal), bidirectional overrides (which can make
 * text read differently from what it is) and line breaks become visible or plain spaces.
 */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function printable(text: string): string {
  return text.replace(/[\r\n\t]+/g, ' ').replace(CONTROL, '\uFFFD');
}
