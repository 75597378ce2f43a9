// Strongly connected components (iterative Tarjan) against a brute-force computation: u and v share
// a component exactly when each reaches the other, and every dependent of a node is in a component
// numbered no higher than the node's (the order PageRank and reach rely on).
import { describe, expect, it } from "vitest";
import { compactFromArcs } from "../../src/engine/structure/compact-arcs.ts";
import type { CompactGraph } from "../../src/engine/structure/compact.ts";
import { componentHeights, condensation } from "../../src/engine/structure/condensation.ts";
import { generateFamily } from "../../src/gen/families.ts";
import { createRandom } from "../../src/gen/prng.ts";

/** reach[u][v]: v is reachable from u along `down` (u itself included). */
function reachability(view: CompactGraph): Uint8Array[] {
  const n = view.order;
  return Array.from({ length: n }, (_, u) => {
    const seen = new Uint8Array(n);
    const queue = [u];
    seen[u] = 1;
    while (queue.length > 0) {
      const x = queue.pop()!;
      for (let k = view.downStart[x]!; k < view.downStart[x + 1]!; k++) {
        const w = view.downTo[k]!;
        if (!seen[w]) {
          seen[w] = 1;
          queue.push(w);
        }
      }
    }
    return seen;
  });
}

function randomArcs(seed: number, n: number, m: number): CompactGraph {
  const random = createRandom(seed);
  const from: number[] = [];
  const to: number[] = [];
  for (let i = 0; i < m; i++) {
    from.push(random.int(n));
    to.push(random.int(n));
  }
  return compactFromArcs(n, Int32Array.from(from), Int32Array.from(to));
}

describe("condensation", () => {
  const graphs = [
    ...Array.from({ length: 40 }, (_, i) => randomArcs(i + 1, 5 + (i % 30), Math.floor((i % 4) * 0.7 * (5 + (i % 30))) + 2)),
    compactFromArcs(4, Int32Array.from([0, 1, 2, 2]), Int32Array.from([1, 0, 2, 3])),
    (() => {
      const arcs = generateFamily("supply", 300, 3);
      return compactFromArcs(arcs.order, arcs.from, arcs.to);
    })(),
  ];

  it("puts two nodes in one component exactly when each reaches the other", () => {
    for (const view of graphs) {
      const { component, count, memberStart, members } = condensation(view);
      const reach = reachability(view);
      for (let u = 0; u < view.order; u++) {
        for (let v = 0; v < view.order; v++) expect(component[u] === component[v]).toBe(reach[u]![v]! === 1 && reach[v]![u]! === 1);
      }
      expect(new Set(component).size).toBe(count);
      expect(memberStart[count]).toBe(view.order);
      for (let c = 0; c < count; c++) for (let j = memberStart[c]!; j < memberStart[c + 1]!; j++) expect(component[members[j]!]).toBe(c);
    }
  });

  it("numbers every dependent's component no higher than the node's own", () => {
    for (const view of graphs) {
      const { component } = condensation(view);
      for (let v = 0; v < view.order; v++) {
        for (let k = view.downStart[v]!; k < view.downStart[v + 1]!; k++) expect(component[view.downTo[k]!]).toBeLessThanOrEqual(component[v]!);
      }
    }
  });
});

describe("componentHeights", () => {
  it("counts the longest path in components to one with no arc out, a cycle counting once", () => {
    // up arcs: 0 -> 1 -> 2 <-> 3 -> 4, and 0 -> 4; {2, 3} is one component.
    const view = compactFromArcs(5, Int32Array.from([0, 1, 2, 3, 3, 0]), Int32Array.from([1, 2, 3, 2, 4, 4]));
    expect([...componentHeights(view, false)]).toEqual([3, 2, 1, 1, 0]);
    // Along down (the reverse): 0 has no arc out; 4 -> 3 -> {2, 3} -> 1 -> 0 and 4 -> 0.
    expect([...componentHeights(view, true)]).toEqual([0, 1, 2, 2, 3]);
  });

  it("matches a brute-force longest path over the components on random graphs", () => {
    for (let seed = 1; seed <= 6; seed++) {
      const view = randomArcs(seed, 30, seed * 12);
      const { component, count } = condensation(view);
      for (const alongDown of [true, false]) {
        const start = alongDown ? view.downStart : view.upStart;
        const to = alongDown ? view.downTo : view.upTo;
        // Relax component heights n times (Bellman-Ford style); the condensation is acyclic.
        const h = new Array<number>(count).fill(0);
        for (let round = 0; round < count; round++) {
          for (let v = 0; v < view.order; v++) {
            for (let k = start[v]!; k < start[v + 1]!; k++) {
              const a = component[v]!;
              const b = component[to[k]!]!;
              if (a !== b) h[a] = Math.max(h[a]!, h[b]! + 1);
            }
          }
        }
        const heights = componentHeights(view, alongDown);
        for (let v = 0; v < view.order; v++) expect(heights[v]).toBe(h[component[v]!]);
      }
    }
  });
});

