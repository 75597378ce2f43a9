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
import { type BatchScratch, batchOrder, batchSums } from "./betweenness-batch.ts";
import { exactRun, type ExactRun, type Orientation } from "./betweenness-reduce.ts";
import { componentHeights, tallestFirst } from "./condensation.ts";
import { seededRandom } from "./seeded-random.ts";

export interface BetweennessOptions {
  /** Number of source nodes to sample; omit (or >= n) for the exact scores. */
  pivots?: number;
  /** Seed of the pivot sample; default 1. */
  seed?: number;
  /**
   * Exact runs only: search along the arcs as given, against them (same scores: see the module
   * header), or (default) whichever is estimated to read fewer arcs (betweenness-reduce.ts).
   */
  orientation?: Orientation;
}

/**
 * Exact runs on at most this many nodes search 32 sources at once (batchSums), larger ones one at a
 * time (brandesSums). batchSums keeps 32 path counts per node: 2.5 MiB at 10k nodes, 4 MiB here,
 * twice the 2 MiB of L2 a core has on the machine measured; past that its per-source reads miss
 * the cache. Measured, CPU time batchSums / brandesSums: 10k 0.60-0.76 on the families and ~0.9 on
 * our network; 20k supply chain 0.88, BA 0.74, our network 1.13; 40k our network 1.28; 100k our
 * network ~2 (README).
 */
export const BATCH_MAX_NODES = 16_384;

/**
 * An exact run's sources as its kernel takes them: on up to BATCH_MAX_NODES nodes batchSums, 32
 * per search, in batchOrder's order (neighbours' levels agree) grouped by height, tallest first
 * (tallestFirst); above it brandesSums, one at a time. The worker threads
 * (node/betweenness-workers.ts) split the same list.
 */
export function exactSources(view: CompactGraph, run: ExactRun): { batched: boolean; sources: Int32Array } {
  const sources = run.fold ? run.fold.sources : run.sources;
  if (view.order > BATCH_MAX_NODES) return { batched: false, sources };
  const height = run.height ?? componentHeights(view, run.reversed);
  return { batched: true, sources: tallestFirst(batchOrder(run.arcs.start, run.arcs.revStart, run.arcs.revTo, sources), height) };
}

const scratch: BatchScratch = {};

/**
 * The main thread's batchSums working arrays (BatchScratch), kept from call to call: at most
 * BATCH_MAX_NODES x 32 doubles of slots (4 MiB) and the per-node and record arrays beside them.
 * Reusing the slots took a call on our 10k network 30.7 -> 29.3 ms (0.95, two runs of 21); the
 * other arrays, with the branchless queue pushes, 32.4 -> 30.8 ms (0.95, CPU medians of 25 calls in
 * 5 alternating processes each).
 */
export function batchScratch(): BatchScratch {
  return scratch;
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
  const plan = betweennessPlan(view, options);
  const centrality = new Float64Array(view.order);
  let candidates = 0;
  for (let v = 0; v < view.order; v++) if (view.upStart[v + 1]! > view.upStart[v]!) candidates++;
  // Folding is exact only when every source is expanded (no pivot sample to scale).
  const exact = options.pivots === undefined || options.pivots >= candidates;
  if (exact) {
    const run = exactRun(view, options.orientation);
    const { arcs, fold } = run;
    const { batched, sources } = exactSources(view, run);
    if (batched) batchSums(arcs.start, arcs.to, sources, 0, 1, centrality, fold?.weights, fold?.folded, fold?.foldStart, fold?.foldOf, batchScratch());
    else brandesSums(arcs.start, arcs.to, sources, 0, 1, centrality, fold?.weights, arcs.revStart, arcs.revTo, fold?.folded, fold?.foldStart, fold?.foldOf);
  } else brandesSums(view.upStart, view.upTo, plan.sources, 0, 1, centrality, undefined, view.downStart, view.downTo);
  for (let v = 0; v < centrality.length; v++) centrality[v]! *= plan.scale;
  return centrality;
}

