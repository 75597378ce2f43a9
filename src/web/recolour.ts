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

/**
 * Nodes whose colour changed since sigma last drew them. A result superseded before its repaint
 * (the months arriving in the task after the steady state) leaves its nodes here, so the next
 * repaint covers them: diffed only against the superseded colours, a node the steady state had
 * recoloured and the month kept was never repainted.
 */
export class Unpainted {
  private nodes = new Set<string>();
  /** Marks the nodes whose colour differs between `before` and `after`. */
  mark(before: Display["colors"], after: Display["colors"], has: (node: string) => boolean): void {
    for (const node of changedColours(before, after, has)) this.nodes.add(node);
  }
  /** The nodes to repaint now; the set starts empty again. */
  take(): string[] {
    const nodes = [...this.nodes];
    this.nodes.clear();
    return nodes;
  }
  /** A full refresh repaints every node. */
  clear(): void {
    this.nodes.clear();
  }
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
