/**
 * The privacy options, applied once to the findings before any format renders them: small groups
 * suppressed (`--min-n`), names and IDs replaced by pseudonyms (`--anonymize`), per-student rows
 * and ledger IDs left out (`--view team`). Renderers never see what they must not print.
 */
import type { Findings, Warning } from '../../analysis/findings.js';
import { anonymize } from './anonymize.js';
import { randomSalt } from './pseudonyms.js';
import { suppressSmallGroups } from './suppress.js';
import { teamView } from './team-view.js';

export interface PrivacyOptions {
  anonymize: boolean;
  /** Per-cycle secret salt; null makes a one-time salt for this run. */
  salt: string | null;
  minN: number | null;
  view: 'full' | 'team';
}

const ONE_TIME_SALT: Warning = {
  code: 'pseudonyms-this-run-only',
  message:
    'Pseudonyms were made with a one-time key: they are consistent within this report, but the same student ' +
    'gets a different pseudonym in the next run. Run from a cycle folder (impact init) to keep them stable across the cycle.',
};

const ROWS_STILL_SHOWN: Warning = {
  code: 'suppressed-rows-shown',
  message: 'Per-student rows still show every student, including those of hidden groups; add --view team before sharing beyond the team.',
};

export function shareableFindings(findings: Findings, options: PrivacyOptions): Findings {
  let shared = findings;
  if (options.minN !== null) {
    shared = suppressSmallGroups(shared, options.minN);
    if (shared !== findings && options.view === 'full') shared = { ...shared, warnings: [...shared.warnings, ROWS_STILL_SHOWN] };
  }
  if (options.anonymize) {
    shared = anonymize(shared, options.salt ?? randomSalt());
    if (options.salt === null) shared = { ...shared, warnings: [...shared.warnings, ONE_TIME_SALT] };
  }
  if (options.view === 'team') shared = teamView(shared);
  return shared;
}
