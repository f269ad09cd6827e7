/**
 * summarizeGroup end to end against R: every Group figure of the reference data sets of
 * tests/reference/within-group.R, through the shared PairedSummary (sorted scores, remembered
 * means and SDs) rather than the stats functions one by one.
 */
import { describe, expect, it } from 'vitest';
import { summarizeGroup } from '../helpers/summarize-group.js';
import { EFFECT_SIZE_KINDS, type Warning } from '../../src/analysis/findings.js';
import type { MatchedStudent } from '../../src/ingest/types.js';
import { CLOSED_FORM, dataSets, expectClose, ITERATIVE, type Nullable } from '../stats/within-group-reference.js';

function students(pre: readonly number[], post: readonly number[]): MatchedStudent[] {
  return pre.map((before, i) => ({
    id: String(i + 1), name: null, strategy: null, teacher: 'T1', section: null, groups: {}, pre: before, post: post[i],
    preSource: { file: 'pre.csv', line: i + 2 }, postSource: { file: 'post.csv', line: i + 2 },
  }));
}

/** `actual` is null where R has no number, else within `tolerance` of it. */
function expectFigure(actual: number | null, expected: Nullable | undefined, tolerance: number, label: string): void {
  if (expected === null || expected === undefined) {
    expect(actual, label).toBeNull();
    return;
  }
  expect(actual, label).not.toBeNull();
  expectClose(actual as number, expected, tolerance, label);
}

describe.each(dataSets)('summarizeGroup of $name', (data) => {
  const warnings: Warning[] = [];
  const settings = { maxScore: data.max ?? null, proficientAt: data.proficiency.cutoff };
  const group = summarizeGroup(students(data.pre, data.post), settings, data.name, warnings);

  it('describes pre, post and the gains as R mean, sd, median, min, max and cor', () => {
    expect(group.n).toBe(data.n);
    for (const [side, expected] of [['pre', data.pre_describe], ['post', data.post_describe]] as const) {
      // R: mean(x), sd(x), median(x), min(x), max(x)
      expectFigure(group[side].mean, expected.mean, CLOSED_FORM, `${side} mean`);
      expectFigure(group[side].sd, expected.sd, CLOSED_FORM, `${side} sd`);
      expectFigure(group[side].median, expected.median, CLOSED_FORM, `${side} median`);
      expect(group[side].min).toBe(expected.min);
      expect(group[side].max).toBe(expected.max);
    }
    // R: mean(post - pre), sd(post - pre), median(post - pre), cor(pre, post)
    expectFigure(group.gain.mean, data.gain.mean, CLOSED_FORM, 'mean gain');
    expectFigure(group.gain.sd, data.gain.sd, CLOSED_FORM, 'sd gain');
    expectFigure(group.gain.median, data.gain.median, CLOSED_FORM, 'median gain');
    expectFigure(group.r, data.r, CLOSED_FORM, 'r');
  });

  it('gives the four effect sizes of change as R (the full figure from 3 students, the value alone below)', () => {
    expect(Object.keys(group.effectSizes)).toEqual(EFFECT_SIZE_KINDS);
    for (const kind of EFFECT_SIZE_KINDS) {
      const expected = data.effect_sizes[kind];
      const actual = group.effectSizes[kind];
      expectFigure(actual.value, expected.value, CLOSED_FORM, `${kind} value`);
      if (data.n < 3) {
        expect([actual.se, actual.ciLow, actual.ciHigh, actual.hedges], kind).toEqual([null, null, null, null]);
        continue;
      }
      // R: see tests/reference/within-group.R; d_z's interval inverts the noncentral t
      const interval = kind === 'dz' ? ITERATIVE : CLOSED_FORM;
      expectFigure(actual.se, expected.se, CLOSED_FORM, `${kind} se`);
      expectFigure(actual.ciLow, expected.ciLow, interval, `${kind} ciLow`);
      expectFigure(actual.ciHigh, expected.ciHigh, interval, `${kind} ciHigh`);
      expectFigure(actual.hedges, expected.hedges, CLOSED_FORM, `${kind} hedges`);
    }
  });

  it('tests the change as R t.test and wilcox.test (paired)', () => {
    // R: t.test(post, pre, paired = TRUE)
    expectFigure(group.tTest.t, data.t_test.t, CLOSED_FORM, 't');
    expectFigure(group.tTest.df, data.t_test.df, CLOSED_FORM, 'df');
    expectFigure(group.tTest.p, data.t_test.p, ITERATIVE, 'p');
    expectFigure(group.tTest.ciLow, data.t_test.ciLow, ITERATIVE, 't ciLow');
    expectFigure(group.tTest.ciHigh, data.t_test.ciHigh, ITERATIVE, 't ciHigh');
    // R: wilcox.test(post, pre, paired = TRUE)
    expectFigure(group.wilcoxon.v, data.wilcoxon.v, CLOSED_FORM, 'V');
    expectFigure(group.wilcoxon.p, data.wilcoxon.p, ITERATIVE, 'Wilcoxon p');
  });

  it('gives the normalized gains and the proficiency change as R', () => {
    // R: (mean(post) - mean(pre)) / (max - mean(pre)); mean(normalized_change(...), na.rm = TRUE)
    expectFigure(group.normalizedGain.class, data.class_normalized_gain, CLOSED_FORM, 'class normalized gain');
    expectFigure(group.normalizedGain.studentMean, data.student_mean_normalized_change, CLOSED_FORM, 'student mean');
    // R: mean(pre >= c), mean(post >= c), binom.test(up, up + down)$p.value
    const proficiency = group.proficiency;
    expect(proficiency).not.toBeNull();
    const { cutoff, up, down, preRate, postRate, mcnemarP } = data.proficiency;
    expect([proficiency?.cutoff, proficiency?.up, proficiency?.down]).toEqual([cutoff, up, down]);
    expectFigure(proficiency?.preRate ?? null, preRate, CLOSED_FORM, 'pre rate');
    expectFigure(proficiency?.postRate ?? null, postRate, CLOSED_FORM, 'post rate');
    expectFigure(proficiency?.mcnemarP ?? null, mcnemarP, ITERATIVE, 'McNemar p');
  });

  it('warns once, naming the figures left out, exactly when some are', () => {
    const hasNull = data.n < 3 || Object.values(data.effect_sizes).some((size) => size.value === null);
    expect(warnings).toHaveLength(hasNull ? 1 : 0);
    if (hasNull) expect(warnings[0].message).toMatch(new RegExp(`^${data.name} \\(n = ${data.n}\\): .*d_av interval.* not computed`));
  });
});

