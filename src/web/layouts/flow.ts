// Flow layout: sources on the left, sectors on the right, one column per dependency depth. Within
// a column nodes sit near the mean height of what they depend on (barycentre ordering, which cuts
// edge crossings); a column taller than the viewport is folded into interleaved sub-columns.
import type { ChokepointGraph } from "../../model/graph.ts";
import { compactGraph, KIND_CODE, stronglyConnected } from "../../engine/structure/index.ts";
import { indexDependencies } from "../../model/dependencies.ts";

export type Positions = Map<string, { x: number; y: number }>;

/**
 * Depth = longest chain of dependencies above a node, on the condensation: the nodes of a cycle
 * share one column. Linear in nodes + edges (a relaxation over a cyclic graph never settles).
 */
function depths(graph: ChokepointGraph): Map<string, number> {
  const view = compactGraph(graph);
  const { component, count } = stronglyConnected(view);
  // Tarjan numbers components sinks first, so walking them from the highest id down visits every
  // component after all the components it depends on.
  const componentDepth = new Int32Array(count);
  const members: number[][] = Array.from({ length: count }, () => []);
  for (let v = 0; v < view.order; v++) members[component[v]!]!.push(v);
  for (let c = count - 1; c >= 0; c--) {
    for (const v of members[c]!) {
      for (let j = view.downStart[v]!; j < view.downStart[v + 1]!; j++) {
        const next = component[view.downTo[j]!]!;
        if (next !== c && componentDepth[next]! < componentDepth[c]! + 1) componentDepth[next] = componentDepth[c]! + 1;
      }
    }
  }
  const depth = new Map<string, number>();
  let maxDepth = 0;
  view.ids.forEach((id, v) => {
    const d = componentDepth[component[v]!]!;
    depth.set(id, d);
    if (view.kinds[v] !== KIND_CODE.sector && d > maxDepth) maxDepth = d;
  });
  // Sectors always sit in the last column, so every chain reads left to right.
  view.ids.forEach((id, v) => {
    if (view.kinds[v] === KIND_CODE.sector) depth.set(id, maxDepth + 1);
  });
  return depth;
}

export function flowLayout(graph: ChokepointGraph): Positions {
  const { up } = indexDependencies(graph);
  const depth = depths(graph);
  const columns = new Map<number, string[]>();
  for (const [node, d] of depth) {
    const column = columns.get(d);
    if (column) column.push(node);
    else columns.set(d, [node]);
  }
  const ordered = [...columns.keys()].sort((a, b) => a - b).map((d) => columns.get(d)!);

  const rowsMax = Math.max(12, Math.ceil(Math.sqrt(graph.order) * 2.5));
  const subColumns = ordered.map((nodes) => Math.ceil(nodes.length / rowsMax));
  const width = ordered.reduce((s, _c, i) => s + 1 + (subColumns[i]! - 1) * 0.45, 0);
  const tallest = ordered.reduce((m, nodes, i) => Math.max(m, Math.ceil(nodes.length / subColumns[i]!)), 1);
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
    // The sectors' column is spread over the height of the tallest one, so each sector's label
    // has a row of its own (every sector is labelled).
    const last = c === ordered.length - 1 && nodes.every((n) => kindOf(n) === "sector");
    const spacing = last && rows > 1 ? Math.max(1, (tallest - 1) / (rows - 1)) : 1;
    nodes.forEach((node, i) => {
      const row = Math.floor(i / sub);
      positions.set(node, { x: x + (i % sub) * gap * 0.45, y: -(row - (rows - 1) / 2) * spacing });
      height.set(node, rows > 1 ? row / (rows - 1) : 0.5);
    });
    x += gap * (1 + (sub - 1) * 0.45);
  });
  return positions;
}
