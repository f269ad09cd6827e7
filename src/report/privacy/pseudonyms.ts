/**
 * Pseudonyms: "Student 07" for each student ID, derived from an HMAC-SHA256 of the ID keyed with
 * a secret salt. Students are numbered in the order of their HMACs, so the number says nothing
 * about the ID, the name or the row order of the export, and the same salt and roster always give
 * the same pseudonyms.
 */
import { createHmac, randomBytes } from 'node:crypto';

/** A fresh random salt for a run that has no per-cycle salt. */
export function randomSalt(): string {
  return randomBytes(16).toString('hex');
}

/** ID → "Student NN" (at least two digits, more when there are 100 or more IDs). */
export function pseudonymMap(ids: Iterable<string>, salt: string): Map<string, string> {
  const unique = [...new Set(ids)];
  const keyed = unique.map((id) => ({ id, key: createHmac('sha256', salt).update(id).digest('hex') }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const width = Math.max(2, String(keyed.length).length);
  return new Map(keyed.map(({ id }, index) => [id, `Student ${String(index + 1).padStart(width, '0')}`]));
}
