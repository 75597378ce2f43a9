// Seeded directed graph families the project did not shape, for bench:compare and the engine's
// tests: a layered supply chain with heavy-tailed hubs and a few feedback arcs, a directed
// Erdos-Renyi G(n, m) and a Barabasi-Albert graph with random arc directions. Each returns a plain
// arc list (no repeated arc, no self-loop) over nodes 0..n-1, the graph every peer gets as it is.
import { createRandom, type Random } from "./prng.ts";

export const FAMILIES = ["supply", "er", "ba"] as const;
export type Family = (typeof FAMILIES)[number];

export const FAMILY_LABELS: Record<Family, string> = {
  supply: "layered supply chain, heavy-tailed hubs, ~3% feedback arcs",
  er: "directed Erdos-Renyi G(n, 5n)",
  ba: "Barabasi-Albert, 5 per node, random directions",
};

export interface ArcList {
  order: number;
  from: Int32Array;
  to: Int32Array;
}

/** Collects distinct arcs, dropping self-loops and repeats. */
class ArcSet {
  private readonly seen = new Set<number>();
  readonly from: number[] = [];
  readonly to: number[] = [];
  constructor(private readonly n: number) {}
  add(u: number, v: number): boolean {
    if (u === v) return false;
    const key = u * this.n + v;
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    this.from.push(u);
    this.to.push(v);
    return true;
  }
  get size(): number {
    return this.from.length;
  }
  list(): ArcList {
    return { order: this.n, from: Int32Array.from(this.from), to: Int32Array.from(this.to) };
  }
}

/** Directed G(n, m): m distinct arcs drawn uniformly (m = 5n by default). */
export function erdosRenyi(n: number, seed = 1, perNode = 5): ArcList {
  const random = createRandom(seed);
  const arcs = new ArcSet(n);
  const m = Math.min(perNode * n, n * (n - 1));
  while (arcs.size < m) arcs.add(random.int(n), random.int(n));
  return arcs.list();
}

/**
 * Barabasi-Albert: each new node links to `perNode` distinct earlier nodes picked by degree (a
 * list holding every arc end once), each link given a direction by a coin flip.
 */
export function barabasiAlbert(n: number, seed = 1, perNode = 5): ArcList {
  const random = createRandom(seed);
  const arcs = new ArcSet(n);
  const ends: number[] = [];
  const core = Math.min(n, perNode + 1);
  for (let v = 1; v < core; v++) {
    for (let u = 0; u < v; u++) {
      link(arcs, random, u, v);
      ends.push(u, v);
    }
  }
  const picked = new Set<number>();
  for (let v = core; v < n; v++) {
    picked.clear();
    while (picked.size < perNode) picked.add(ends[random.int(ends.length)]!);
    for (const u of picked) {
      link(arcs, random, u, v);
      ends.push(u, v);
    }
  }
  return arcs.list();
}

function link(arcs: ArcSet, random: Random, u: number, v: number): void {
  if (random.next() < 0.5) arcs.add(u, v);
  else arcs.add(v, u);
}

/**
 * A layered supply chain: `layers` tiers, arcs from a tier to a later one (the next tier mostly),
 * the supplier picked by a Pareto-distributed popularity (alpha 1.5: a few hubs supply thousands),
 * and `feedback` of the arcs pointing back from a later tier to an earlier one (cycles). Tier 0
 * (raw sources) holds a tenth of the nodes; the others split the rest evenly.
 */
export function supplyChain(n: number, seed = 1, options: { perNode?: number; layers?: number; feedback?: number } = {}): ArcList {
  const { perNode = 5, layers = 8, feedback = 0.03 } = options;
  const random = createRandom(seed);
  const arcs = new ArcSet(n);
  const firstOf = new Int32Array(layers + 1);
  const base = Math.max(1, Math.floor(n / 10));
  for (let l = 1; l <= layers; l++) firstOf[l] = l === 1 ? base : Math.min(n, base + Math.round(((n - base) * (l - 1)) / (layers - 1)));
  firstOf[layers] = n;
  const layerOf = new Int32Array(n);
  for (let l = 0; l < layers; l++) for (let v = firstOf[l]!; v < firstOf[l + 1]!; v++) layerOf[v] = l;
  // Per-tier cumulative popularity, for picks by binary search.
  const popularity = new Float64Array(n);
  for (let v = 0; v < n; v++) popularity[v] = random.pareto(1.5);
  const cumulative = new Float64Array(n);
  for (let l = 0; l < layers; l++) {
    let sum = 0;
    for (let v = firstOf[l]!; v < firstOf[l + 1]!; v++) cumulative[v] = sum += popularity[v]!;
  }
  const pickIn = (l: number): number => {
    const lo0 = firstOf[l]!;
    let lo = lo0;
    let hi = firstOf[l + 1]! - 1;
    const x = random.next() * cumulative[hi]!;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  const m = perNode * n;
  const dependents = n - firstOf[1]!;
  // Only tiers >= 2 can point back, so their rate is raised to make `feedback` of all arcs.
  const feedbackRate = (feedback * dependents) / Math.max(1, n - firstOf[2]!);
  let attempts = 0;
  while (arcs.size < m && attempts++ < 20 * m) {
    const v = firstOf[1]! + random.int(dependents);
    const l = layerOf[v]!;
    if (l >= 2 && random.next() < feedbackRate) {
      // Feedback: v (tier >= 2) supplies back into an earlier dependent tier (recycling, by-products).
      arcs.add(v, firstOf[1]! + random.int(firstOf[l]! - firstOf[1]!));
      continue;
    }
    const from = random.next() < 0.7 ? l - 1 : random.int(l);
    arcs.add(pickIn(from), v);
  }
  return arcs.list();
}

export function generateFamily(family: Family, n: number, seed = 1): ArcList {
  if (family === "er") return erdosRenyi(n, seed);
  if (family === "ba") return barabasiAlbert(n, seed);
  return supplyChain(n, seed);
}
