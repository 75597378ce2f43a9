// Creates the sigma renderer and its reducers. Everything the view changes (filters, selection with
// its upstream and downstream, hover, scenario colours) is applied here, in the reducers: the render
// graph keeps positions, sizes and kind colours, and the data graph is never touched.
import Sigma from "sigma";
import { createHoverTooltip, type Neighbourhood } from "./hover-tooltip.ts";
import { createLabelDrawer, LABEL_RANK, type Disc, type LabelDrawer } from "./labels.ts";
import { timeEach } from "./measure.ts";
import { hideEmptyLayers, MovingPointProgram, pickOnDemand, trackMoves } from "./moving.ts";
import { FADED } from "./palette.ts";
import type { RenderEdge, RenderGraph, RenderNode } from "./render-graph.ts";

export interface Display {
  /** Nodes the filters keep; the rest is hidden. */
  visible: Set<string>;
  /** The selected node and what lights up with it (upstream + downstream + itself). */
  focus: { node: string; related: Set<string>; upstream: Set<string> } | undefined;
  /** Scenario colour per node, when a scenario runs. */
  colors: Map<string, string> | undefined;
}

const UPSTREAM_EDGE = "#0072b2";
const DOWNSTREAM_EDGE = "#d55e00";

export function createSigmaView(
  container: HTMLElement,
  graph: RenderGraph,
  getDisplay: () => Display,
  options: { labels?: LabelDrawer; large: boolean; describe?: (node: string) => Neighbourhood | undefined },
): Sigma<RenderNode, RenderEdge> {
  const { large, labels = createLabelDrawer(), describe } = options;
  let hovered: string | undefined;
  let hoverNeighbours = new Set<string>();
  // The selection's direct suppliers and dependents, labelled before the rest of its chain.
  let focusFor: string | undefined;
  let focusNeighbours = new Set<string>();
  const tooltip = createHoverTooltip(container);

  // On a large graph, edges and labels are hidden while the camera moves so panning stays fluid.
  const renderer = new Sigma<RenderNode, RenderEdge>(graph, container, {
    renderEdgeLabels: false,
    hideEdgesOnMove: large,
    hideLabelsOnMove: large,
    // Sigma's circles are drawn as one instance per node, which a software renderer (SwiftShader,
    // what a machine without a usable GPU gets) runs about ten times slower than one batch of
    // points: 10k nodes took ~0.6 s a frame as circles, ~0.06 s as points. Points are culled as a
    // whole when their centre leaves the viewport, which only shows at the edges of a zoomed view.
    ...(large ? { defaultNodeType: "point", nodeProgramClasses: { point: MovingPointProgram } } : {}),
    defaultEdgeType: "arrow",
    labelRenderedSizeThreshold: 3,
    labelDensity: 1,
    labelGridCellSize: 60,
    labelFont: "system-ui, sans-serif",
    labelSize: 12,
    labelColor: { color: "#1d2430" },
    defaultDrawNodeLabel: labels.draw,
    zIndex: true,
    nodeReducer: (node, data) => {
      const { visible, focus, colors } = getDisplay();
      if (focus && focus.node !== focusFor) {
        focusFor = focus.node;
        focusNeighbours = new Set(graph.neighbors(focus.node));
      }
      if (!visible.has(node)) return { ...data, hidden: true };
      const color = colors?.get(node) ?? data.color;
      // Every sector is labelled, and the selection's (or hovered node's) chain before the rest.
      const sector = data.nodeKind === "sector";
      if (focus) {
        if (node === focus.node) return { ...data, color, highlighted: true, forceLabel: true, labelRank: LABEL_RANK.selected, zIndex: 3 };
        if (node === hovered) return { ...data, color, highlighted: true, forceLabel: true, labelRank: LABEL_RANK.hovered, zIndex: 3 };
        if (focus.related.has(node)) {
          const rank = sector ? LABEL_RANK.sector : focusNeighbours.has(node) ? LABEL_RANK.neighbour : LABEL_RANK.chain;
          return { ...data, color, forceLabel: true, labelRank: rank, zIndex: 2 };
        }
        // Faded nodes shrink to half size: the selection's chain gets room for its labels.
        return { ...data, color: FADED, label: "", size: data.size / 2, zIndex: 0 };
      }
      if (hovered) {
        if (node === hovered) return { ...data, color, highlighted: true, forceLabel: true, labelRank: LABEL_RANK.hovered, zIndex: 3 };
        if (hoverNeighbours.has(node)) return { ...data, color, forceLabel: true, labelRank: sector ? LABEL_RANK.sector : LABEL_RANK.neighbour, zIndex: 2 };
        return { ...data, color: FADED, label: "", zIndex: 0 };
      }
      if (sector) return { ...data, color, forceLabel: true, labelRank: LABEL_RANK.sector };
      // The common case allocates nothing: this runs for every node on every refresh.
      return color === data.color ? data : { ...data, color };
    },
    edgeReducer: (edge, data) => {
      const { visible, focus } = getDisplay();
      const [source, target] = graph.extremities(edge);
      if (!visible.has(source) || !visible.has(target)) return { ...data, hidden: true };
      if (focus) {
        const on = (n: string) => n === focus.node || focus.related.has(n);
        if (!on(source) || !on(target)) return { ...data, hidden: true };
        // Upstream edges carry supply into the selection; the rest carries it onwards.
        const up = target === focus.node || focus.upstream.has(target);
        return { ...data, color: up ? UPSTREAM_EDGE : DOWNSTREAM_EDGE, size: data.size + 0.5, zIndex: 1 };
      }
      if (hovered) {
        return source === hovered || target === hovered ? { ...data, color: "#59636f", size: data.size + 1 } : { ...data, hidden: true };
      }
      // A large graph's render graph holds the selection's edges only (focus-edges.ts).
      return data;
    },
  });
  // bench:web names sigma's frames among the page's long tasks.
  const frame = timeEach("sigma-frame");
  renderer.on("beforeRender", frame.start);
  renderer.on("afterRender", frame.end);
  if (large) {
    trackMoves(renderer, container);
    pickOnDemand(renderer, container);
    hideEmptyLayers(renderer, container, () => getDisplay().focus !== undefined);
  }
  renderer.on("kill", () => tooltip.remove());

  attachLabels(renderer, labels);
  // Fading the rest on hover means a full refresh (every node and edge through the reducers, the
  // buffers uploaded again): on a large graph that stalls a drag across many nodes, so there the
  // hovered node only gets sigma's own hover label and the selection does the highlighting.
  renderer.on("enterNode", ({ node }) => {
    container.dataset["hovered"] = node;
    container.style.cursor = "pointer";
    if (describe) tooltip.show(renderer, node, describe);
    if (large) return;
    hovered = node;
    hoverNeighbours = new Set(graph.neighbors(node));
    renderer.refresh({ skipIndexation: true });
  });
  renderer.on("leaveNode", () => {
    delete container.dataset["hovered"];
    container.style.cursor = "";
    tooltip.hide();
    if (large) return;
    hovered = undefined;
    hoverNeighbours = new Set();
    renderer.refresh({ skipIndexation: true });
  });
  return renderer;
}

