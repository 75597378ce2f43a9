// The graph sigma draws: positions, sizes, colours and labels derived from the model and the
// engine's results. A copy, so display state never leaks into the data graph.
import type { DirectedGraph } from "graphology";
import type { ViewAnalysis } from "./session.ts";
import { createGraph, type ChokepointGraph } from "../model/graph.ts";
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
  /** Label priority for this frame (labels.ts LABEL_RANK), set by the reducers. */
  labelRank?: number;
}

export interface RenderEdge {
  size: number;
  color: string;
  type: "arrow" | "line";
}

/**
 * Above this many edges a graph is "large": tens of thousands of edges are mush at any zoom that
 * shows them all, and a software renderer spends most of a frame on them. A large graph's render
 * graph holds only the edges of the selection (see focus-edges.ts), its nodes are drawn as points
 * at half size, and labels and edges are hidden while the camera moves.
 */
export const LARGE_GRAPH_EDGES = 5000;

export const isLarge = (graph: { size: number }) => graph.size > LARGE_GRAPH_EDGES;

export type RenderGraph = DirectedGraph<RenderNode, RenderEdge>;

export function buildRenderGraph(graph: ChokepointGraph, analysis: ViewAnalysis, positions: Positions): RenderGraph {
  const steps = buildRenderGraphInSlices(graph, analysis, positions, createGraph(), Infinity);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same build into `render` (empty; a renderer may already draw it), pausing (a `yield`) after
 * every `slice` nodes or edges, for a load that keeps the page responsive.
 */
export function* buildRenderGraphInSlices(
  graph: ChokepointGraph,
  analysis: ViewAnalysis,
  positions: Positions,
  render: RenderGraph,
  slice = 200,
): Generator<void, RenderGraph> {
  const risk = new Map(analysis.ranking.map((e) => [e.node, e]));
  let maxRank = 1e-12;
  for (const c of analysis.centrality.values()) if (c.pagerank > maxRank) maxRank = c.pagerank;
  const large = isLarge(graph);
  // Ten thousand full-size discs in one viewport overlap into a blob (and cost their overlap in
  // fill on every frame): a large graph draws its nodes at half size; zooming in still grows them.
  const scale = large ? 0.5 : 1;
  let added = 0;
  for (const { node, attributes: attrs } of graph.nodeEntries()) {
    const entry = risk.get(node);
    const pos = positions.get(node) ?? { x: 0, y: 0 };
    // Supplied nodes grow with their concentration risk; the rest with their PageRank weight.
    const size = entry
      ? 3 + 6 * Math.sqrt(entry.concentration.hhiCountry / 10_000)
      : 2.5 + 5 * Math.sqrt((analysis.centrality.get(node)?.pagerank ?? 0) / maxRank);
    render.addNode(node, {
      x: pos.x,
      y: pos.y,
      size: size * scale,
      color: KIND_COLORS[attrs.kind],
      label: attrs.label,
      nodeKind: attrs.kind,
      risk: entry?.score ?? 0,
    });
    if (++added % slice === 0) yield;
  }
  if (!large) {
    for (const { edge, attributes, source, target } of graph.edgeEntries()) {
      render.addDirectedEdgeWithKey(edge, source, target, renderEdge(graph, edgeShare(attributes)));
      if (++added % slice === 0) yield;
    }
  }
  return render;
}

/** The share a data edge lists (supplies edges; the others have none). */
export const edgeShare = (attrs: object): number | undefined =>
  "share" in attrs && typeof attrs.share === "number" ? attrs.share : undefined;

/** Edge width from the listed share, as the GEXF export writes it: 1 px plus 4 px at a 100% share. */
export const edgeWidth = (share: number | undefined) => 1 + 4 * (share ?? 0);

/** Arrow heads cost a second shape per edge: past a few thousand edges the view draws plain lines. */
export const renderEdge = (graph: { size: number }, share?: number): RenderEdge => ({
  size: edgeWidth(share),
  color: EDGE_COLOR,
  type: isLarge(graph) ? "line" : "arrow",
});
