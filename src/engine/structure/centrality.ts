// Centrality on the dependency relation (supplies, input and operates edges as they are; located_in
// turned around, so a company depends on its host). Direction and normalisation:
// - degree counts edges of the data graph as they are (in = suppliers, inputs, operator; out =
//   dependents, and located_in for a company);
// - PageRank runs on the *reversed* dependency graph (dependent -> dependency), so a node that many
//   important dependents rely on scores high; damping 0.85, unweighted, dangling mass spread evenly,
//   solved directly (pagerank.ts: one pass over the strongly connected components, Gauss-Seidel
//   inside cycles), so no power-iteration tolerance decides how close it gets; scores sum to 1;
// - betweenness is directed, on unweighted hop counts (`getEdgeWeight: null`: shares are not
//   lengths), over the dependency graph. Reversing every edge maps shortest paths s->t onto t->s,
//   so the scores are the same on either orientation. Normalised by 1/((n-1)(n-2)), the number of
//   ordered pairs of other nodes, so it is the fraction of (s, t) pairs' shortest paths through v,
//   0..1 (graphology-metrics' `normalized: true` for directed graphs).
// Both run on the compact typed-array view (compact.ts; betweenness.ts states the edge-length rule:
// every dependency step has length 1). The graphology-metrics path they replace is kept in
// centrality-reference.ts, and the tests hold the two within 1e-9 of each other. graphology-metrics
// reads an edge attribute `weight` by default; the reference passes getEdgeWeight explicitly.
import type { DirectedGraph } from "graphology";
import { createGraph, type ChokepointGraph } from "../../model/graph.ts";
import { forEachDependency } from "../../model/queries.ts";
import { betweennessScores } from "./betweenness.ts";
import { compactGraph } from "./compact.ts";
import { pagerankScores } from "./pagerank.ts";
import { percolationScores } from "./percolation.ts";

export interface Centrality {
  inDegree: number;
  outDegree: number;
  /** PageRank on the reversed dependency graph, damping 0.85; sums to 1 over the graph. */
  pagerank: number;
  /** Directed unweighted betweenness, normalised by (n-1)(n-2): 0..1. */
  betweenness: number;
  /** Percolation centrality with HHI_WGI source risks (percolation.ts), when asked for. */
  percolation?: number;
}

/** The dependency relation reversed into a plain graph: an edge dependent -> dependency. */
export function reversedDependencyGraph(graph: ChokepointGraph): DirectedGraph {
  const reversed: DirectedGraph = createGraph();
  graph.forEachNode((node) => reversed.addNode(node));
  forEachDependency(graph, (dependency, dependent) => reversed.mergeEdge(dependent, dependency));
  return reversed;
}

export interface CentralityOptions {
  /**
   * Betweenness already computed on compactGraph(graph), in its index order (the Node layer
   * computes it on several threads); computed here when omitted.
   */
  betweenness?: Float64Array;
  /** Also compute percolation centrality with these source risks (compact index order; governanceRisk gives HHI_WGI). */
  percolation?: Float64Array;
}

/** Degree, PageRank and betweenness of every node (see the module header for direction and scale). */
export function computeCentrality(graph: ChokepointGraph, options: CentralityOptions = {}): Map<string, Centrality> {
  const view = compactGraph(graph);
  const ranks = view.order > 0 ? pagerankScores(view) : new Float64Array(0);
  if (options.betweenness && options.betweenness.length !== view.order) {
    throw new Error(`chokepoint centrality: betweenness has ${options.betweenness.length} scores for ${view.order} nodes`);
  }
  const between = options.betweenness ?? betweennessScores(view);
  const percolation = options.percolation ? percolationScores(view, options.percolation) : undefined;
  const out = new Map<string, Centrality>();
  view.ids.forEach((node, v) => {
    out.set(node, {
      inDegree: graph.inDegree(node),
      outDegree: graph.outDegree(node),
      pagerank: ranks[v]!,
      betweenness: between[v]!,
      ...(percolation ? { percolation: percolation[v]! } : {}),
    });
  });
  return out;
}
