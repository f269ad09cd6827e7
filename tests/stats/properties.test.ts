/**
 * Laws of the within-group figures (STYLE.md §6), checked with fast-check on integer scores so
 * that shifting and scaling are exact in floating point.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changeEffectSize, type ChangeEffectSizeKind } from '../../src/stats/change-effect-size.js';
import { describe as describeScores } from '../../src/stats/describe.js';
import { pairedTTest } from '../../src/stats/paired-t-test.js';
import { StatisticError } from '../../src/stats/statistic-error.js';
import { wilcoxonSignedRank } from '../../src/stats/wilcoxon-signed-rank.js';

const KINDS: ChangeEffectSizeKind[] = ['dav', 'dz', 'drm', 'db'];

/** Matched pre/post integer scores out of 40 for 3 to 40 students. */
const matchedScores = fc
  .integer({ min: 3, max: 40 })
  .chain((n) =>
    fc.tuple(
      fc.array(fc.integer({ min: 0, max: 40 }), { minLength: n, maxLength: n }),
      fc.array(fc.integer({ min: 0, max: 40 }), { minLength: n, maxLength: n }),
    ),
  );

type Outcome<T> = { value: T } | { error: string };

function outcome<T>(compute: () => T): Outcome<T> {
  try {
    return { value: compute() };
  } catch (error) {
    if (error instanceof StatisticError) return { error: error.code };
    throw error;
  }
}

function expectNear(actual: number, expected: number, label: string): void {
  const scale = Math.max(1, Math.abs(expected));
  expect(Math.abs(actual - expected), `${label}: ${actual} vs ${expected}`).toBeLessThanOrEqual(1e-9 * scale);
}

/** Both threw the same StatisticError code, or both returned and `compare` holds. */
function expectSameOutcome<T>(a: Outcome<T>, b: Outcome<T>, compare: (x: T, y: T) => void): void {
  if ('error' in a || 'error' in b) {
    expect(b).toEqual(a);
    return;
  }
  compare(a.value, b.value);
}

describe('effect-size laws', () => {
  it('swapping pre and post flips the sign of d_av, d_z and d_rm, and mirrors their intervals', () => {
    fc.assert(
      fc.property(matchedScores, ([pre, post]) => {
        for (const kind of ['dav', 'dz', 'drm'] as const) {
          expectSameOutcome(
            outcome(() => changeEffectSize(pre, post, kind)),
            outcome(() => changeEffectSize(post, pre, kind)),
            (forward, backward) => {
              expectNear(backward.value, -forward.value, `${kind} value`);
              expectNear(backward.hedges, -forward.hedges, `${kind} hedges`);
              expectNear(backward.se, forward.se, `${kind} se`);
              expectNear(backward.ciLow, -forward.ciHigh, `${kind} ciLow`);
              expectNear(backward.ciHigh, -forward.ciLow, `${kind} ciHigh`);
            },
          );
        }
      }),
    );
  });

  it("swapping flips the sign of Becker's d_b too (its size changes: it divides by the pre-test SD)", () => {
    fc.assert(
      fc.property(matchedScores, ([pre, post]) => {
        const forward = outcome(() => changeEffectSize(pre, post, 'db'));
        const backward = outcome(() => changeEffectSize(post, pre, 'db'));
        if ('value' in forward && 'value' in backward) {
          expect(Math.sign(backward.value.value) + Math.sign(forward.value.value)).toBe(0);
        }
      }),
    );
  });

  it('adding a constant to every score changes only the means', () => {
    fc.assert(
      fc.property(matchedScores, fc.integer({ min: -1000, max: 1000 }), ([pre, post], shift) => {
        const shiftedPre = pre.map((x) => x + shift);
        const shiftedPost = post.map((x) => x + shift);
        for (const kind of KINDS) {
          expectSameOutcome(
            outcome(() => changeEffectSize(pre, post, kind)),
            outcome(() => changeEffectSize(shiftedPre, shiftedPost, kind)),
            (original, shifted) => {
              for (const field of ['value', 'se', 'ciLow', 'ciHigh', 'hedges'] as const) {
                expectNear(shifted[field], original[field], `${kind} ${field}`);
              }
            },
          );
        }
        expectSameOutcome(outcome(() => pairedTTest(pre, post)), outcome(() => pairedTTest(shiftedPre, shiftedPost)), (a, b) => {
          expectNear(b.t, a.t, 't');
          expectNear(b.p, a.p, 'p');
          expectNear(b.meanDifference, a.meanDifference, 'mean difference');
        });
        expectSameOutcome(outcome(() => wilcoxonSignedRank(pre, post)), outcome(() => wilcoxonSignedRank(shiftedPre, shiftedPost)), (a, b) => {
          expect(b).toEqual(a);
        });
        const before = describeScores(pre);
        const after = describeScores(shiftedPre);
        expectNear(after.mean, before.mean + shift, 'mean');
        expectNear(after.sd, before.sd, 'sd');
        expectNear(after.median, before.median + shift, 'median');
      }),
    );
  });

  it('scaling every score by a positive constant leaves effect sizes and tests unchanged', () => {
    fc.assert(
      fc.property(matchedScores, fc.constantFrom(0.25, 0.5, 2, 3, 7, 10, 100), ([pre, post], factor) => {
        const scaledPre = pre.map((x) => x * factor);
        const scaledPost = post.map((x) => x * factor);
        for (const kind of KINDS) {
          expectSameOutcome(
            outcome(() => changeEffectSize(pre, post, kind)),
            outcome(() => changeEffectSize(scaledPre, scaledPost, kind)),
            (original, scaled) => {
              for (const field of ['value', 'se', 'ciLow', 'ciHigh', 'hedges'] as const) {
                expectNear(scaled[field], original[field], `${kind} ${field}`);
              }
            },
          );
        }
        expectSameOutcome(outcome(() => pairedTTest(pre, post)), outcome(() => pairedTTest(scaledPre, scaledPost)), (a, b) => {
          expectNear(b.t, a.t, 't');
          expectNear(b.p, a.p, 'p');
          expectNear(b.meanDifference, a.meanDifference * factor, 'mean difference');
        });
        expectSameOutcome(outcome(() => wilcoxonSignedRank(pre, post)), outcome(() => wilcoxonSignedRank(scaledPre, scaledPost)), (a, b) => {
          expect(b).toEqual(a);
        });
      }),
    );
  });

  it('identical pre and post give zero growth (and no test of it)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 3, maxLength: 30 }), (scores) => {
        const same = outcome(() => changeEffectSize(scores, scores, 'dav'));
        if ('value' in same) expect(same.value.value).toBe(0);
        expect(() => pairedTTest(scores, scores)).toThrow(StatisticError);
        expect(() => wilcoxonSignedRank(scores, scores)).toThrow(StatisticError);
      }),
    );
  });

  it('never returns NaN or Infinity: every figure is finite or a StatisticError', () => {
    fc.assert(
      fc.property(matchedScores, ([pre, post]) => {
        for (const kind of KINDS) {
          const result = outcome(() => changeEffectSize(pre, post, kind));
          if ('value' in result) for (const x of Object.values(result.value)) expect(Number.isFinite(x)).toBe(true);
        }
        const t = outcome(() => pairedTTest(pre, post));
        if ('value' in t) for (const x of Object.values(t.value)) expect(Number.isFinite(x)).toBe(true);
      }),
    );
  });
});
