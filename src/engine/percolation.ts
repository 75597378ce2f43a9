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
import type { ChokepointGraph } from "../model/graph.ts";
import type { EngineSettingsInput } from "../schema/settings.ts";
import { brandesSums } from "./betweenness.ts";
import { compactGraph, type CompactGraph } from "./compact.ts";
import { suppliedNodes } from "./concentration.ts";
import { governanceWeighted } from "./governance.ts";

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
  brandesSums(view.downStart, view.downTo, Int32Array.from(sources), 0, 1, scores, risk);
  for (let v = 0; v < n; v++) {
    const rest = total - risk[v]!;
    // rest <= tiny: every risky path starts at v itself, which a node's own score never counts.
    scores[v] = rest > 1e-300 ? scores[v]! / ((n - 2) * rest) : 0;
  }
  return scores;
}

/** HHI_WGI of every supplied node (0 for the others), in compact index order. */
export function governanceRisk(graph: ChokepointGraph, settings: EngineSettingsInput = {}): Float64Array {
  const view = compactGraph(graph);
  const risk = new Float64Array(view.order);
  for (const node of suppliedNodes(graph)) risk[view.index.get(node)!] = governanceWeighted(graph, node, settings).hhiWgi;
  return risk;
}

export interface PercolationOptions {
  /** Risk per node id (>= 0); nodes not in the map get 0. Default: governanceRisk (HHI_WGI). */
  risk?: ReadonlyMap<string, number>;
  settings?: EngineSettingsInput;
}

/** Percolation centrality of every node by id (see the module header for the definition). */
export function computePercolation(graph: ChokepointGraph, options: PercolationOptions = {}): Map<string, number> {
  const view = compactGraph(graph);
  let risk: Float64Array;
  if (options.risk) {
    risk = new Float64Array(view.order);
    for (const [id, x] of options.risk) {
      const v = view.index.get(id);
      if (v === undefined) throw new Error(`chokepoint percolation: risk given for "${id}", which is not a node of the graph`);
      risk[v] = x;
    }
  } else risk = governanceRisk(graph, options.settings);
  const scores = percolationScores(view, risk);
  return new Map(view.ids.map((id, v) => [id, scores[v]!]));
}
