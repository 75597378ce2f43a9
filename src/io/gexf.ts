// GEXF (Gephi's format) <-> nodes and edges, through graphology-gexf. Attributes are the flat
// records of flat.ts; the edge kind travels as an attribute, not as GEXF's own edge `kind`.
import Graph, { type DirectedGraph } from "graphology";
import { createGraph } from "../model/graph.ts";
import { parse, write } from "graphology-gexf";
import type AbstractGraph from "graphology-types";
import { parseXml } from "./xml.ts";
import { FormatError, type DataFileDraft, type GraphData } from "./draft.ts";
import { EDGE_KEY_ORDER, flattenRecord, NODE_KEY_ORDER, unflattenRecord, VIEW_KEYS, type FlatRecord, type Scalar } from "./flat.ts";

/** The data as a plain graphology graph of flat attributes, edge keys `from->to`. */
export function toFlatGraph(data: GraphData): DirectedGraph<FlatRecord, FlatRecord> {
  const graph: DirectedGraph<FlatRecord, FlatRecord> = createGraph<FlatRecord, FlatRecord>();
  for (const { id, ...rest } of data.nodes) graph.addNode(id, flattenRecord(rest));
  for (const { from, to, ...rest } of data.edges) graph.addDirectedEdgeWithKey(`${from}->${to}`, from, to, flattenRecord(rest));
  return graph;
}

/** A parsed graph (any attributes) -> draft data file; layout attributes are dropped. */
export function fromFlatGraph(graph: AbstractGraph, title?: string): DataFileDraft {
  const keep = (attrs: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(attrs).filter(
        // `metric.*` attributes are the explorer's computed results (gexf-view.ts), not data.
        (e): e is [string, Scalar] =>
          !VIEW_KEYS.has(e[0]) && !e[0].startsWith("metric.") && ["string", "number", "boolean"].includes(typeof e[1]),
      ),
    );
  const nodes: Record<string, unknown>[] = [];
  const edges: Record<string, unknown>[] = [];
  graph.forEachNode((id, attrs) => nodes.push(unflattenRecord({ ...keep(attrs), id }, NODE_KEY_ORDER)));
  graph.forEachEdge((_key, attrs, from, to) => edges.push(unflattenRecord({ ...keep(attrs), from, to }, EDGE_KEY_ORDER)));
  return { ...(title ? { title } : {}), nodes, edges };
}

export function exportGexf(data: GraphData): string {
  return write(toFlatGraph(data), {
    version: "1.3",
    formatNode: (_key, attrs) => {
      const { label, ...attributes } = attrs;
      return { label: String(label ?? ""), attributes };
    },
    formatEdge: (_key, attrs) => ({ attributes: attrs }),
  });
}

export function importGexf(text: string, title?: string): DataFileDraft {
  let graph;
  try {
    graph = parse(Graph, parseXml(text, "GEXF", "gexf") as unknown as Document, { allowUndeclaredAttributes: true });
  } catch (error) {
    if (error instanceof FormatError) throw error;
    throw new FormatError(`GEXF: ${(error as Error).message}`);
  }
  return fromFlatGraph(graph, title);
}
