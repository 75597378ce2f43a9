// What the browser tests read: counts on <body> after every render, and window.__chokepoint with
// read-only views of sigma's display data (viewport position, colour, hidden) and the camera.
import type { App } from "./app.ts";
import type { Disc, LabelBox } from "./labels.ts";
import { shownDiscs } from "./sigma-view.ts";

export interface TestHooks {
  node(id: string): { x: number; y: number; color: string; hidden: boolean; size: number } | undefined;
  cameraRatio(): number;
  /** The camera's position, for the bench to check that a scripted pan moves it. */
  camera(): { x: number; y: number; ratio: number };
  positions(): Record<string, { x: number; y: number }>;
  labelBoxes(): LabelBox[];
  /** Labels that found no free place in the last frame. */
  labelsSkipped(): string[];
  /** The shown nodes' discs on screen, in viewport pixels. */
  discs(): Disc[];
  /** An edge's drawn width, when the render graph holds it. */
  edgeSize(edge: string): number | undefined;
  /** How many edges sigma has to draw (a large graph: the selection's only). */
  renderEdges(): number;
}

declare global {
  interface Window {
    __chokepoint?: TestHooks;
  }
}

export function exposeTestHooks(app: App): void {
  app.onMount((renderer) => {
    // What is drawn changes with the filters only: count once per visible set, not on every frame
    // of a pan (a walk over every node, a few ms a frame on a large graph).
    let countedFor: Set<string> | undefined;
    renderer.on("afterRender", () => {
      const { visible } = app.view.display;
      if (visible === countedFor) return;
      countedFor = visible;
      const start = performance.now();
      let rendered = 0;
      app.render.forEachNode((node) => {
        const data = renderer.getNodeDisplayData(node);
        if (data && !data.hidden && visible.has(node)) rendered++;
      });
      document.body.dataset["nodeCount"] = String(app.view.session.graph.order);
      document.body.dataset["renderedNodes"] = String(rendered);
      document.body.dataset["ready"] = "true";
      performance.measure("chokepoint:count-drawn", { start, end: performance.now() });
    });
    // A render, not a refresh: the renderer has just indexed the graph, and re-indexing 50k edges
    // again would cost a noticeable moment on a large graph.
    renderer.scheduleRender();
  });
  window.__chokepoint = {
    node(id) {
      const data = app.renderer.getNodeDisplayData(id);
      if (!data) return undefined;
      const { x, y } = app.renderer.framedGraphToViewport(data);
      return { x, y, color: data.color, hidden: data.hidden || !app.view.display.visible.has(id), size: data.size };
    },
    cameraRatio: () => app.renderer.getCamera().ratio,
    camera: () => {
      const { x, y, ratio } = app.renderer.getCamera().getState();
      return { x, y, ratio };
    },
    labelBoxes: () => app.labels.boxes(),
    labelsSkipped: () => app.labels.skipped(),
    discs: () => shownDiscs(app.renderer),
    edgeSize: (edge) => (app.render.hasEdge(edge) ? app.render.getEdgeAttribute(edge, "size") : undefined),
    renderEdges: () => app.render.size,
    positions() {
      const out: Record<string, { x: number; y: number }> = {};
      app.render.forEachNode((node, attrs) => (out[node] = { x: attrs.x, y: attrs.y }));
      return out;
    },
  };
}
