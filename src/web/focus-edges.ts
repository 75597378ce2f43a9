// The edges a large graph's render graph holds: those of the selection only. Hiding 50k edges with
// a reducer still costs every refresh a pass over them and every frame a draw of them (a software
// renderer spends most of a second on edges it then throws away), so a large view keeps them out of
// the render graph and copies in the few it shows when the selection or the filters change.
import type { ChokepointGraph } from "../model/graph.ts";
import { edgeShare, renderEdge, type RenderGraph } from "./render-graph.ts";
import type { Display } from "./sigma-view.ts";

/** Edges between shown nodes that both light up with the selection (none without a selection). */
export function focusEdges(graph: ChokepointGraph, display: Display): [edge: string, source: string, target: string][] {
  const { focus, visible } = display;
  if (!focus) return [];
  const on = (n: string) => visible.has(n) && (n === focus.node || focus.related.has(n));
  const edges: [string, string, string][] = [];
  for (const node of [focus.node, ...focus.related]) {
    if (!on(node)) continue;
    graph.forEachOutEdge(node, (edge, _attrs, source, target) => {
      if (on(target)) edges.push([edge, source, target]);
    });
  }
  return edges;
}

/** Replaces the render graph's edges with the selection's: one clear, then one add per edge. */
export function syncFocusEdges(render: RenderGraph, graph: ChokepointGraph, display: Display): void {
  // clearEdges is one event for sigma; dropping edges one by one would be one full refresh each.
  if (render.size > 0) render.clearEdges();
  for (const [edge, source, target] of focusEdges(graph, display)) {
    render.addDirectedEdgeWithKey(edge, source, target, renderEdge(graph, edgeShare(graph.getEdgeAttributes(edge))));
  }
}
