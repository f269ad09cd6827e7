/**
 * Every student identity the findings know: IDs (student rows and ledger rows) and names (student
 * rows), and a scrubber that replaces them wherever they occur in text.
 */
import type { Findings } from '../../analysis/findings.js';
import { textScrubber, type TextScrubber } from './scrub-text.js';

/** All IDs, student rows first, without repeats. */
export function studentIds(findings: Findings): string[] {
  const ids = new Set(findings.students.text('id'));
  const { rows } = findings.ledger;
  for (let index = 0; index < rows.length; index++) {
    const id = rows.id(index);
    if (id !== null) ids.add(id);
  }
  return [...ids];
}

/** A scrubber replacing each ID, and each student's name, with `replacementFor(id)`. */
export function identityScrubber(findings: Findings, replacementFor: (id: string) => string): TextScrubber {
  const ids = new Map(studentIds(findings).map((id) => [id, replacementFor(id)]));
  const names = new Map<string, string>();
  const rowIds = findings.students.text('id');
  findings.students.text('name').forEach((name, index) => {
    if (name !== null && name.trim() !== '') names.set(name, replacementFor(rowIds[index]));
  });
  return textScrubber(ids, names);
}
