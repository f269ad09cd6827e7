import { describe, expect, it } from 'vitest';
import { changeEffectSize, changeEffectSizeValue, type ChangeEffectSizeKind } from '../../src/stats/change-effect-size.js';
import { StatisticError } from '../../src/stats/statistic-error.js';
import { CLOSED_FORM, dataSets, expectClose, ITERATIVE } from './within-group-reference.js';

const KINDS: ChangeEffectSizeKind[] = ['dav', 'dz', 'drm', 'db'];

describe.each(dataSets)('change effect sizes of $name', (data) => {
  it.each(KINDS)('%s matches R (STATISTICS.md formulas; dz interval by noncentral t)', (kind) => {
    const expected = data.effect_sizes[kind];
    // R: see tests/reference/within-group.R, e.g. dav = mean(D) / ((sd(pre) + sd(post)) / 2)
    if (expected.value !== null) {
      expectClose(changeEffectSizeValue(data.pre, data.post, kind), expected.value, CLOSED_FORM, `${kind} value`);
    }
    const complete = [expected.value, expected.se, expected.ciLow, expected.ciHigh, expected.hedges].every((x) => x !== null);
    if (!complete || data.n < 3) {
      expect(() => changeEffectSize(data.pre, data.post, kind)).toThrow(StatisticError);
      return;
    }
    const actual = changeEffectSize(data.pre, data.post, kind);
    expectClose(actual.value, expected.value as number, CLOSED_FORM, `${kind} value`);
    expectClose(actual.se, expected.se as number, CLOSED_FORM, `${kind} se`);
    // dz: R uniroot on pt(dz * sqrt(n), n - 1, ncp) / sqrt(n); others: d ∓ qnorm(0.975) * se
    const tolerance = kind === 'dz' ? ITERATIVE : CLOSED_FORM;
    expectClose(actual.ciLow, expected.ciLow as number, tolerance, `${kind} ciLow`);
    expectClose(actual.ciHigh, expected.ciHigh as number, tolerance, `${kind} ciHigh`);
    // R: exp(lgamma((n-1)/2) - log(sqrt((n-1)/2)) - lgamma((n-2)/2)) * d
    expectClose(actual.hedges, expected.hedges as number, CLOSED_FORM, `${kind} hedges`);
  });

  it('dz agrees with R effectsize::cohens_d(post, pre, paired = TRUE), which solves with optim', () => {
    if (data.n < 3) return;
    const actual = changeEffectSize(data.pre, data.post, 'dz');
    // R: effectsize::cohens_d(post, pre, paired = TRUE) — Cohens_d, CI_low, CI_high.
    // effectsize finds the interval by Nelder–Mead (abstol 1e-9), so agreement is ~1e-6 absolute.
    expectClose(actual.value, data.dz_effectsize.value, CLOSED_FORM, 'cohens_d');
    expect(Math.abs(actual.ciLow - data.dz_effectsize.ciLow)).toBeLessThan(1e-5);
    expect(Math.abs(actual.ciHigh - data.dz_effectsize.ciHigh)).toBeLessThan(1e-5);
  });
});

describe('degenerate change effect sizes', () => {
  it('throws too-few-values for n < 3 (full figure) and n < 2 (value)', () => {
    expect(() => changeEffectSize([1, 2], [3, 5], 'dz')).toThrow(/at least 3/);
    expect(() => changeEffectSizeValue([1], [3], 'dz')).toThrow(StatisticError);
  });

  it('throws zero-variance when every gain is the same (dz, drm) or every score is (dav, db)', () => {
    const pre = [10, 12, 15, 11];
    const post = pre.map((x) => x + 3);
    for (const kind of ['dz', 'drm'] as const) {
      expect(() => changeEffectSize(pre, post, kind)).toThrow(StatisticError);
    }
    expect(() => changeEffectSize([5, 5, 5], [5, 5, 5], 'dav')).toThrow(StatisticError);
    expect(() => changeEffectSize([5, 5, 5], [6, 8, 9], 'db')).toThrow(StatisticError);
  });

  it('throws undefined when r = 1 for dav and drm, but not for dz and db', () => {
    const pre = [10, 12, 15, 11];
    const post = pre.map((x) => 2 * x);
    expect(() => changeEffectSize(pre, post, 'dav')).toThrow(/r = 1/);
    expect(() => changeEffectSize(pre, post, 'drm')).toThrow(/r = 1/);
    expect(Number.isFinite(changeEffectSize(pre, post, 'dz').value)).toBe(true);
    expect(Number.isFinite(changeEffectSize(pre, post, 'db').value)).toBe(true);
    expect(Number.isFinite(changeEffectSizeValue(pre, post, 'dav'))).toBe(true);
  });

  it('throws RangeError when pre and post differ in length', () => {
    expect(() => changeEffectSize([1, 2, 3], [1, 2], 'dav')).toThrow(RangeError);
  });
});
