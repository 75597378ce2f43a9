// The typed supply graph every layer after loading works on. Edges point the way supply flows.
import { DirectedGraph } from "graphology";
import type { Dataset } from "../schema/dataset.ts";
import type { Edge } from "../schema/edges.ts";
import type { Node } from "../schema/nodes.ts";

export type NodeAttributes = Node;
export type EdgeAttributes = Edge;
export type ChokepointGraph = DirectedGraph<NodeAttributes, EdgeAttributes>;

/** Edge keys are `from->to`: the loader allows one edge per ordered pair. */
export const edgeKey = (from: string, to: string) => `${from}->${to}`;

/** Builds the graph from a validated dataset. The dataset is not modified; attributes are copies. */
export function buildGraph(dataset: Pick<Dataset, "nodes" | "edges">): ChokepointGraph {
  const graph: ChokepointGraph = new DirectedGraph<NodeAttributes, EdgeAttributes>();
  for (const node of dataset.nodes) graph.addNode(node.id, { ...node });
  for (const edge of dataset.edges) graph.addDirectedEdgeWithKey(edgeKey(edge.from, edge.to), edge.from, edge.to, { ...edge });
  return graph;
}
