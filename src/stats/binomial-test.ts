import { logGamma } from './log-gamma.js';
import { StatisticError } from './statistic-error.js';

/**
 * Binomial probability P(X = k) for X ~ Binomial(n, p), 0 < p < 1. Up to 1000 trials the
 * coefficient is built by the multiplicative formula (exact integers while below 2^53, so
 * p = ½ gives exact dyadic probabilities); beyond that, on the log scale.
 */
function binomialProbability(k: number, n: number, p: number): number {
  if (n <= 1000) {
    let coefficient = 1;
    const smaller = Math.min(k, n - k);
    for (let i = 1; i <= smaller; i++) coefficient = (coefficient * (n - smaller + i)) / i;
    const probability = coefficient * Math.pow(p, k) * Math.pow(1 - p, n - k);
    if (probability > 0 && Number.isFinite(probability)) return probability;
  }
  const logChoose = logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1);
  return Math.exp(logChoose + k * Math.log(p) + (n - k) * Math.log1p(-p));
}

/** P(X = k) for every k = 0…trials: read, never modified. */
function outcomeProbabilities(trials: number, p: number): readonly number[] {
  // McNemar's test asks for p = ½ and the same few trials for every classroom: remember those.
  const remember = p === 0.5 && trials <= 1000;
  const known = remember ? HALF_PROBABILITIES.get(trials) : undefined;
  if (known !== undefined) return known;
  const probabilities: number[] = [];
  for (let k = 0; k <= trials; k++) probabilities.push(binomialProbability(k, trials, p));
  if (remember) HALF_PROBABILITIES.set(trials, probabilities);
  return probabilities;
}

const HALF_PROBABILITIES = new Map<number, readonly number[]>();

/**
 * Exact two-sided binomial test p-value: the probability, under X ~ Binomial(trials, p), of an
 * outcome no more likely than the one observed (R's "minimum likelihood" rule, with R's relative
 * tolerance 1 + 1e-7 for ties in probability). As R's `binom.test(successes, trials, p)$p.value`.
 *
 * With p = ½ and the discordant pairs of a 2×2 table it is the exact McNemar test
 * (`binom.test(up, up + down)`), used for the change in the share of proficient students.
 *
 * Reference: Clopper & Pearson (1934); R Core Team, stats::binom.test.
 *
 * @param successes whole number of successes, 0 ≤ successes ≤ trials
 * @param trials whole number of trials, at least 1
 * @param p success probability under the null, in [0, 1] (default 0.5)
 * @throws {StatisticError} `too-few-values` for zero trials; `undefined` for counts that are not
 *   whole numbers in range or p outside [0, 1]
 * @example
 * binomialTestTwoSidedP(2, 10); // => 0.109375 (R: binom.test(2, 10)$p.value)
 */
export function binomialTestTwoSidedP(successes: number, trials: number, p = 0.5): number {
  if (trials === 0) throw new StatisticError('too-few-values', 'the binomial test needs at least one trial');
  if (!Number.isInteger(successes) || !Number.isInteger(trials) || successes < 0 || successes > trials || !(p >= 0 && p <= 1)) {
    throw new StatisticError('undefined', `the binomial test needs whole counts 0 ≤ successes ≤ trials and 0 ≤ p ≤ 1, got ${successes}, ${trials}, ${p}`);
  }
  if (p === 0) return successes === 0 ? 1 : 0;
  if (p === 1) return successes === trials ? 1 : 0;
  const expected = trials * p;
  if (successes === expected) return 1;
  const probabilities = outcomeProbabilities(trials, p);
  const observed = probabilities[successes];
  const threshold = observed * (1 + 1e-7);
  const sumRange = (from: number, to: number): number => {
    let sum = 0;
    for (let k = from; k <= to; k++) sum += probabilities[k];
    return sum;
  };
  let total: number;
  if (successes < expected) {
    // every outcome at or below the observed one, plus the equally unlikely ones above the mean
    let y = 0;
    for (let k = Math.ceil(expected); k <= trials; k++) if (probabilities[k] <= threshold) y++;
    total = sumRange(0, successes) + sumRange(trials - y + 1, trials);
  } else {
    let y = 0;
    for (let k = 0; k <= Math.floor(expected); k++) if (probabilities[k] <= threshold) y++;
    total = sumRange(0, y - 1) + sumRange(successes, trials);
  }
  return Math.min(1, total);
}
