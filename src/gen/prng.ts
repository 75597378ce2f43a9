// A small seeded PRNG (mulberry32) and the draws the generator needs: uniform, power-law sizes,
// weighted picks by cumulative sums. Same seed, same sequence, on every platform.

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** Pareto-distributed size >= 1 with tail exponent `alpha` (smaller: heavier tail). */
  pareto(alpha: number): number;
  /** A count >= min with a power-law tail and roughly the given mean. */
  powerCount(mean: number, min: number, max: number): number;
}

export function createRandom(seed: number): Random {
  let t = seed >>> 0;
  const next = () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let x = Math.imul(t ^ (t >>> 15), 1 | t);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  const pareto = (alpha: number) => Math.pow(1 - next(), -1 / alpha);
  return {
    next,
    int: (n) => Math.floor(next() * n),
    pareto,
    powerCount(mean, min, max) {
      // Pareto with alpha 2.2 has mean alpha / (alpha - 1) ~ 1.83; scale the excess over min to the mean asked.
      const alpha = 2.2;
      const scale = Math.max(0, mean - min) / (alpha / (alpha - 1) - 1);
      return Math.min(max, min + Math.floor(scale * (pareto(alpha) - 1) + next()));
    },
  };
}

/** Weighted sampling by binary search over cumulative weights: O(log n) per draw. */
export class WeightedPool {
  private readonly cumulative: Float64Array;
  constructor(readonly items: readonly number[], weights: readonly number[]) {
    this.cumulative = new Float64Array(weights.length);
    let sum = 0;
    weights.forEach((w, i) => (this.cumulative[i] = sum += w));
  }
  get size(): number {
    return this.items.length;
  }
  pick(random: Random): number {
    const c = this.cumulative;
    const x = random.next() * c[c.length - 1]!;
    let lo = 0;
    let hi = c.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (c[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo]!;
  }
}
