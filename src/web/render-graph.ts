// The graph sigma draws: positions, sizes, colours and labels derived from the model and the
// engine's results. A copy, so display state never leaks into the data graph.
import { DirectedGraph } from "graphology";
import type { Analysis } from "../engine/analyze.ts";
import type { ChokepointGraph } from "../model/graph.ts";
import type { NodeKind } from "../schema/nodes.ts";
import type { Positions } from "./layouts/flow.ts";
import { EDGE_COLOR, KIND_COLORS } from "./palette.ts";

export interface RenderNode {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  nodeKind: NodeKind;
  /** the engine's composite risk score, 0..1, when the node is supplied */
  risk: number;
}

export interface RenderEdge {
  size: number;
  color: string;
  type: "arrow" | "line";
}

/** Above this many edges the view draws lines without arrow heads and hides edges while moving. */
export const LARGE_GRAPH_EDGES = 5000;

export type RenderGraph = DirectedGraph<RenderNode, RenderEdge>;

export function buildRenderGraph(graph: ChokepointGraph, analysis: Analysis, positions: Positions): RenderGraph {
  const risk = new Map(analysis.ranking.map((e) => [e.node, e]));
  let maxRank = 1e-12;
  for (const c of analysis.centrality.values()) if (c.pagerank > maxRank) maxRank = c.pagerank;
  // Arrow heads cost a second program per edge; past a few thousand edges plain lines pan smoothly.
  const edgeType = graph.size > LARGE_GRAPH_EDGES ? "line" : "arrow";
  const render: RenderGraph = new DirectedGraph();
  graph.forEachNode((node, attrs) => {
    const entry = risk.get(node);
    const pos = positions.get(node) ?? { x: 0, y: 0 };
    // Supplied nodes grow with their concentration risk; the rest with their PageRank weight.
    const size = entry
      ? 3 + 6 * Math.sqrt(entry.concentration.hhiCountry / 10_000)
      : 2.5 + 5 * Math.sqrt((analysis.centrality.get(node)?.pagerank ?? 0) / maxRank);
    render.addNode(node, {
      x: pos.x,
      y: pos.y,
      size,
      color: KIND_COLORS[attrs.kind],
      label: attrs.label,
      nodeKind: attrs.kind,
      risk: entry?.score ?? 0,
    });
  });
  graph.forEachEdge((edge, _attrs, source, target) => {
    render.addDirectedEdgeWithKey(edge, source, target, { size: 1, color: EDGE_COLOR, type: edgeType });
  });
  return render;
}
