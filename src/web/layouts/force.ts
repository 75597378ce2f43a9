// ForceAtlas2 in a web worker (graphology's supervisor) over the visible nodes only, starting from
// their current positions. Positions are copied onto the render graph after every iteration; the
// run stops by itself after `iterations`, or when `stop()` is called.
import { inferSettings } from "graphology-layout-forceatlas2";
import FA2LayoutSupervisor from "graphology-layout-forceatlas2/worker";
import { createGraph, type ChokepointGraph } from "../../model/graph.ts";
import type { RenderGraph } from "../render-graph.ts";

export interface ForceRun {
  stop(): void;
}

export interface ForceOptions {
  iterations?: number;
  onProgress: (done: number, total: number) => void;
  onEnd: (completed: boolean) => void;
}

/** Positions from `render`, edges from the data `graph` (a large graph's render graph holds few). */
export function runForceLayout(render: RenderGraph, graph: ChokepointGraph, visible: Set<string>, options: ForceOptions): ForceRun {
  const total = options.iterations ?? 400;
  const layout = createGraph<{ x: number; y: number; size: number }>();
  render.forEachNode((node, attrs) => {
    if (visible.has(node)) layout.addNode(node, { x: attrs.x, y: attrs.y, size: attrs.size });
  });
  graph.forEachEdge((_edge, _attrs, source, target) => {
    if (layout.hasNode(source) && layout.hasNode(target)) layout.mergeEdge(source, target);
  });
  const supervisor = new FA2LayoutSupervisor(layout, {
    getEdgeWeight: null,
    settings: { ...inferSettings(layout), adjustSizes: false, linLogMode: true },
  });
  let done = 0;
  let finished = false;
  const finish = (completed: boolean) => {
    if (finished) return;
    finished = true;
    supervisor.kill();
    layout.removeAllListeners();
    options.onEnd(completed);
  };
  layout.on("eachNodeAttributesUpdated", () => {
    if (finished || done >= total) return;
    done++;
    render.updateEachNodeAttributes(
      (node, attrs) => {
        if (!layout.hasNode(node)) return attrs;
        const { x, y } = layout.getNodeAttributes(node);
        return { ...attrs, x, y };
      },
      { attributes: ["x", "y"] },
    );
    options.onProgress(done, total);
    // Not from inside the supervisor's message handler, which still uses its matrices after this.
    if (done >= total) queueMicrotask(() => finish(true));
  });
  supervisor.start();
  return { stop: () => finish(false) };
}
