// The direct PageRank solve (one pass over the condensation, Gauss-Seidel inside cycles) against
// hand-computed fixed points and against a plain power iteration run to machine precision.
import { describe, expect, it } from "vitest";
import { compactFromArcs } from "../../src/engine/structure/compact-arcs.ts";
import { compactGraph, type CompactGraph } from "../../src/engine/structure/compact.ts";
import { generateFamily } from "../../src/gen/families.ts";
import { computePagerank, pagerankScores } from "../../src/engine/structure/pagerank.ts";
import { country, graphOf, input, material, randomGraph, sector, supplies } from "./_graphs.ts";
import { generatedGraph } from "./_generated.ts";

/** Power iteration on the reversed dependency graph until the L1 change is below 1e-14. */
function powerIteration(view: CompactGraph, alpha = 0.85): Float64Array {
  const n = view.order;
  let x = new Float64Array(n).fill(1 / n);
  for (let it = 0; it < 2000; it++) {
    const next = new Float64Array(n);
    let dangling = 0;
    for (let u = 0; u < n; u++) {
      const d = view.upStart[u + 1]! - view.upStart[u]!;
      if (d === 0) dangling += x[u]!;
      else for (let k = view.upStart[u]!; k < view.upStart[u + 1]!; k++) next[view.upTo[k]!]! += (alpha * x[u]!) / d;
    }
    let change = 0;
    for (let v = 0; v < n; v++) {
      next[v]! += (1 - alpha) / n + (alpha * dangling) / n;
      change += Math.abs(next[v]! - x[v]!);
    }
    x = next;
    if (change < 1e-14) break;
  }
  return x;
}

describe("PageRank by direct solve", () => {
  it("gives a chain its hand-computed scores: y = 1, 1.85, 2.5725 normalised", () => {
    const graph = graphOf([country("CN"), material("m"), sector("s")], [supplies("CN", "m", 1), input("m", "s")]);
    const pr = computePagerank(graph);
    expect(pr.get("s")).toBeCloseTo(1 / 5.4225, 14);
    expect(pr.get("m")).toBeCloseTo(1.85 / 5.4225, 14);
    expect(pr.get("CN")).toBeCloseTo(2.5725 / 5.4225, 14);
  });

  it("solves a two-node cycle fed by a sector: 0.05, 0.135 / 0.2775 and the rest", () => {
    const graph = graphOf([material("a"), material("b"), sector("s")], [input("a", "b"), input("b", "a"), input("a", "s")]);
    const pr = computePagerank(graph);
    expect(pr.get("s")).toBeCloseTo(0.05, 12);
    expect(pr.get("a")).toBeCloseTo(0.135 / 0.2775, 12);
    expect(pr.get("b")).toBeCloseTo(0.05 + 0.85 * (0.135 / 0.2775), 12);
  });

  it("equals a power iteration run to 1e-14 on random graphs with cycles and on the generated 1k graph", () => {
    const graphs = [...Array.from({ length: 30 }, (_, i) => randomGraph(i + 1)), generatedGraph(1000)];
    for (const graph of graphs) {
      const view = compactGraph(graph);
      const ours = pagerankScores(view);
      const plain = powerIteration(view);
      for (let v = 0; v < view.order; v++) expect(Math.abs(ours[v]! - plain[v]!)).toBeLessThan(1e-13);
    }
  });

  it("equals a power iteration on graphs with one giant cycle (the mass-balance rescaling's case), self-loops included", () => {
    for (const family of ["er", "ba", "supply"] as const) {
      const arcs = generateFamily(family, 2000, 7);
      // Three self-loops inside the giant component: a node's own y then feeds its sum.
      const from = Int32Array.from([...arcs.from, 5, 17, 1999]);
      const to = Int32Array.from([...arcs.to, 5, 17, 1999]);
      const view = compactFromArcs(arcs.order, from, to);
      const ours = pagerankScores(view);
      const plain = powerIteration(view);
      let max = 0;
      for (let v = 0; v < view.order; v++) max = Math.max(max, Math.abs(ours[v]! - plain[v]!));
      expect(max).toBeLessThan(1e-13);
    }
  });

  it("says so when a cycle does not converge within maxIterations", () => {
    const graph = graphOf([material("a"), material("b"), sector("s")], [input("a", "b"), input("b", "a"), input("a", "s")]);
    expect(() => pagerankScores(compactGraph(graph), { maxIterations: 2 })).toThrow(/cycle of 2 nodes did not converge in 2 sweeps/);
  });
});
