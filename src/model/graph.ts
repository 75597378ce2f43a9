// The typed supply graph every layer after loading works on. Edges point the way supply flows.
import { DirectedGraph } from "graphology";
import { LAYER_LISTS, type Dataset, type DatasetLayers } from "../schema/dataset.ts";
import type { Edge } from "../schema/edges.ts";
import type { Node } from "../schema/nodes.ts";

export type NodeAttributes = Node;
export type EdgeAttributes = Edge;
export type ChokepointGraph = DirectedGraph<NodeAttributes, EdgeAttributes>;

/** Edge keys are `from->to`: the loader allows one edge per ordered pair. */
export const edgeKey = (from: string, to: string) => `${from}->${to}`;

export interface BuildOptions {
  /**
   * Hand the dataset's own node and edge objects to the graph as its attributes instead of copying
   * them (600k objects at 100k nodes): for a freshly loaded dataset that nobody edits in place.
   * Default false: the graph gets copies, so editing one never changes the other.
   */
  shareAttributes?: boolean;
}

/** Builds the graph from a validated dataset. The dataset is not modified; attributes are copies unless shared. */
export function buildGraph(
  dataset: Pick<Dataset, "nodes" | "edges"> & Partial<DatasetLayers>,
  options: BuildOptions = {},
): ChokepointGraph {
  const graph: ChokepointGraph = new DirectedGraph<NodeAttributes, EdgeAttributes>();
  // Sourcing layers and events are not nodes or edges: they travel as graph attributes (layers.ts),
  // set only when there are any so a graph of nodes and edges alone exports as before.
  for (const list of LAYER_LISTS) {
    const entries = dataset[list];
    if (entries && entries.length > 0) graph.setAttribute(list, [...entries]);
  }
  const share = options.shareAttributes === true;
  for (const node of dataset.nodes) graph.addNode(node.id, share ? node : { ...node });
  useDictionaryAdjacency(graph);
  for (const edge of dataset.edges) {
    graph.addDirectedEdgeWithKey(edgeKey(edge.from, edge.to), edge.from, edge.to, share ? edge : { ...edge });
  }
  return graph;
}

interface NodeSlots {
  in?: unknown;
  out?: unknown;
}

/**
 * graphology keeps each node's neighbours in plain objects keyed by neighbour id (`in`, `out`).
 * V8 gives every such object its own chain of hidden classes as ids are added, one per key, which at
 * 500k edges costs seconds and much of the garbage collection of a build. An object that has had a
 * property deleted is kept in dictionary mode instead, with the same keys, order and prototype, so
 * graphology behaves exactly as before (2-3x faster edge inserts at 100k nodes).
 * This reaches into graphology's private `_nodes` map: when its shape is not the expected one
 * (another graphology version), nothing is touched and the build is only slower.
 */
function useDictionaryAdjacency(graph: ChokepointGraph): void {
  const nodes = (graph as unknown as { _nodes?: unknown })._nodes;
  if (!(nodes instanceof Map)) return;
  for (const data of nodes.values() as IterableIterator<NodeSlots>) {
    toDictionaryMode(data.in);
    toDictionaryMode(data.out);
  }
}

function toDictionaryMode(adjacency: unknown): void {
  if (typeof adjacency !== "object" || adjacency === null || Object.keys(adjacency).length > 0) return;
  const slots = adjacency as Record<string, unknown>;
  // Deleting the last property added only rolls the hidden class back; deleting an earlier one
  // switches the object to dictionary mode. Both are gone afterwards.
  slots["\u0000a"] = 0;
  slots["\u0000b"] = 0;
  delete slots["\u0000a"];
  delete slots["\u0000b"];
}
