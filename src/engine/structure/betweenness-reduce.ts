// Exact reductions for Brandes' betweenness (issue 16 item 2), each exact on directed graphs:
// which way to search (the arcs as given or reversed: the scores are the same, the work is not),
// and out-degree-1 folding. Exact runs use them in batchSums (betweenness-batch.ts); brandesSums
// (betweenness.ts) takes the same folding and is the one-source reference the tests compare with.
import type { CompactGraph } from "./compact.ts";
import { componentHeights, condensation, tallestFirst } from "./condensation.ts";

export type Orientation = "auto" | "forward" | "reverse";

/** One orientation's arrays: the arcs searched, and their reverse (bottom-up levels). */
export interface SearchArcs {
  start: Int32Array;
  to: Int32Array;
  revStart: Int32Array;
  revTo: Int32Array;
}

export interface Fold {
  sources: Int32Array;
  weights: Float64Array;
  folded: Float64Array;
  foldStart: Int32Array;
  foldOf: Int32Array;
}

/** What an exact run searches: the orientation, every source (nodes with an arc out), the folding. */
export interface ExactRun {
  reversed: boolean;
  arcs: SearchArcs;
  sources: Int32Array;
  fold: Fold | undefined;
  /**
   * componentHeights along the searched arcs when the orientation estimate computed them (it
   * samples by height); betweenness.ts exactSources groups the batches by them, computing them
   * itself for a run without.
   */
  height?: Int32Array;
}

/**
 * Betweenness on the reversed graph equals betweenness on the graph (each shortest s-t path is a
 * shortest t-s path reversed), but the searches differ: the arcs read from every source are those
 * out of what it reaches, and folding removes different sources. On our 10k generated network the
 * searches against the dependency arcs read 2.2M arcs, along them 3.2M; on the layered supply
 * chain it is the other way round (280M against 217M). So "auto" estimates both (chooseOrientation)
 * and runs the cheaper one.
 */
export function exactRun(view: CompactGraph, orientation: Orientation = "auto"): ExactRun {
  const forward: SearchArcs = { start: view.upStart, to: view.upTo, revStart: view.downStart, revTo: view.downTo };
  const backward: SearchArcs = { start: view.downStart, to: view.downTo, revStart: view.upStart, revTo: view.upTo };
  const prepare = (arcs: SearchArcs, reversed: boolean, height?: Int32Array): ExactRun => {
    const sources = withArcOut(arcs.start);
    return { reversed, arcs, sources, fold: foldSingleOut(arcs.start, arcs.to, sources), height };
  };
  if (orientation === "forward") return prepare(forward, false);
  if (orientation === "reverse") return prepare(backward, true);
  // Only the chosen orientation is folded: the estimate needs just the sources left searched.
  const found = condensation(view);
  const heights: [Int32Array, Int32Array] = [componentHeights(view, false, found), componentHeights(view, true, found)];
  return chooseOrientation(forward, backward, heights) === 1 ? prepare(backward, true, heights[1]) : prepare(forward, false, heights[0]);
}

function withArcOut(start: Int32Array): Int32Array {
  const n = start.length - 1;
  const keep = new Uint8Array(n);
  for (let v = 0; v < n; v++) if (start[v + 1]! > start[v]!) keep[v] = 1;
  return marked(keep);
}

/** The nodes marked 1, in order (a mask and two plain loops: Int32Array.filter's callback path, or a callback here, cost more). */
function marked(keep: Uint8Array): Int32Array {
  let count = 0;
  for (let v = 0; v < keep.length; v++) count += keep[v]!;
  const nodes = new Int32Array(count);
  count = 0;
  for (let v = 0; v < keep.length; v++) if (keep[v] === 1) nodes[count++] = v;
  return nodes;
}

/** The node v folds into (foldSingleOut): the head u of its one arc, when u != v and u has not one arc out itself; else -1. */
function foldTarget(start: Int32Array, to: Int32Array, v: number): number {
  if (start[v + 1]! - start[v]! !== 1) return -1;
  const u = to[start[v]!]!;
  return u === v || start[u + 1]! - start[u]! === 1 ? -1 : u;
}

const BATCH = 16;

/**
 * 0 or 1: the run whose searches from every source are estimated to read fewer arcs. Plain
 * breadth-first searches from sources spread over each list (golden-ratio steps) count the arcs
 * read, in batches of 16 per run; from 64 on, it stops when the two estimates (mean x sources)
 * differ by more than 2.5 times their combined relative standard error, or are within 3% of each
 * other with that error under 1% (then either will do), and at 1 in 64 of the sources it takes
 * the lower estimate. Where every search reaches nearly everything 64 decide (about 1% of the
 * work at 10k nodes); the heavy-tailed reach of our networks runs to the cap. A cap of 1 in 32
 * cost our 10k network ~1.7 ms of a ~45 ms call and picked the same orientation as 1 in 64 and
 * 1 in 128 on 15 of our networks (5k, 10k, 16k nodes; seeds 1-5). Sources are counted after
 * folding (searchedSources), but only the chosen orientation is folded.
 *
 * Each list is sampled tallest first (`heights`: componentHeights of each run), so the
 * golden-ratio steps spread over the heights, where reach tends to grow with height; in node order
 * the sample followed the numbering. Our 10k networks, seeds 1-9, each in its own numbering and 11
 * random renumberings (108 cases; reverse was 20-33% faster on the five timed, seeds 1-5 in their
 * own numbering): forward was picked 19 times in node order, 9 times tallest first; a cap of 1 in
 * 32 brought that to 3, at ~0.8 ms more a call (2%), about what the misses cost on average, so the
 * cap stays.
 */
