/**
 * Each strategy against the reference (e.g. business as usual): gain difference, Hedges' g with
 * its noncentral-t CI, Welch's t-test, and the ANCOVA-adjusted difference (post ~ pre + group).
 */
import type { MatchedStudent } from '../ingest/types.js';
import type { Comparison, Warning } from './findings.js';
import { MissingFigures } from './figure.js';
import { mean } from '../stats/mean.js';
import { hedgesG } from '../stats/hedges-g.js';
import { welchTTest } from '../stats/welch-t-test.js';
import { ancova } from '../stats/ancova.js';

/** Compares the `strategy` group with the `reference` group. */
export function compareWithReference(
  strategy: string,
  students: readonly MatchedStudent[],
  reference: string,
  referenceStudents: readonly MatchedStudent[],
  warnings: Warning[],
): Comparison {
  const missing = new MissingFigures();
  const gainsA = students.map((student) => student.post - student.pre);
  const gainsB = referenceStudents.map((student) => student.post - student.pre);
  const g = missing.figure("Hedges' g", () => hedgesG(gainsA, gainsB));
  const welch = missing.figure('Welch t-test', () => welchTTest(gainsA, gainsB));
  const adjusted = missing.figure('ANCOVA', () =>
    ancova(
      { pre: students.map((student) => student.pre), post: students.map((student) => student.post) },
      { pre: referenceStudents.map((student) => student.pre), post: referenceStudents.map((student) => student.post) },
    ),
  );
  const comparison: Comparison = {
    strategy,
    reference,
    gainDiff: missing.figure('gain difference', () => mean(gainsA) - mean(gainsB)),
    hedgesG: { value: g?.value ?? null, ciLow: g?.ciLow ?? null, ciHigh: g?.ciHigh ?? null },
    welch: { t: welch?.t ?? null, df: welch?.df ?? null, p: welch?.p ?? null },
    ancova: {
      diff: adjusted?.diff ?? null,
      se: adjusted?.se ?? null,
      ciLow: adjusted?.ciLow ?? null,
      ciHigh: adjusted?.ciHigh ?? null,
      p: adjusted?.p ?? null,
    },
  };
  const reasons = missing.describe();
  if (reasons !== null) warnings.push({ code: 'comparison-not-computed', message: `${strategy} vs ${reference}: ${reasons}.` });
  return comparison;
}
