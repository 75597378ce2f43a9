// Flow layout: sources on the left, sectors on the right, one column per dependency depth. Within
// a column nodes sit near the mean height of what they depend on (barycentre ordering, which cuts
// edge crossings); a column taller than the viewport is folded into interleaved sub-columns.
import type { ChokepointGraph } from "../../model/graph.ts";
import { indexDependencies } from "../../model/dependencies.ts";

export type Positions = Map<string, { x: number; y: number }>;

/** Depth = longest chain of dependencies above a node; cycles are cut after `order` rounds. */
function depths(graph: ChokepointGraph, up: Map<string, string[]>): Map<string, number> {
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
  const isSector = (n: string) => graph.getNodeAttribute(n, "kind") === "sector";
  const maxDepth = Math.max(0, ...[...depth].filter(([n]) => !isSector(n)).map(([, d]) => d));
  graph.forEachNode((n) => {
    if (isSector(n)) depth.set(n, maxDepth + 1);
  });
  return depth;
}

export function flowLayout(graph: ChokepointGraph): Positions {
  const { up } = indexDependencies(graph);
  const depth = depths(graph, up);
  const columns = new Map<number, string[]>();
  for (const [node, d] of depth) columns.set(d, [...(columns.get(d) ?? []), node]);
  const ordered = [...columns.keys()].sort((a, b) => a - b).map((d) => columns.get(d)!);

  const rowsMax = Math.max(12, Math.ceil(Math.sqrt(graph.order) * 2.5));
  const subColumns = ordered.map((nodes) => Math.ceil(nodes.length / rowsMax));
  const width = ordered.reduce((s, _c, i) => s + 1 + (subColumns[i]! - 1) * 0.45, 0);
  const tallest = Math.max(1, ...ordered.map((nodes, i) => Math.ceil(nodes.length / subColumns[i]!)));
  // Column gap chosen so the drawing is about as wide as it is tall.
  const gap = Math.max(1, (tallest * 0.85) / Math.max(1, width - 1));

  const height = new Map<string, number>();
  const kindOf = (n: string) => graph.getNodeAttribute(n, "kind");
  const byKindThenId = (a: string, b: string) => (kindOf(a) < kindOf(b) ? -1 : kindOf(a) > kindOf(b) ? 1 : a < b ? -1 : 1);
  const positions: Positions = new Map();
  let x = 0;
  ordered.forEach((nodes, c) => {
    const key = new Map<string, number>();
    for (const node of nodes) {
      const placed = (up.get(node) ?? []).map((d) => height.get(d)).filter((h): h is number => h !== undefined);
      key.set(node, placed.length ? placed.reduce((s, h) => s + h, 0) / placed.length : 0.5);
    }
    nodes.sort((a, b) => (c === 0 ? byKindThenId(a, b) : key.get(a)! - key.get(b)! || byKindThenId(a, b)));
    const sub = subColumns[c]!;
    const rows = Math.ceil(nodes.length / sub);
    nodes.forEach((node, i) => {
      const row = Math.floor(i / sub);
      positions.set(node, { x: x + (i % sub) * gap * 0.45, y: -(row - (rows - 1) / 2) });
      height.set(node, rows > 1 ? row / (rows - 1) : 0.5);
    });
    x += gap * (1 + (sub - 1) * 0.45);
  });
  return positions;
}