describe('summarizeGroup of degenerate groups', () => {
  it('leaves undefined figures null and says why, for one student and for no gain at all', () => {
    const warnings: Warning[] = [];
    const one = summarizeGroup(students([12], [15]), { maxScore: 40, proficientAt: 14 }, 'one', warnings);
    expect(one.pre).toEqual({ mean: 12, sd: null, median: 12, min: 12, max: 12 });
    expect(one.gain).toEqual({ mean: 3, sd: null, median: 3 });
    expect(one.r).toBeNull();
    expect(one.wilcoxon).toEqual({ v: 1, p: 1 });
    expect(warnings).toHaveLength(1);
    expect(warnings[0].message).toContain('the standard deviation needs at least two values, got 1');

    const flat = summarizeGroup(students([10, 12, 15], [10, 12, 15]), { maxScore: null, proficientAt: null }, 'flat', warnings);
    expect(flat.gain).toEqual({ mean: 0, sd: 0, median: 0 });
    expect(flat.effectSizes.dz).toEqual({ value: null, se: null, ciLow: null, ciHigh: null, hedges: null });
    expect(flat.wilcoxon).toEqual({ v: null, p: null });
    expect(flat.normalizedGain).toEqual({ class: null, studentMean: null });
    expect(flat.proficiency).toBeNull();
    expect(warnings[1].message).toContain('Wilcoxon test not computed: the signed-rank test needs at least one non-zero gain');
  });

  it('handles an empty group without throwing', () => {
    const warnings: Warning[] = [];
    const none = summarizeGroup([], { maxScore: 40, proficientAt: 28 }, 'none', warnings);
    expect(none.n).toBe(0);
    expect(none.pre).toEqual({ mean: null, sd: null, median: null, min: null, max: null });
    expect(warnings).toHaveLength(1);
  });
});
