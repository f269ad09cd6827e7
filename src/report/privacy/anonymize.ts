/**
 * `--anonymize`: every student ID and name in the findings becomes a pseudonym ("Student 07"),
 * wherever it appears — student rows, ledger rows, warnings, ledger details, the answer, the cycle
 * text. Student rows are reordered by pseudonym so the order of the export (often alphabetical)
 * gives nothing away.
 */
import type { Findings } from '../../analysis/findings.js';
import { identityScrubber, studentIds } from './identities.js';
import { mapStrings } from './map-strings.js';
import { pseudonymMap } from './pseudonyms.js';

export function anonymize(findings: Findings, salt: string): Findings {
  const pseudonyms = pseudonymMap(studentIds(findings), salt);
  const scrub = identityScrubber(findings, (id) => pseudonyms.get(id)!);
  const { tool, ...rest } = findings;
  const scrubbed = mapStrings(rest, scrub);
  const ids = findings.students.text('id');
  const students = scrubbed.students
    .withIdentities((_, index) => pseudonyms.get(ids[index])!, () => null)
    .sortedByIds((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const rows = scrubbed.ledger.rows.withIds((_, index) => {
    const id = findings.ledger.rows.id(index);
    return id === null ? null : pseudonyms.get(id)!;
  });
  return { tool, ...scrubbed, students, ledger: { ...scrubbed.ledger, rows } };
}
