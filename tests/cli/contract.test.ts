/**
 * Issue 4's acceptance: the exact command a data coach runs returns every field of the JSON
 * contract (DESIGN.md), and the figures agree with R on a data set no unit test uses
 * (fixtures/contract/data.csv, made with its reference numbers by tests/reference/contract.R).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

type Tree = { [key: string]: Tree | number | null };
const reference = JSON.parse(readFileSync(join(ROOT, 'tests/reference/contract.json'), 'utf8')) as {
  strategies: Record<string, Tree & { teachers: Record<string, Tree>; pooled: Tree | null }>;
  comparisons: Record<string, Tree>;
};

const result = runCli([
  'report', 'fixtures/contract/data.csv', '--id', 'id', '--pre', 'pre', '--post', 'post', '--strategy', 'strategy',
  '--teacher', 'teacher', '--max-score', '40', '--proficient-at', '28', '--reference', 'Business as usual', '--format', 'json',
]);
const report = JSON.parse(result.stdout);

/** Fields computed by iteration or special functions (STATISTICS.md: 1e-6); the rest are closed forms (1e-9). */
const ITERATIVE = /(^|\.)(p|qp|mcnemarP|df)$|dz\.(ciLow|ciHigh)$|hedgesG\.(ciLow|ciHigh)$|pooled\.|tTest\.(ciLow|ciHigh)$|ancova\.(ciLow|ciHigh|p)$/;

/** Compares every number in `expected` with the same path in `actual`, returning the paths compared. */
function compareTree(actual: unknown, expected: Tree | number | null, path: string, compared: string[]): void {
  if (expected === null) {
    expect(actual, path).toBeNull();
    return;
  }
  if (typeof expected === 'number') {
    expect(typeof actual, path).toBe('number');
    const tolerance = ITERATIVE.test(path) ? 1e-6 : 1e-9;
    const error = Math.abs((actual as number) - expected) / Math.max(Math.abs(expected), 1e-8);
    expect(error, `${path}: impact ${actual as number}, R ${expected}`).toBeLessThanOrEqual(tolerance);
    compared.push(path);
    return;
  }
  for (const [key, value] of Object.entries(expected)) compareTree((actual as Record<string, unknown>)?.[key], value, `${path}.${key}`, compared);
}

describe('the JSON contract on data the unit tests never saw, against R', () => {
  it('runs cleanly', () => {
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('has every field of the contract', () => {
    expect(Object.keys(report)).toEqual(expect.arrayContaining(['tool', 'cycle', 'ledger', 'strategies', 'comparisons', 'students', 'answer', 'warnings']));
    expect(Object.keys(report.ledger)).toEqual(
      expect.arrayContaining(['rowsRead', 'matched', 'preOnly', 'postOnly', 'duplicate', 'missingScore', 'unparseable', 'notAStudent', 'outOfScope', 'rows']),
    );
    const group = report.strategies[0];
    for (const key of ['strategy', 'n', 'pre', 'post', 'gain', 'r', 'effectSizes', 'tTest', 'wilcoxon', 'normalizedGain', 'proficiency', 'breakdowns', 'pooled']) {
      expect(group, key).toHaveProperty(key);
    }
    for (const kind of ['dav', 'dz', 'drm', 'db']) {
      expect(Object.keys(group.effectSizes[kind]).sort()).toEqual(['ciHigh', 'ciLow', 'hedges', 'se', 'value']);
    }
    expect(Object.keys(group.pooled)).toEqual(expect.arrayContaining(['method', 'k', 'estimate', 'se', 'ciLow', 'ciHigh', 'tau2', 'i2', 'q', 'qp', 'piLow', 'piHigh']));
    expect(Object.keys(report.comparisons[0]).sort()).toEqual(['ancova', 'gainDiff', 'hedgesG', 'reference', 'strategy', 'welch']);
    expect(Object.keys(report.students[0])).toEqual(
      expect.arrayContaining(['id', 'name', 'strategy', 'teacher', 'section', 'pre', 'post', 'gain', 'normalizedChange', 'effectSize', 'flag']),
    );
    expect(report.cycle.assessment).toMatchObject({ maxScore: 40, proficientAt: 28 });
  });

  it.each(Object.keys(reference.strategies))('%s: every group figure, the teacher breakdowns and the pooled estimate agree with R', (name) => {
    const { teachers, pooled, ...expected } = reference.strategies[name];
    const actual = report.strategies.find((group: { strategy: string }) => group.strategy === name);
    const compared: string[] = [];
    compareTree(actual, expected as Tree, 'group', compared);
    for (const [teacher, figures] of Object.entries(teachers)) {
      const level = actual.breakdowns.teacher.find((entry: { value: string }) => entry.value === teacher);
      compareTree(level, figures, `teacher ${teacher}`, compared);
    }
    if (pooled === null || pooled === undefined) expect(actual.pooled).toBeNull();
    else compareTree(actual.pooled, pooled, 'pooled', compared);
    expect(compared.length).toBeGreaterThan(50);
  });

  it.each(Object.keys(reference.comparisons))('%s vs Business as usual agrees with R (Hedges g, Welch, ANCOVA)', (name) => {
    const actual = report.comparisons.find((comparison: { strategy: string }) => comparison.strategy === name);
    expect(actual.reference).toBe('Business as usual');
    const compared: string[] = [];
    compareTree(actual, reference.comparisons[name], 'comparison', compared);
    expect(compared).toHaveLength(12); // gainDiff, 3 Hedges g, 3 Welch, 5 ANCOVA
  });
});
