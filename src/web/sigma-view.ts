// Creates the sigma renderer and its reducers: hovering a node keeps it and its neighbours,
// fades the rest. Reducers change only what is drawn, never the graph.
import Sigma from "sigma";
import type { RenderEdge, RenderGraph, RenderNode } from "./render-graph.ts";
import { FADED } from "./palette.ts";

export function createSigmaView(container: HTMLElement, graph: RenderGraph): Sigma<RenderNode, RenderEdge> {
  let hovered: string | undefined;
  let neighbours = new Set<string>();

  const renderer = new Sigma<RenderNode, RenderEdge>(graph, container, {
    renderEdgeLabels: false,
    defaultEdgeType: "arrow",
    labelRenderedSizeThreshold: 7,
    labelDensity: 0.6,
    labelGridCellSize: 90,
    zIndex: true,
    nodeReducer: (node, data) => {
      if (!hovered || node === hovered || neighbours.has(node)) {
        return node === hovered ? { ...data, highlighted: true, zIndex: 2 } : { ...data, zIndex: 1 };
      }
      return { ...data, color: FADED, label: "", zIndex: 0 };
    },
    edgeReducer: (edge, data) => {
      if (!hovered) return data;
      const [source, target] = graph.extremities(edge);
      return source === hovered || target === hovered ? { ...data, color: "#59636f", size: 2 } : { ...data, hidden: true };
    },
  });

  renderer.on("enterNode", ({ node }) => {
    hovered = node;
    neighbours = new Set(graph.neighbors(node));
    container.dataset["hovered"] = node;
    renderer.refresh({ skipIndexation: true });
  });
  renderer.on("leaveNode", () => {
    hovered = undefined;
    neighbours = new Set();
    delete container.dataset["hovered"];
    renderer.refresh({ skipIndexation: true });
  });
  return renderer;
}
