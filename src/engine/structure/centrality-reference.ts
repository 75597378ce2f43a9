// The unoptimised centrality path, kept as the reference the typed-array versions are tested
// against (same definitions as centrality.ts: the reversed dependency graph, unweighted, PageRank
// damping 0.85 with tolerance 1e-10, betweenness normalised by (n-1)(n-2)), via graphology-metrics.
import betweenness from "graphology-metrics/centrality/betweenness.js";
import pagerank from "graphology-metrics/centrality/pagerank.js";
import type { ChokepointGraph } from "../../model/graph.ts";
import { reversedDependencyGraph } from "./centrality.ts";

/** PageRank of every node by graphology-metrics on the reversed dependency graph. */
export function pagerankReference(graph: ChokepointGraph): Record<string, number> {
  return pagerank(reversedDependencyGraph(graph), { getEdgeWeight: null, tolerance: 1e-10, maxIterations: 1000 });
}

/** Exact directed betweenness by graphology-metrics (unweighted Brandes), normalised by (n-1)(n-2). */
export function betweennessReference(graph: ChokepointGraph): Record<string, number> {
  return betweenness(reversedDependencyGraph(graph), { getEdgeWeight: null, normalized: true });
}
