// Percolation centrality: a hand-computed supply chain, the brute-force definition on random
// graphs with random risks, and the reduction to betweenness when every risk is equal.
import { describe, expect, it } from "vitest";
import { betweennessScores } from "../../src/engine/structure/betweenness.ts";
import { compactFromArcs } from "../../src/engine/structure/compact-arcs.ts";
import { computePercolation, governanceRisk } from "../../src/engine/metrics/index.ts";
import { percolationScores } from "../../src/engine/structure/index.ts";
import { compactGraph } from "../../src/engine/structure/compact.ts";
import { createRandom } from "../../src/gen/prng.ts";
import { bruteDependencies } from "./_brute.ts";
import { country, graphOf, input, material, randomGraph, sector, supplies } from "./_graphs.ts";

function chain() {
  // CN wgi -0.5 -> 6 on the 0..10 scale; FI 1.5 -> 2. HHI_WGI: ore 1^2 x 6 = 6; refined 0.5^2 x 2 = 0.5;
  // scrap 0.5^2 x 6 = 1.5; alloy 1^2 x 2 = 2. Supply flows ore, scrap -> refined -> s; alloy -> s.
  return graphOf(
    [country("CN", { governance: { wgi: -0.5 } }), country("FI", { governance: { wgi: 1.5 } }), material("ore"), material("refined"), material("scrap"), material("alloy"), sector("s")],
    [supplies("CN", "ore", 1), supplies("FI", "refined", 0.5), supplies("CN", "scrap", 0.5), supplies("FI", "alloy", 1), input("ore", "refined"), input("scrap", "refined"), input("refined", "s"), input("alloy", "s")],
  );
}

describe("percolation centrality", () => {
  it("weighs each source by its HHI_WGI on a hand-computed chain", () => {
    const graph = chain();
    const view = compactGraph(graph);
    const risk = governanceRisk(graph);
    expect([...risk].map((x, v) => [view.ids[v], x]).filter(([, x]) => x !== 0)).toEqual([["ore", 6], ["refined", 0.5], ["scrap", 1.5], ["alloy", 2]]);
    // Only refined is interior to a path from a risky source: ore -> refined -> s (6) and
    // scrap -> refined -> s (1.5). n = 7, sum of risks 10: (6 + 1.5) / ((7 - 2)(10 - 0.5)) = 3/19.
    const pc = computePercolation(graph);
    expect(pc.get("refined")).toBeCloseTo(3 / 19, 15);
    for (const id of ["CN", "FI", "ore", "scrap", "alloy", "s"]) expect(pc.get(id)).toBe(0);
  });

  it("takes a caller's risk map, and refuses unknown ids and negative risks", () => {
    const graph = chain();
    // Only ore risky: PC(refined) = 1 / (5 x (1 - 0)) = 0.2.
    expect(computePercolation(graph, { risk: new Map([["ore", 1]]) }).get("refined")).toBeCloseTo(0.2, 15);
    expect(() => computePercolation(graph, { risk: new Map([["nope", 1]]) })).toThrow(/"nope", which is not a node/);
    expect(() => computePercolation(graph, { risk: new Map([["ore", -1]]) })).toThrow(/risk of ore is -1/);
  });

  it("equals the brute-force definition on random graphs with random risks", () => {
    for (let seed = 1; seed <= 10; seed++) {
      const random = createRandom(seed);
      const n = 8 + seed * 2;
      const from: number[] = [];
      const to: number[] = [];
      for (let i = 0; i < n * 2; i++) {
        const u = random.int(n);
        const v = random.int(n);
        if (u !== v) from.push(u), to.push(v);
      }
      const view = compactFromArcs(n, Int32Array.from(from), Int32Array.from(to));
      const risk = Float64Array.from({ length: n }, () => (random.next() < 0.3 ? 0 : random.next()));
      const total = risk.reduce((a, b) => a + b, 0);
      // Paths follow `down`: the reverse of the arcs given, so the brute force runs on the reversed list.
      const reversed = compactFromArcs(n, Int32Array.from(to), Int32Array.from(from));
      const brute = bruteDependencies(reversed, (s) => risk[s]!);
      const pc = percolationScores(view, risk);
      for (let v = 0; v < n; v++) expect(pc[v]).toBeCloseTo(brute[v]! / ((n - 2) * (total - risk[v]!)), 12);
    }
  });

  it("is the normalised betweenness when every risk is equal (random chokepoint graphs)", () => {
    for (let seed = 1; seed <= 5; seed++) {
      const view = compactGraph(randomGraph(seed));
      const pc = percolationScores(view, new Float64Array(view.order).fill(0.7));
      const bc = betweennessScores(view);
      for (let v = 0; v < view.order; v++) expect(pc[v]).toBeCloseTo(bc[v]!, 12);
    }
  });
});
