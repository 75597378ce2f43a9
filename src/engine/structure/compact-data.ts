// The compact view built straight from a validated dataset, without a graphology graph: past
// COMPACT_ONLY_NODES the graphology build and its per-node objects cost more time and memory than
// every metric the million-node bench runs (README, Benchmarks), and those metrics read only the
// view. Node and edge order are the dataset's, which is the order buildGraph adds them in, so the
// arrays are the same as compactGraph(buildGraph(dataset)) (test/engine/compact-data.test.ts).
// One difference downstream: with an id that is an array index ("2024") the graph path sums shares
// in graphology's neighbour order (indexLikeIds); the compact path always sums in edge order.
import type { Dataset } from "../../schema/dataset.ts";
import type { Edge } from "../../schema/edges.ts";
import type { Node } from "../../schema/nodes.ts";
import { compactFrom, KIND_CODE, type CompactGraph } from "./compact.ts";

/**
 * Above this many nodes the bench (and any caller that wants it) skips the graphology graph. At
 * 200k nodes (2026-12-02, load 1-4 on 2 cores) the graphology build and its compact view took
 * 13.2 s + 3.5 s and the run peaked at 1,686 MiB; the view built from the dataset took 0.75-1.9 s
 * and the same steps peaked at 675 MiB. At a million nodes the graphology build alone took 207 s,
 * three times the whole 60 s budget. Up to 200k the bench still runs every metric (governance,
 * ranking, dominators, the 12-month scenario need the graph), so the line sits just above it.
 */
export const COMPACT_ONLY_NODES = 250_000;

/**
 * A dataset's compact view with its nodes (labels) and the few edges whose attributes the metrics
 * read beyond the view: supplies edges with a grade or basis, input edges with a dependence.
 * `edgeAt(j)` is edge j (the dataset's order, the view's inEdge) when it is one of those, else
 * undefined. Not holding the other edges (five million objects at a million nodes) makes every
 * later garbage collection cheaper.
 */
export interface CompactData {
  view: CompactGraph;
  nodes: readonly Node[];
  edgeAt: (j: number) => Edge | undefined;
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
  const extraIndex = new Int32Array(edges.length).fill(-1);
  const extras: Edge[] = [];
  edges.forEach((edge, j) => {
    const read = edge.kind === "supplies" ? edge.grade !== undefined || edge.basis !== undefined : edge.kind === "input" && edge.dependence !== undefined;
    if (read) (extraIndex[j] = extras.length), extras.push(edge);
  });
  return { view, nodes, edgeAt: (j) => (extraIndex[j]! >= 0 ? extras[extraIndex[j]!] : undefined) };
}
