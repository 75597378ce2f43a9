// Flow layout: sources on the left, sectors on the right, one column per dependency depth.
import type { ChokepointGraph } from "../../model/graph.ts";
import { indexDependencies } from "../../model/dependencies.ts";

export type Positions = Map<string, { x: number; y: number }>;

/** Depth = longest chain of dependencies above a node; cycles are cut after `order` rounds. */
export function flowLayout(graph: ChokepointGraph): Positions {
  const { up } = indexDependencies(graph);
  const depth = new Map<string, number>();
  graph.forEachNode((n) => depth.set(n, 0));
  // Bellman-Ford-style relaxation, bounded so a cycle cannot loop forever.
  for (let round = 0, changed = true; changed && round < graph.order; round++) {
    changed = false;
    for (const [node, deps] of up) {
      for (const d of deps) {
        const candidate = depth.get(d)! + 1;
        if (candidate > depth.get(node)! && candidate <= graph.order) {
          depth.set(node, candidate);
          changed = true;
        }
      }
    }
  }
  // Sectors always sit in the last column, so every chain reads left to right.
  const maxDepth = Math.max(0, ...depth.values());
  graph.forEachNode((n, attrs) => {
    if (attrs.kind === "sector") depth.set(n, maxDepth + 1);
  });
  const columns = new Map<number, string[]>();
  for (const [node, d] of depth) columns.set(d, [...(columns.get(d) ?? []), node]);
  const positions: Positions = new Map();
  const tallest = Math.max(1, ...[...columns.values()].map((c) => c.length));
  for (const [d, nodes] of columns) {
    nodes.sort((a, b) => {
      const ka = graph.getNodeAttribute(a, "kind");
      const kb = graph.getNodeAttribute(b, "kind");
      return ka < kb ? -1 : ka > kb ? 1 : a < b ? -1 : 1;
    });
    nodes.forEach((node, i) => positions.set(node, { x: d * tallest * 0.35, y: -(i - nodes.length / 2) }));
  }
  return positions;
}
