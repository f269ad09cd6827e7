import { mean } from './mean.js';
import { pairedDifferences } from './paired-differences.js';
import { pearsonCorrelation } from './pearson-correlation.js';
import { sampleStandardDeviation } from './sample-standard-deviation.js';

/**
 * Paired summary: the figures every paired statistic of one group shares — the gains, their mean
 * and SD, the pre and post SDs and the pre/post correlation — each computed once, on first use,
 * by the same functions the statistics call (so the numbers are identical), and remembered.
 * A figure that throws throws the same error again on every later use.
 *
 * Use it when one group gets many figures (the four change effect sizes, the paired t-test): a
 * report over 40,000 classrooms would otherwise compute each SD twenty times.
 *
 * @example
 * new PairedSummary([12, 15, 20], [14, 19, 21]).meanGain(); // => 2.3333333333333335 (R: mean(c(2, 4, 1)))
 */
export class PairedSummary {
  private readonly cache = new Map<string, { value: unknown } | { error: unknown }>();

  constructor(
    readonly pre: readonly number[],
    readonly post: readonly number[],
  ) {}

  /** post − pre per student (`pairedDifferences`). */
  gains(): number[] {
    return this.remember('gains', () => pairedDifferences(this.pre, this.post));
  }

  meanGain(): number {
    return this.remember('meanGain', () => mean(this.gains()));
  }

  gainSd(): number {
    return this.remember('gainSd', () => sampleStandardDeviation(this.gains()));
  }

  preSd(): number {
    return this.remember('preSd', () => sampleStandardDeviation(this.pre));
  }

  postSd(): number {
    return this.remember('postSd', () => sampleStandardDeviation(this.post));
  }

  /** Pearson's r of pre and post (`pearsonCorrelation`). */
  correlation(): number {
    return this.remember('correlation', () => pearsonCorrelation(this.pre, this.post));
  }

  private remember<T>(name: string, compute: () => T): T {
    const known = this.cache.get(name);
    if (known !== undefined) {
      if ('error' in known) throw known.error;
      return known.value as T;
    }
    try {
      const value = compute();
      this.cache.set(name, { value });
      return value;
    } catch (error) {
      this.cache.set(name, { error });
      throw error;
    }
  }
}
