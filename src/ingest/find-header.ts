/**
 * Which record is the header. Exports often put titles, banners or metadata above it
 * (PowerTeacher's `Label:,value,` block, Google Classroom's class name in A1, a teacher's title
 * rows). Rule: when the user named columns, the first record that has all of them; otherwise the
 * first record that fills at least 80% as many cells as the fullest record of the sample, is
 * mostly text, and is not a `Label:` metadata line. Falls back to the first non-blank record.
 */
import type { CsvRecord } from './csv-records.js';
import { findColumnIndex, headerNames } from './columns.js';
import { parseScore } from './parse-score.js';

export function findHeader(sample: readonly CsvRecord[], wantedNames: readonly string[]): number {
  if (wantedNames.length > 0) {
    for (let index = 0; index < sample.length; index++) {
      const names = headerNames(sample[index].fields);
      if (wantedNames.every((name) => findColumnIndex(names, name) !== -1)) return index;
    }
  }
  const filled = sample.map((record) => countFilled(record.fields));
  const fullest = Math.max(0, ...filled);
  for (let index = 0; index < sample.length; index++) {
    const fields = sample[index].fields;
    if (filled[index] < Math.max(1, Math.ceil(0.8 * fullest))) continue;
    if (isMetadataLine(fields)) continue;
    if (numericShare(fields) >= 0.5) continue;
    return index;
  }
  const firstFilled = filled.findIndex((count) => count > 0);
  return firstFilled === -1 ? 0 : firstFilled;
}

/** Non-empty cells. */
export function countFilled(fields: readonly string[]): number {
  let count = 0;
  for (const field of fields) if (field.trim() !== '') count++;
  return count;
}

/** `Teacher Name:,Ms. Okafor,` — a label ending in a colon, then at most a couple of values. */
export function isMetadataLine(fields: readonly string[]): boolean {
  const first = fields[0]?.trim() ?? '';
  return first.endsWith(':') && countFilled(fields) <= 3;
}

function numericShare(fields: readonly string[]): number {
  let filled = 0;
  let numeric = 0;
  for (const field of fields) {
    if (field.trim() === '') continue;
    filled++;
    if (parseScore(field).kind === 'number') numeric++;
  }
  return filled === 0 ? 0 : numeric / filled;
}
