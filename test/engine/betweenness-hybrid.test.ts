// The direction-optimising BFS in brandesSums (bottom-up levels when few nodes are left to reach)
// against the brute-force count (_brute.ts) and against the same kernel run top-down only.
import { describe, expect, it } from "vitest";
import { betweennessPlan, betweennessScores, brandesSums } from "../../src/engine/structure/betweenness.ts";
import { compactFromArcs } from "../../src/engine/structure/compact-arcs.ts";
import type { CompactGraph } from "../../src/engine/structure/compact.ts";
import { FAMILIES, generateFamily } from "../../src/gen/families.ts";
import { bruteDependencies, maxRel, topDownOnly } from "./_brute.ts";

/** brandesSums with the reverse arcs (bottom-up levels allowed), every source, normalised. */
function hybridScores(view: CompactGraph): Float64Array {
  const { sources, scale } = betweennessPlan(view);
  const sums = new Float64Array(view.order);
  brandesSums(view.upStart, view.upTo, sources, 0, 1, sums, undefined, view.downStart, view.downTo);
  return sums.map((x) => x * scale);
}

describe("direction-optimising Brandes", () => {
  it("counts a bottom-up level right on a fan: s -> a1..a10 -> b", () => {
    // After s, ten nodes are on the frontier and one (b) is left, so level 1 runs bottom-up:
    // b sums the path counts of its ten in-neighbours. Each a_i lies on 1 of the 10 s-b paths.
    const from = [...Array.from({ length: 10 }, () => 0), ...Array.from({ length: 10 }, (_, i) => i + 1)];
    const to = [...Array.from({ length: 10 }, (_, i) => i + 1), ...Array.from({ length: 10 }, () => 11)];
    const view = compactFromArcs(12, Int32Array.from(from), Int32Array.from(to));
    const scores = hybridScores(view);
    for (let i = 1; i <= 10; i++) expect(scores[i]).toBeCloseTo(0.1 / (11 * 10), 15);
    expect(scores[0]).toBe(0);
    expect(scores[11]).toBe(0);
  });

  for (const family of FAMILIES) {
    it(`equals the brute-force sums on a 150-node ${family} graph`, () => {
      const arcs = generateFamily(family, 150, 7);
      const view = compactFromArcs(arcs.order, arcs.from, arcs.to);
      const n = view.order;
      const brute = bruteDependencies(view).map((x) => x / ((n - 1) * (n - 2)));
      expect(maxRel(hybridScores(view), brute)).toBeLessThan(1e-12);
    });

    it(`equals the top-down-only kernel on a 2,000-node ${family} graph`, () => {
      const arcs = generateFamily(family, 2000, 3);
      const view = compactFromArcs(arcs.order, arcs.from, arcs.to);
      const hybrid = hybridScores(view);
      expect(maxRel(hybrid, topDownOnly(view))).toBeLessThan(1e-12);
      expect(hybrid.some((x) => x > 0)).toBe(true);
    });
  }
});

describe("degree-1 folding", () => {
  it("adds a leaf's paths through its only out-neighbour: l -> a -> b -> c, l2 -> a, l3 -> c", () => {
    // Hand count, unnormalised: a lies on l-b, l-c, l2-b, l2-c (4); b on l-c, l2-c, a-c (3);
    // l3 -> c (a leaf into a sink) adds nothing. n = 6, so the scale is 1 / (5 x 4).
    const view = compactFromArcs(6, Int32Array.from([0, 1, 2, 4, 5]), Int32Array.from([1, 2, 3, 1, 3]));
    const scores = betweennessScores(view);
    expect(scores[1]).toBeCloseTo(4 / 20, 15);
    expect(scores[2]).toBeCloseTo(3 / 20, 15);
    for (const v of [0, 3, 4, 5]) expect(scores[v]).toBe(0);
  });

  it("equals brute force and the unfolded kernel on the generated networks, which have leaves", async () => {
    const { generatedGraph } = await import("./_generated.ts");
    const { compactGraph } = await import("../../src/engine/structure/compact.ts");
    const { foldSingleOut } = await import("../../src/engine/structure/betweenness-reduce.ts");
    const small = compactGraph(generatedGraph(200, 2));
    const { sources } = betweennessPlan(small);
    expect(foldSingleOut(small.upStart, small.upTo, sources)!.sources.length).toBeLessThan(sources.length);
    const n = small.order;
    const brute = bruteDependencies(small).map((x) => x / ((n - 1) * (n - 2)));
    expect(maxRel(betweennessScores(small), brute)).toBeLessThan(1e-12);
    const big = compactGraph(generatedGraph(3000, 2));
    expect(maxRel(betweennessScores(big), topDownOnly(big))).toBeLessThan(1e-12);
  });

  it("is not applied to a pivot sample (sampled scores keep their c/k scaling)", () => {
    const view = compactFromArcs(6, Int32Array.from([0, 1, 2, 4, 5]), Int32Array.from([1, 2, 3, 1, 3]));
    const all = betweennessScores(view, { pivots: 5 });
    expect([...all]).toEqual([...betweennessScores(view)]);
  });
});
