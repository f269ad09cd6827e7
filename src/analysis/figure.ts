/**
 * The analysis layer's one rule for undefined figures: call the pure stats function; when it
 * throws a `StatisticError`, the figure is `null` and the reason is remembered so the group can
 * report one warning listing what could not be computed and why.
 */
import { StatisticError } from '../stats/statistic-error.js';

/** Collects the reasons figures of one group were left null. */
export class MissingFigures {
  private readonly reasons = new Map<string, string[]>();

  /** Runs `compute`; on a StatisticError records `label` under its message and returns null. */
  figure<T>(label: string, compute: () => T): T | null {
    try {
      return compute();
    } catch (error) {
      if (!(error instanceof StatisticError)) throw error;
      const labels = this.reasons.get(error.message) ?? [];
      labels.push(label);
      this.reasons.set(error.message, labels);
      return null;
    }
  }

  /** "d_av, d_z not computed: every gain is equal" — one clause per distinct reason. */
  describe(): string | null {
    if (this.reasons.size === 0) return null;
    return [...this.reasons].map(([reason, labels]) => `${labels.join(', ')} not computed: ${reason}`).join('; ');
  }
}