/** Wires a label drawer to a renderer (the view's, or export-image's temporary one). */
export function attachLabels(renderer: Sigma<RenderNode, RenderEdge>, labels: LabelDrawer): void {
  const timed = timeEach("labels");
  renderer.on("beforeRender", () => labels.reset());
  renderer.on("afterRender", () => {
    // Labels off (a renderer whose graph is still filling, see App.replaceSessionInSlices): no placing either.
    if (!renderer.getSetting("renderLabels")) return;
    timed.start();
    labels.flush(() => shownDiscs(renderer), renderer.getDimensions());
    timed.end();
  });
}

/**
 * The discs labels keep clear of, on screen, in viewport pixels: every shown node's, except the
 * faded ones while a node is selected. Judgement: those are shrunk grey dots behind the selection's
 * chain; in a dense flow column they leave no free place for the chain's labels, and a label with
 * its white halo over a faded dot stays legible while the chain's own discs stay clear.
 */
export function shownDiscs(renderer: Sigma<RenderNode, RenderEdge>): Disc[] {
  const { width, height } = renderer.getDimensions();
  const discs: Disc[] = [];
  renderer.getGraph().forEachNode((node) => {
    const data = renderer.getNodeDisplayData(node);
    if (!data || data.hidden || data.color === FADED) return;
    const { x, y } = renderer.framedGraphToViewport(data);
    const r = renderer.scaleSize(data.size);
    if (x + r < 0 || y + r < 0 || x - r > width || y - r > height) return;
    discs.push({ node, x, y, r });
  });
  return discs;
}

/**
 * Animates the camera to frame a node and the given neighbours (its direct suppliers and
 * dependents), so a selected material's main supplier is on screen too; a node alone zooms in to
 * 0.5. Display coordinates are sigma's framed ones (the whole graph spans 0..1), so the extent of
 * the group, with a margin, is the camera ratio.
 */
export function frameNodes(renderer: Sigma<RenderNode, RenderEdge>, node: string, neighbours: Iterable<string>): Promise<void> {
  const data = renderer.getNodeDisplayData(node);
  if (!data) return Promise.resolve();
  let [minX, maxX, minY, maxY] = [data.x, data.x, data.y, data.y];
  for (const n of neighbours) {
    const d = renderer.getNodeDisplayData(n);
    if (!d || d.hidden) continue;
    [minX, maxX, minY, maxY] = [Math.min(minX, d.x), Math.max(maxX, d.x), Math.min(minY, d.y), Math.max(maxY, d.y)];
  }
  const extent = Math.max(maxX - minX, maxY - minY);
  const ratio = extent === 0 ? 0.5 : Math.min(1.1, Math.max(0.15, extent * 1.5));
  return renderer.getCamera().animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: 400 });
}
