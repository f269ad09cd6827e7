/**
 * `--view team`: no per-student rows, no IDs on ledger rows, and any name or ID that text carries
 * (a warning, a ledger detail) reads "a student" — the team sees patterns, not individuals.
 */
import type { Findings } from '../../analysis/findings.js';
import { StudentRows } from '../../analysis/student-rows.js';
import { identityScrubber } from './identities.js';
import { mapStrings } from './map-strings.js';

export function teamView(findings: Findings): Findings {
  const scrub = identityScrubber(findings, () => 'a student');
  const { tool, students: _students, ...rest } = findings;
  const scrubbed = mapStrings(rest, scrub);
  return { tool, ...scrubbed, students: new StudentRows(), ledger: { ...scrubbed.ledger, rows: scrubbed.ledger.rows.withIds(() => null) } };
}