export function chooseOrientation(a: SearchArcs, b: SearchArcs, heights: [Int32Array, Int32Array]): 0 | 1 {
  const runs = [a, b];
  const sums = [0, 0];
  const squares = [0, 0];
  const searched = runs.map((r, i) => tallestFirst(searchedSources(r.start, r.to), heights[i]!));
  const counts = searched.map((list) => list.length);
  if (counts[0] === 0 || counts[1] === 0) return counts[0] === 0 ? 0 : 1;
  const n = a.start.length - 1;
  // Per run: sinks start (and stay) seen: they add no arcs, so they are never queued.
  const seenBy = runs.map((r) => {
    const seen = new Uint8Array(n);
    for (let v = 0; v < n; v++) if (r.start[v + 1] === r.start[v]) seen[v] = 1;
    return seen;
  });
  const queue = new Int32Array(n + 1); // one spare: searchArcs writes before it decides
  const cap = Math.max(4 * BATCH, Math.ceil(Math.min(counts[0]!, counts[1]!) / 64));
  let k = 0;
  while (true) {
    for (let r = 0; r < 2; r++) {
      const run = runs[r]!;
      const sources = searched[r]!;
      for (let i = k; i < k + BATCH; i++) {
        const s = sources[Math.floor(((i * 0.6180339887498949) % 1) * sources.length)]!;
        const arcs = searchArcs(run.start, run.to, s, seenBy[r]!, queue);
        sums[r]! += arcs;
        squares[r]! += arcs * arcs;
      }
    }
    k += BATCH;
    const mean = sums.map((x) => x / k);
    if (mean[0] === 0 || mean[1] === 0) return mean[0]! <= mean[1]! ? 0 : 1;
    const rel = mean.map((m, r) => Math.sqrt(Math.max(0, squares[r]! / k - m * m) / k) / m);
    const error = Math.hypot(rel[0]!, rel[1]!);
    const gap = Math.log((mean[1]! * counts[1]!) / (mean[0]! * counts[0]!));
    if (k >= 4 * BATCH && (Math.abs(gap) > 2.5 * error || (Math.abs(gap) < 0.03 && error < 0.01))) return gap < 0 ? 1 : 0;
    if (k >= cap) return gap < 0 ? 1 : 0;
  }
}

/** The sources foldSingleOut leaves searched (an arc out, and not folded), without building the fold. */
function searchedSources(start: Int32Array, to: Int32Array): Int32Array {
  const n = start.length - 1;
  const keep = new Uint8Array(n);
  for (let v = 0; v < n; v++) if (start[v + 1]! > start[v]! && foldTarget(start, to, v) < 0) keep[v] = 1;
  return marked(keep);
}

/** Arcs read by a plain breadth-first search from s (seen: 1 on the sinks only, before and after). */
function searchArcs(start: Int32Array, to: Int32Array, s: number, seen: Uint8Array, queue: Int32Array): number {
  let arcs = 0;
  seen[s] = 1;
  queue[0] = s;
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    const v = queue[head]!;
    const end = start[v + 1]!;
    arcs += end - start[v]!;
    // Without a branch on "is w new" (a coin toss here): the write is kept or overwritten.
    for (let e = start[v]!; e < end; e++) {
      const w = to[e]!;
      queue[tail] = w;
      tail += 1 - seen[w]!;
      seen[w] = 1;
    }
  }
  for (let j = 0; j < tail; j++) seen[queue[j]!] = 0;
  return arcs;
}

/**
 * Out-degree-1 folding, exact for directed graphs. A node v whose only arc goes to u != v reaches
 * everything through u, along u's shortest paths (a shortest u-t path never passes v: v leads
 * only back to u). So v's dependencies are u's, minus what the target v itself adds to u's sums
 * when u reaches v, plus 1 on u for every node u reaches other than u and v. v's search is dropped;
 * u's counts 1 + (folded into u) times, and the kernel subtracts the folded targets it reached
 * (one more accumulation over u's shortest-path DAG, only for sources that reach one). A v with
 * no arc in is never reached (the degree-1 leaf of BADIOS). Only into a u that is not folded itself
 * (u's search must run); a v into a sink adds nothing at all. Undefined when nothing folds.
 */
export function foldSingleOut(upStart: Int32Array, upTo: Int32Array, sources: Int32Array): Fold | undefined {
  const n = upStart.length - 1;
  const into = new Int32Array(n).fill(-1);
  const folded = new Float64Array(n);
  let count = 0;
  for (let v = 0; v < n; v++) {
    const u = foldTarget(upStart, upTo, v);
    if (u < 0) continue;
    into[v] = u;
    folded[u]!++;
    count++;
  }
  if (count === 0) return undefined;
  const foldStart = new Int32Array(n + 1);
  for (let u = 0; u < n; u++) foldStart[u + 1] = foldStart[u]! + folded[u]!;
  const foldOf = new Int32Array(count);
  const fill = foldStart.slice(0, n);
  for (let v = 0; v < n; v++) if (into[v]! >= 0) foldOf[fill[into[v]!]!++] = v;
  const weights = new Float64Array(n);
  for (let v = 0; v < n; v++) weights[v] = 1 + folded[v]!;
  // A plain loop: Int32Array.prototype.filter with a callback cost ~0.4 ms of 0.54 here at 10k.
  let kept = 0;
  for (let i = 0; i < sources.length; i++) if (into[sources[i]!]! < 0) kept++;
  const searched = new Int32Array(kept);
  kept = 0;
  for (let i = 0; i < sources.length; i++) if (into[sources[i]!]! < 0) searched[kept++] = sources[i]!;
  return { sources: searched, weights, folded, foldStart, foldOf };
}
