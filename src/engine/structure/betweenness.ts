// Betweenness by Brandes (2001) on the compact view. Edge-length rule: every dependency step has
// length 1 (unweighted BFS; shares and substitutability are never lengths, and no `weight`
// attribute is read). Directed, on the dependency relation; reversing every edge maps shortest
// paths s->t onto t->s, so the scores equal those on the reversed graph that PageRank uses.
// Normalised by 1/((n-1)(n-2)), graphology-metrics' `normalized: true` for directed graphs.
// A source with no outgoing step adds nothing, so only the c nodes with one are expanded. With
// `pivots` = k < c, only k of them, chosen by a seeded PRNG, are expanded and the sums are scaled
// by c/k (Brandes & Pich 2007): an unbiased estimate at a fraction of the cost.
import type { ChokepointGraph } from "../../model/graph.ts";
import { compactGraph, type CompactGraph } from "./compact.ts";
import { seededRandom } from "./seeded-random.ts";

export interface BetweennessOptions {
  /** Number of source nodes to sample; omit (or >= n) for the exact scores. */
  pivots?: number;
  /** Seed of the pivot sample; default 1. */
  seed?: number;
}

/** What one exact or sampled run expands: the sources, and the factor that turns sums into scores. */
export interface BetweennessPlan {
  sources: Int32Array;
  /** candidates / sources (the sampling correction) / ((n-1)(n-2)); 0 when nothing is expanded. */
  scale: number;
}

export function betweennessPlan(view: CompactGraph, options: BetweennessOptions = {}): BetweennessPlan {
  const n = view.order;
  const start = view.upStart;
  if (n <= 2) return { sources: new Int32Array(0), scale: 0 };
  const candidates: number[] = [];
  for (let v = 0; v < n; v++) if (start[v + 1]! > start[v]!) candidates.push(v);
  const sources = pickSources(Int32Array.from(candidates), options.pivots, options.seed ?? 1);
  const scale = sources.length === 0 ? 0 : candidates.length / sources.length / ((n - 1) * (n - 2));
  return { sources, scale };
}

/** Scores in compact index order, normalised to 0..1. */
export function betweennessScores(view: CompactGraph, options: BetweennessOptions = {}): Float64Array {
  const { sources, scale } = betweennessPlan(view, options);
  const centrality = new Float64Array(view.order);
  brandesSums(view.upStart, view.upTo, sources, 0, 1, centrality);
  for (let v = 0; v < centrality.length; v++) centrality[v]! *= scale;
  return centrality;
}

/**
 * Brandes' dependency sums (unscaled) from sources[first], sources[first + stride], ... added
 * into `centrality`, each source's sums times weights[s] when given (percolation.ts). Self-contained (no imports, no closures, no nested functions) because
 * src/node/betweenness-workers.ts ships its source text to worker threads.
 */
export function brandesSums(
  start: Int32Array,
  to: Int32Array,
  sources: Int32Array,
  first: number,
  stride: number,
  centrality: Float64Array,
  weights?: Float64Array,
): void {
  const n = start.length - 1;
  const sigma = new Float64Array(n);
  const coef = new Float64Array(n); // (1 + delta(w)) / sigma(w), once w is final
  // -1: not reached yet; -2: not reached yet and a sink (no outgoing step). A sink is never
  // queued: it has nothing to expand, and its delta is 0, so its coefficient is just 1 / sigma.
  // Sinks (countries, in supply graphs) are about a fifth of all visits.
  const dist = new Int32Array(n);
  for (let v = 0; v < n; v++) dist[v] = start[v + 1]! > start[v]! ? -1 : -2;
  const order = new Int32Array(n); // BFS order of the non-sinks; read backwards it is Brandes' stack
  const sinks = new Int32Array(n);
  // The shortest-path successors of order[j] are dag[dagEnd[j]..dagEnd[j+1]], recorded as the BFS
  // finds them, so the backward pass reads one flat array instead of rescanning every row.
  const dag = new Int32Array(to.length);
  const dagEnd = new Int32Array(n + 1);
  for (let i = first; i < sources.length; i += stride) {
    const s = sources[i]!;
    const ws = weights ? weights[s]! : 1;
    sigma[s] = 1;
    dist[s] = 0;
    order[0] = s;
    let head = 0;
    let tail = 1;
    let sinkCount = 0;
    let edges = 0;
    while (head < tail) {
      const v = order[head]!;
      const dv = dist[v]! + 1;
      const sv = sigma[v]!;
      const end = start[v + 1]!;
      for (let k = start[v]!; k < end; k++) {
        const w = to[k]!;
        const dw = dist[w]!;
        if (dw < 0) {
          dist[w] = dv;
          sigma[w] = sv;
          if (dw === -1) order[tail++] = w;
          else sinks[sinkCount++] = w;
          dag[edges++] = w;
        } else if (dw === dv) {
          sigma[w]! += sv;
          dag[edges++] = w;
        }
      }
      dagEnd[++head] = edges;
    }
    for (let j = 0; j < sinkCount; j++) coef[sinks[j]!] = 1 / sigma[sinks[j]!]!;
    // Accumulate from the farthest node back: delta(v) = sigma(v) x sum over successors w on a
    // shortest path of (1 + delta(w)) / sigma(w).
    for (let j = tail - 1; j > 0; j--) {
      let sum = 0;
      const last = dagEnd[j + 1]!;
      for (let k = dagEnd[j]!; k < last; k++) sum += coef[dag[k]!]!;
      const v = order[j]!;
      const sv = sigma[v]!;
      const d = sv * sum;
      coef[v] = (1 + d) / sv;
      centrality[v]! += d * ws;
    }
    // Reset only what this source touched.
    for (let j = 0; j < sinkCount; j++) {
      dist[sinks[j]!] = -2;
      sigma[sinks[j]!] = 0;
    }
    for (let j = 0; j < tail; j++) {
      const v = order[j]!;
      dist[v] = -1;
      sigma[v] = 0;
    }
  }
}

/** Every candidate, or k distinct ones by a seeded partial Fisher-Yates shuffle. */
function pickSources(all: Int32Array, pivots: number | undefined, seed: number): Int32Array {
  const n = all.length;
  if (pivots !== undefined && (!Number.isInteger(pivots) || pivots < 1)) {
    throw new Error(`chokepoint betweenness: pivots must be a positive integer, got ${pivots}; omit it for exact scores`);
  }
  if (pivots === undefined || pivots >= n) return all;
  const random = seededRandom(seed);
  for (let i = 0; i < pivots; i++) {
    const j = i + Math.floor(random() * (n - i));
    const swap = all[i]!;
    all[i] = all[j]!;
    all[j] = swap;
  }
  return all.slice(0, pivots);
}

/** Betweenness of every node by id (see the module header for direction, lengths and scale). */
export function computeBetweenness(graph: ChokepointGraph, options: BetweennessOptions = {}): Map<string, number> {
  const view = compactGraph(graph);
  const scores = betweennessScores(view, options);
  return new Map(view.ids.map((id, v) => [id, scores[v]!]));
}
