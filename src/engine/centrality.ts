// Centrality on the dependency relation. Direction and normalisation:
// - degree counts edges of the data graph as they are (in = suppliers and inputs, out = dependents);
// - PageRank runs on the *reversed* dependency graph (dependent -> dependency), so a node that many
//   important dependents rely on scores high; damping 0.85, unweighted, scores sum to 1.
import { DirectedGraph } from "graphology";
import pagerank from "graphology-metrics/centrality/pagerank.js";
import type { ChokepointGraph } from "../model/graph.ts";
import { forEachDependency } from "../model/queries.ts";

export interface Centrality {
  inDegree: number;
  outDegree: number;
  pagerank: number;
}

/** The dependency relation reversed into a plain graph: an edge dependent -> dependency. */
export function reversedDependencyGraph(graph: ChokepointGraph): DirectedGraph {
  const reversed = new DirectedGraph();
  graph.forEachNode((node) => reversed.addNode(node));
  forEachDependency(graph, (dependency, dependent) => reversed.mergeEdge(dependent, dependency));
  return reversed;
}

export function computeCentrality(graph: ChokepointGraph): Map<string, Centrality> {
  // getEdgeWeight is explicit: graphology-metrics would otherwise read an attribute called `weight`.
  const ranks = pagerank(reversedDependencyGraph(graph), { getEdgeWeight: null, tolerance: 1e-10, maxIterations: 1000 });
  const out = new Map<string, Centrality>();
  graph.forEachNode((node) => {
    out.set(node, { inDegree: graph.inDegree(node), outDegree: graph.outDegree(node), pagerank: ranks[node] ?? 0 });
  });
  return out;
}
