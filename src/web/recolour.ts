// Scenario colours onto the renderer without a full refresh. A full refresh re-indexes and
// re-processes every node and edge in the next frame: at 10k nodes that frame was 114-190 ms
// (bench:web). Only the nodes whose colour changed go through the reducer again, a slice per task,
// through sigma's partial refresh (it rewrites those nodes' program data; the frame just draws).
import type Sigma from "sigma";
import type { RenderEdge, RenderNode } from "./render-graph.ts";
import type { Display } from "./sigma-view.ts";

/** Nodes (of those `has` accepts) whose scenario colour differs between two colour maps. */
export function changedColours(before: Display["colors"], after: Display["colors"], has: (node: string) => boolean): string[] {
  if (before === after) return [];
  const changed: string[] = [];
  for (const [node, colour] of after ?? []) if (before?.get(node) !== colour && has(node)) changed.push(node);
  for (const node of before?.keys() ?? []) if (!after?.has(node) && has(node)) changed.push(node);
  return changed;
}

/** Nodes repainted per slice: each costs a reducer call and a program write, a few µs. */
const SLICE = 1000;

/**
 * Repaints `nodes` in slices (for `inSlices`); stops when `alive` says the renderer was replaced.
 * The reducers read the current display, so a slice always paints the newest colours.
 */
export function* recolourInSlices(renderer: Sigma<RenderNode, RenderEdge>, nodes: string[], alive: () => boolean): Generator<void, void> {
  for (let i = 0; i < nodes.length; i += SLICE) {
    if (!alive()) return;
    try {
      renderer.refresh({ partialGraph: { nodes: nodes.slice(i, i + SLICE) }, skipIndexation: true, schedule: true });
    } catch {
      // A node sigma has not placed in its programs yet (its graph changed and the processing is
      // still pending): the full refresh does that processing anyway.
      renderer.refresh({ skipIndexation: true, schedule: true });
      return;
    }
    yield;
  }
}
