// Percolation centrality (Piraveenan, Prokopenko & Hossain 2013): betweenness in which the paths
// from a source count by the source's state x_s in 0..1 or any non-negative risk, here how risky
// the source's own supply is. For a node v,
//   PC(v) = 1/(n-2) x sum over s != v != t of (sigma_st(v) / sigma_st) x x_s / (sum_i x_i - x_v),
// 0 when the other nodes' risks sum to 0. Paths run the way supply flows (supplier -> dependent, the
// `down` relation, every step length 1), so v scores high when it passes on the supply of risky
// origins to many dependents. With every x_s equal it is the normalised betweenness of
// betweenness.ts (sum x - x_v = (n-1) x, and reversing paths leaves betweenness unchanged).
// Default risk on chokepoint data: the governance-weighted concentration HHI_WGI (0..10) of each
// supplied node (governance.ts); a node with no supplies edge (a country, a company, most
// components) has risk 0 and adds no paths of its own. A caller may pass any risk map instead.
import { brandesSums } from "./betweenness.ts";
import type { CompactGraph } from "./compact.ts";

/** Percolation centrality on the compact view, in index order; risk[v] >= 0 per node. */
export function percolationScores(view: CompactGraph, risk: Float64Array): Float64Array {
  const n = view.order;
  if (risk.length !== n) throw new Error(`chokepoint percolation: ${risk.length} risk values for ${n} nodes`);
  let total = 0;
  for (let v = 0; v < n; v++) {
    const x = risk[v]!;
    if (!(x >= 0) || !Number.isFinite(x)) throw new Error(`chokepoint percolation: risk of ${view.ids[v]} is ${x}; it must be a finite number >= 0`);
    total += x;
  }
  const scores = new Float64Array(n);
  if (n <= 2) return scores;
  // Only sources with a risk above 0 contribute; only they are expanded.
  const sources: number[] = [];
  for (let v = 0; v < n; v++) if (risk[v]! > 0 && view.downStart[v + 1]! > view.downStart[v]!) sources.push(v);
  brandesSums(view.downStart, view.downTo, Int32Array.from(sources), 0, 1, scores, risk, view.upStart, view.upTo);
  for (let v = 0; v < n; v++) {
    const rest = total - risk[v]!;
    // rest <= tiny: every risky path starts at v itself, which a node's own score never counts.
    scores[v] = rest > 1e-300 ? scores[v]! / ((n - 2) * rest) : 0;
  }
  return scores;
}
