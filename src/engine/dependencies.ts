// Upstream and downstream of one node over the dependency relation (model/queries forEachDependency:
// located_in turned around), with depth.
import { indexDependencies, reachable, type DependencyIndex } from "../model/dependencies.ts";
import type { ChokepointGraph } from "../model/graph.ts";
import { compareIds } from "./metrics/index.ts";
import { suggest } from "../model/suggest.ts";

export interface Dependencies {
  node: string;
  /** Everything `node` depends on, directly (depth 1) or not; ordered by depth, then id. */
  upstream: { id: string; depth: number }[];
  /** Everything that depends on `node`; ordered by depth, then id. */
  downstream: { id: string; depth: number }[];
}

/**
 * Upstream and downstream of a node. Depth is the shortest number of dependency steps (a company
 * is one step downstream of its host country). Pass `index` to reuse one built for many nodes.
 */
export function dependencies(
  graph: ChokepointGraph,
  node: string,
  index: DependencyIndex = indexDependencies(graph),
): Dependencies {
  if (!graph.hasNode(node)) throw new Error(`chokepoint dependencies: no node "${node}" in the graph; ${suggest(graph, node)}`);
  const list = (depths: Map<string, number>) =>
    [...depths].map(([id, depth]) => ({ id, depth })).sort((a, b) => a.depth - b.depth || compareIds(a.id, b.id));
  return { node, upstream: list(reachable(index.up, node)), downstream: list(reachable(index.down, node)) };
}
