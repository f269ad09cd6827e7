/** Word-wraps `text` to `width` columns with a first-line and a continuation indent. */
export function wrap(text: string, width: number, indent = '', continuation = indent): string {
  const words = text.split(/\s+/).filter((word) => word !== '');
  const out: string[] = [];
  let line = indent;
  let empty = true;
  for (const word of words) {
    if (!empty && [...line].length + 1 + [...word].length > width) {
      out.push(line);
      line = continuation + word;
    } else {
      line += (empty ? '' : ' ') + word;
    }
    empty = false;
  }
  out.push(line);
  return out.join('\n');
}
