// The compact view built straight from a validated dataset, without a graphology graph: past
// COMPACT_ONLY_NODES the graphology build and its per-node objects cost more time and memory than
// every metric the million-node bench runs (README, Benchmarks), and those metrics read only the
// view. Node and edge order are the dataset's, which is the order buildGraph adds them in, so the
// arrays are the same as compactGraph(buildGraph(dataset)) (test/engine/compact-data.test.ts).
import type { Dataset } from "../../schema/dataset.ts";
import type { Edge } from "../../schema/edges.ts";
import type { Node } from "../../schema/nodes.ts";
import { compactFrom, KIND_CODE, type CompactGraph } from "./compact.ts";

/**
 * Above this many nodes the bench (and any caller that wants it) skips the graphology graph. At
 * 200k nodes on this machine the graphology build and compact view took X s against Y s here, and
 * the graph held Z MiB more (README, Benchmarks); below it the graph is what callers see.
 */
export const COMPACT_ONLY_NODES = 250_000;

/** A dataset's compact view with the nodes and edges it came from (labels, grades, dependence). */
export interface CompactData {
  view: CompactGraph;
  nodes: readonly Node[];
  edges: readonly Edge[];
}

/** The loader's index of the dataset (load/merge.ts datasetIndexOf): positions of ids and edge ends. */
export interface KnownIndex {
  index: Map<string, number>;
  from: Int32Array;
  to: Int32Array;
}

/**
 * Builds the view of a validated dataset (edge ends must exist: the loader guarantees it). With
 * `known`, the loader's index of this same unedited dataset, ids are not looked up again. Cost O(nodes + edges).
 */
export function compactFromDataset(dataset: Pick<Dataset, "nodes" | "edges">, known?: KnownIndex): CompactData {
  const { nodes, edges } = dataset;
  const ids = nodes.map((node) => node.id);
  const fits = known !== undefined && known.index.size === nodes.length && known.from.length === edges.length;
  const view = compactFrom(
    ids,
    (v) => KIND_CODE[nodes[v]!.kind],
    edges.length,
    (index, put) => {
      if (fits) for (let j = 0; j < edges.length; j++) put(known.from[j]!, known.to[j]!, edges[j]!);
      else for (const edge of edges) put(index.get(edge.from)!, index.get(edge.to)!, edge);
    },
    fits ? known.index : undefined,
  );
  return { view, nodes, edges };
}
