import { mean } from './mean.js';
import { pairedDifferences } from './paired-differences.js';
import { pearsonCorrelation, pearsonCorrelationAbout } from './pearson-correlation.js';
import { sampleStandardDeviation, sampleStandardDeviationAbout } from './sample-standard-deviation.js';
import { sortedCopy } from './sorted-copy.js';

/**
 * Paired summary: the figures every paired statistic of one group shares — the gains, the means
 * and SDs of pre, post and the gains, the pre/post correlation and the sorted scores and gains —
 * each computed once, on first use, by the same functions the statistics call (so the numbers
 * are identical), and remembered. A figure that throws throws the same error again on every
 * later use (it is computed again).
 *
 * Use it when one group gets many figures (the descriptives, the four change effect sizes, the
 * paired t-test, the signed-rank test): a report over 40,000 classrooms would otherwise compute
 * each SD twenty times and sort each set of scores several times.
 *
 * @example
 * new PairedSummary([12, 15, 20], [14, 19, 21]).meanGain(); // => 2.3333333333333335 (R: mean(c(2, 4, 1)))
 */
export class PairedSummary {
  private gainValues: number[] | undefined;
  private sortedGainValues: number[] | undefined;
  private sortedPreValues: number[] | undefined;
  private sortedPostValues: number[] | undefined;
  private meanGainValue: number | undefined;
  private gainSdValue: number | undefined;
  private preMeanValue: number | undefined;
  private postMeanValue: number | undefined;
  private preSdValue: number | undefined;
  private postSdValue: number | undefined;
  private correlationValue: number | undefined;

  constructor(
    readonly pre: readonly number[],
    readonly post: readonly number[],
  ) {}

  /** post − pre per student (`pairedDifferences`). */
  gains(): number[] {
    return (this.gainValues ??= pairedDifferences(this.pre, this.post));
  }

  meanGain(): number {
    return (this.meanGainValue ??= mean(this.gains()));
  }

  gainSd(): number {
    return (this.gainSdValue ??= spread(this.gains(), this, 'meanGain'));
  }

  preMean(): number {
    return (this.preMeanValue ??= mean(this.pre));
  }

  postMean(): number {
    return (this.postMeanValue ??= mean(this.post));
  }

  preSd(): number {
    return (this.preSdValue ??= spread(this.pre, this, 'preMean'));
  }

  postSd(): number {
    return (this.postSdValue ??= spread(this.post, this, 'postMean'));
  }

  /** Pearson's r of pre and post (`pearsonCorrelation`). */
  correlation(): number {
    if (this.correlationValue !== undefined) return this.correlationValue;
    const { pre, post } = this;
    // pearsonCorrelation itself for the inputs it rejects, so the errors are its own.
    this.correlationValue =
      pre.length === post.length && pre.length >= 2
        ? pearsonCorrelationAbout(pre, post, this.preMean(), this.postMean(), this.preSd(), this.postSd())
        : pearsonCorrelation(pre, post);
    return this.correlationValue;
  }

  /** The gains in ascending order (`sortedCopy`); do not modify. */
  sortedGains(): readonly number[] {
    return (this.sortedGainValues ??= sortedCopy(this.gains()));
  }

  /** The pre-test scores in ascending order; do not modify. */
  sortedPre(): readonly number[] {
    return (this.sortedPreValues ??= sortedCopy(this.pre));
  }

  /** The post-test scores in ascending order; do not modify. */
  sortedPost(): readonly number[] {
    return (this.sortedPostValues ??= sortedCopy(this.post));
  }
}

/**
 * `sampleStandardDeviation(values)` about the summary's remembered mean of them; for fewer than
 * two values it throws sampleStandardDeviation's own error without asking for the mean.
 */
function spread(values: readonly number[], summary: PairedSummary, centre: 'meanGain' | 'preMean' | 'postMean'): number {
  return values.length < 2 ? sampleStandardDeviation(values) : sampleStandardDeviationAbout(values, summary[centre]());
}
