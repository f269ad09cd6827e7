/**
 * Guess the field delimiter from the first lines: the candidate (comma, semicolon, tab, pipe)
 * that appears the same non-zero number of times, outside quotes, on the most lines; ties go to
 * the candidate with more fields per line. A file with none of them is read as comma-separated.
 *
 * @example sniffDelimiter('Namn;Poäng\n"Berg, Ada";17,50\n') // ';'
 */
export const DELIMITER_CANDIDATES = [',', ';', '\t', '|'] as const;

const SAMPLE_CHARACTERS = 64 * 1024;
const SAMPLE_LINES = 60;

export function sniffDelimiter(text: string): string {
  const counts = countPerLine(text);
  let best = ',';
  let bestScore = 0;
  let bestMode = 0;
  for (const candidate of DELIMITER_CANDIDATES) {
    const perLine = counts.map((line) => line.get(candidate) ?? 0);
    const frequency = new Map<number, number>();
    for (const count of perLine) if (count > 0) frequency.set(count, (frequency.get(count) ?? 0) + 1);
    let mode = 0;
    let modeLines = 0;
    for (const [count, lines] of frequency) {
      if (lines > modeLines || (lines === modeLines && count > mode)) {
        mode = count;
        modeLines = lines;
      }
    }
    if (modeLines > bestScore || (modeLines === bestScore && mode > bestMode)) {
      best = candidate;
      bestScore = modeLines;
      bestMode = mode;
    }
  }
  return best;
}

/** For each of the first lines (quoted newlines do not end a line), how often each candidate appears outside quotes. */
function countPerLine(text: string): Array<Map<string, number>> {
  const lines: Array<Map<string, number>> = [];
  let current = new Map<string, number>();
  let inQuotes = false;
  let blank = true;
  const end = Math.min(text.length, SAMPLE_CHARACTERS);
  for (let i = 0; i < end && lines.length < SAMPLE_LINES; i++) {
    const character = text[i];
    if (character === '"') {
      inQuotes = !inQuotes;
      blank = false;
    } else if (!inQuotes && (character === '\n' || character === '\r')) {
      if (!blank) lines.push(current);
      current = new Map();
      blank = true;
    } else if (!inQuotes && (character === ',' || character === ';' || character === '\t' || character === '|')) {
      current.set(character, (current.get(character) ?? 0) + 1);
      blank = false;
    } else if (character !== ' ') {
      blank = false;
    }
  }
  if (!blank) lines.push(current);
  return lines;
}
