// PageRank on the compact view: the reversed dependency graph (dependent -> dependency), damping
// 0.85, unweighted, dangling mass spread evenly, stopping when the L1 change is below n x 1e-10.
// The same iteration as graphology-metrics (pagerankReference), so scores agree within 1e-12.
import type { ChokepointGraph } from "../model/graph.ts";
import { compactGraph, type CompactGraph } from "./compact.ts";

export interface PagerankOptions {
  /** Damping factor; default 0.85. */
  alpha?: number;
  /** Per-node tolerance: stop when the L1 change over all nodes is below n x tolerance; default 1e-10. */
  tolerance?: number;
  /** Default 1000; throws when not converged by then. */
  maxIterations?: number;
}

/** Scores in compact index order; they sum to 1. */
export function pagerankScores(view: CompactGraph, options: PagerankOptions = {}): Float64Array {
  const { alpha = 0.85, tolerance = 1e-10, maxIterations = 1000 } = options;
  const n = view.order;
  const { upStart } = view;
  let x = new Float64Array(n);
  let next = new Float64Array(n);
  if (n === 0) return x;
  const p = 1 / n;
  x.fill(p);
  const weight = new Float64Array(n); // 1 / out-degree, 0 for dangling nodes
  let danglingCount = 0;
  for (let v = 0; v < n; v++) {
    const d = upStart[v + 1]! - upStart[v]!;
    if (d === 0) danglingCount++;
    else weight[v] = 1 / d;
  }
  const dangling = new Int32Array(danglingCount);
  for (let v = 0, k = 0; v < n; v++) if (upStart[v + 1] === upStart[v]) dangling[k++] = v;
  // Pull form: each node sums what its dependents pass on (the `down` rows are the in-edges of
  // the reversed graph), so writes are sequential; `share` holds alpha x x(u) / outdegree(u).
  const { downStart, downTo } = view;
  const share = new Float64Array(n);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    let dangleSum = 0;
    for (let k = 0; k < danglingCount; k++) dangleSum += x[dangling[k]!]!;
    const base = alpha * dangleSum * p + (1 - alpha) * p;
    for (let u = 0; u < n; u++) share[u] = alpha * x[u]! * weight[u]!;
    let error = 0;
    for (let v = 0; v < n; v++) {
      let sum = base;
      const end = downStart[v + 1]!;
      for (let k = downStart[v]!; k < end; k++) sum += share[downTo[k]!]!;
      next[v] = sum;
      error += Math.abs(sum - x[v]!);
    }
    [x, next] = [next, x];
    if (error < n * tolerance) return x;
  }
  throw new Error(`chokepoint pagerank: no convergence in ${maxIterations} iterations; raise maxIterations or the tolerance`);
}

/** PageRank of every node by id (see pagerankScores for the definition). */
export function computePagerank(graph: ChokepointGraph, options: PagerankOptions = {}): Map<string, number> {
  const view = compactGraph(graph);
  const scores = pagerankScores(view, options);
  return new Map(view.ids.map((id, v) => [id, scores[v]!]));
}