/**
 * Brandes' dependency sums (unscaled) from sources[first], sources[first + stride], ... added
 * into `centrality`, each source's sums times weights[s] when given (percolation.ts, folded nodes).
 * With `folded` (foldSingleOut: per source s, how many nodes fold into it, and which, in
 * foldOf[foldStart[s]..foldStart[s+1]]), s also gains 1 per folded node and per node s reaches
 * other than s and it, and each folded node s reaches has its own share as a target taken off. With the
 * reverse relation (revStart/revTo: the arcs into each node), the BFS is direction-optimising
 * (Beamer et al. 2012, adapted to path counting): a level is expanded bottom-up, each node not yet
 * reached summing the path counts of its in-neighbours on the frontier, when fewer nodes are left
 * to reach than the frontier holds. A path count needs every predecessor, so unlike
 * Beamer's BFS no scan stops early; the gain is the arcs of the big middle levels that lead back
 * into nodes already reached, which a top-down step reads and a bottom-up step never sees. Same
 * sums as plain Brandes up to the order of floating-point additions.
 * Self-contained (no imports, no closures, no nested functions) because
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
  revStart?: Int32Array,
  revTo?: Int32Array,
  folded?: Float64Array,
  foldStart?: Int32Array,
  foldOf?: Int32Array,
): void {
  const n = start.length - 1;
  const m = to.length;
  const sigma = new Float64Array(n);
  const coef = new Float64Array(n); // (1 + delta(w)) / sigma(w), once w is final
  const acc = new Float64Array(n); // bottom-up levels: sum of coef over a node's successors
  // -1: not reached yet; -2: not reached yet and a sink (no outgoing step). A sink is never
  // queued: it has nothing to expand, and its delta is 0, so its coefficient is just 1 / sigma.
  const dist = new Int32Array(n);
  for (let v = 0; v < n; v++) dist[v] = start[v + 1]! > start[v]! ? -1 : -2;
  const order = new Int32Array(n); // BFS order of the non-sinks; read backwards it is Brandes' stack
  const sinks = new Int32Array(n);
  // Top-down levels: the shortest-path successors of order[j] are dag[dagEnd[j]..dagEnd[j+1]].
  // Bottom-up levels: (pred, child) pairs, level L's in pairs[pairStart[L]..pairStart[L+1]].
  const dag = new Int32Array(m);
  const dagEnd = new Int32Array(n + 1);
  const pairPred = revStart ? new Int32Array(m) : dag;
  const pairChild = revStart ? new Int32Array(m) : dag;
  const levelStart = new Int32Array(n + 2); // positions in `order` where each level starts
  const pairStart = new Int32Array(n + 2);
  const bottomUp = new Uint8Array(n + 1);
  const candidates = new Int32Array(revStart ? n : 0); // nodes not reached (bottom-up scans them)
  // Folded targets: isFolded[v] = 1 while v is a folded node the current source reaches; fcoef and
  // facc are coef and acc of the dependencies on those targets alone (subtracted, see foldSingleOut).
  const isFolded = new Uint8Array(folded ? n : 0);
  const fcoef = new Float64Array(folded ? n : 0);
  const facc = new Float64Array(folded ? n : 0);
  for (let i = first; i < sources.length; i += stride) {
    const s = sources[i]!;
    const ws = weights ? weights[s]! : 1;
    sigma[s] = 1;
    dist[s] = 0;
    order[0] = s;
    let tail = 1;
    let sinkCount = 0;
    let edges = 0;
    let pairs = 0;
    let level = 0;
    levelStart[0] = 0;
    levelStart[1] = 1;
    let candidateCount = -1; // -1: list not built for this source
    while (levelStart[level + 1]! > levelStart[level]!) {
      const from = levelStart[level]!;
      const until = levelStart[level + 1]!;
      const dv = level + 1;
      pairStart[level] = pairs;
      // Bottom-up when fewer nodes are left to reach than the frontier holds (node counts cost
      // nothing to keep; measured on arc counts, the rule is as good as comparing arcs, see README).
      if (revStart && revTo && n - tail - sinkCount < until - from) {
        bottomUp[level] = 1;
        for (let j = from; j < until; j++) dagEnd[j + 1] = edges;
        if (candidateCount < 0) {
          candidateCount = 0;
          for (let v = 0; v < n; v++) if (dist[v]! < 0 && revStart[v + 1]! > revStart[v]!) candidates[candidateCount++] = v;
        }
        let kept = 0;
        for (let c = 0; c < candidateCount; c++) {
          const w = candidates[c]!;
          const dw = dist[w]!;
          if (dw >= 0) continue;
          let sum = 0;
          const firstPair = pairs;
          const end = revStart[w + 1]!;
          for (let k = revStart[w]!; k < end; k++) {
            const u = revTo[k]!;
            if (dist[u] === level) {
              sum += sigma[u]!;
              pairPred[pairs] = u;
              pairChild[pairs++] = w;
            }
          }
          if (pairs === firstPair) {
            candidates[kept++] = w;
            continue;
          }
          sigma[w] = sum;
          dist[w] = dv;
          if (dw === -1) order[tail++] = w;
          else sinks[sinkCount++] = w;
        }
        candidateCount = kept;
      } else {
        bottomUp[level] = 0;
        for (let j = from; j < until; j++) {
          const v = order[j]!;
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
          dagEnd[j + 1] = edges;
        }
      }
      level++;
      levelStart[level + 1] = tail;
    }
    pairStart[level] = pairs;
    for (let j = 0; j < sinkCount; j++) coef[sinks[j]!] = 1 / sigma[sinks[j]!]!;
    // Folded nodes this source reaches (never sinks: each has one arc out).
    let reachedFolds = 0;
    if (folded && foldStart && foldOf) {
      for (let k = foldStart[s]!; k < foldStart[s + 1]!; k++) {
        const v = foldOf[k]!;
        if (dist[v]! >= 0) {
          isFolded[v] = 1;
          reachedFolds++;
        }
      }
      centrality[s]! += folded[s]! * (tail + sinkCount - 1) - reachedFolds;
    }
    // Accumulate from the farthest level back: delta(v) = sigma(v) x sum over successors w on a
    // shortest path of (1 + delta(w)) / sigma(w).
    if (reachedFolds === 0) {
      for (let l = level - 1; l >= 0; l--) {
        if (bottomUp[l]) for (let p = pairStart[l]!; p < pairStart[l + 1]!; p++) acc[pairPred[p]!]! += coef[pairChild[p]!]!;
        const lo = l === 0 ? 1 : levelStart[l]!;
        const pulled = bottomUp[l] === 1;
        for (let j = levelStart[l + 1]! - 1; j >= lo; j--) {
          const v = order[j]!;
          let sum = 0;
          if (pulled) {
            sum = acc[v]!;
            acc[v] = 0;
          }
          const last = dagEnd[j + 1]!;
          for (let k = dagEnd[j]!; k < last; k++) sum += coef[dag[k]!]!;
          const sv = sigma[v]!;
          const d = sv * sum;
          coef[v] = (1 + d) / sv;
          centrality[v]! += d * ws;
        }
      }
    } else {
      // The same, with the dependencies on the reached folded targets alone beside it (fcoef:
      // (isFolded(w) + fdelta(w)) / sigma(w)); fcoef of a sink stays 0.
      for (let l = level - 1; l >= 0; l--) {
        if (bottomUp[l]) {
          for (let p = pairStart[l]!; p < pairStart[l + 1]!; p++) {
            const u = pairPred[p]!;
            const w = pairChild[p]!;
            acc[u]! += coef[w]!;
            facc[u]! += fcoef[w]!;
          }
        }
        const lo = l === 0 ? 1 : levelStart[l]!;
        const pulled = bottomUp[l] === 1;
        for (let j = levelStart[l + 1]! - 1; j >= lo; j--) {
          const v = order[j]!;
          let sum = 0;
          let fsum = 0;
          if (pulled) {
            sum = acc[v]!;
            fsum = facc[v]!;
            acc[v] = 0;
            facc[v] = 0;
          }
          const last = dagEnd[j + 1]!;
          for (let k = dagEnd[j]!; k < last; k++) {
            const w = dag[k]!;
            sum += coef[w]!;
            fsum += fcoef[w]!;
          }
          const sv = sigma[v]!;
          const d = sv * sum;
          const fd = sv * fsum;
          coef[v] = (1 + d) / sv;
          fcoef[v] = (isFolded[v]! + fd) / sv;
          centrality[v]! += d * ws - fd;
        }
      }
      for (let j = 0; j < tail; j++) {
        isFolded[order[j]!] = 0;
        fcoef[order[j]!] = 0;
      }
      facc[s] = 0;
    }
    acc[s] = 0;
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
