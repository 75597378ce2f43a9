// The exact reductions of betweenness-reduce.ts (out-degree-1 folding, the search orientation)
// against the brute-force count (_brute.ts) and against the plain kernel with neither, on graphs
// where they apply a lot and where they hardly do.
import { describe, expect, it } from "vitest";
import { betweennessPlan, betweennessScores } from "../../src/engine/structure/betweenness.ts";
import { exactRun, foldSingleOut } from "../../src/engine/structure/betweenness-reduce.ts";
import { compactFromArcs } from "../../src/engine/structure/compact-arcs.ts";
import type { CompactGraph } from "../../src/engine/structure/compact.ts";
import { seededRandom } from "../../src/engine/structure/seeded-random.ts";
import { FAMILIES, generateFamily } from "../../src/gen/families.ts";
import { bruteDependencies, maxRel, topDownOnly as plain } from "./_brute.ts";

const brute = (view: CompactGraph) => {
  const n = view.order;
  return bruteDependencies(view).map((x) => x / ((n - 1) * (n - 2)));
};

/**
 * A random digraph in which a `single` share of the nodes have exactly one arc out (into any node,
 * so most of them are reached again: cycles through the folded nodes) and the rest `degree` arcs.
 */
function manySingles(n: number, seed: number, single: number, degree = 3): CompactGraph {
  const random = seededRandom(seed);
  const from: number[] = [];
  const to: number[] = [];
  for (let v = 0; v < n; v++) {
    const targets = new Set<number>();
    const k = random() < single ? 1 : degree;
    while (targets.size < k) {
      const w = Math.floor(random() * n);
      if (w !== v) targets.add(w);
    }
    for (const w of targets) {
      from.push(v);
      to.push(w);
    }
  }
  return compactFromArcs(n, Int32Array.from(from), Int32Array.from(to));
}

describe("out-degree-1 folding", () => {
  it("takes a reached folded target's own share off: a -> b -> c -> a, with v -> a and a -> v", () => {
    // v's only arc goes to a, and a reaches v, so v is folded into a and is also one of a's targets.
    // Hand count, unnormalised (n = 4: a 0, b 1, c 2, v 3), shortest paths:
    //   a->b, a->c via b, a->v; b->c, b->a via c, b->v via c, a; c->a, c->b via a, c->v via a;
    //   v->a, v->b via a, v->c via a, b.
    // a: b-v, c-b, c-v, v-b, v-c = 5; b: a-c, v-c = 2; c: b-a, b-v = 2; v: 0.
    const view = compactFromArcs(4, Int32Array.from([0, 1, 2, 3, 0]), Int32Array.from([1, 2, 0, 0, 3]));
    const run = exactRun(view, "forward");
    // c and v fold into a; b's only arc goes to c, which is folded itself, so b is searched.
    expect([...run.fold!.sources]).toEqual([0, 1]);
    const scores = betweennessScores(view, { orientation: "forward" }).map((x) => x * 3 * 2);
    expect(scores[0]).toBeCloseTo(5, 12);
    expect(scores[1]).toBeCloseTo(2, 12);
    expect(scores[2]).toBeCloseTo(2, 12);
    expect(scores[3]).toBe(0);
  });

  for (const single of [0.6, 0.3, 0]) {
    it(`equals brute force and the plain kernel where ${single * 100}% of the nodes have one arc out`, () => {
      const small = manySingles(120, 11, single);
      const fold = foldSingleOut(small.upStart, small.upTo, betweennessPlan(small).sources);
      if (single > 0) expect(fold!.sources.length).toBeLessThan(small.order * (1 - single / 4));
      else expect(fold).toBeUndefined();
      expect(maxRel(betweennessScores(small, { orientation: "forward" }), brute(small))).toBeLessThan(1e-12);
      const big = manySingles(1500, 5, single);
      expect(maxRel(betweennessScores(big, { orientation: "forward" }), plain(big))).toBeLessThan(1e-12);
    });
  }

  it("does not fold into a node that is folded itself: a chain x -> y -> z with z -> p, q", () => {
    const view = compactFromArcs(5, Int32Array.from([0, 1, 2, 2]), Int32Array.from([1, 2, 3, 4]));
    const fold = foldSingleOut(view.upStart, view.upTo, betweennessPlan(view).sources)!;
    expect([...fold.sources]).toEqual([0, 2]); // y folds into z; x (into y, folded) is searched
    expect(maxRel(betweennessScores(view), brute(view))).toBeLessThan(1e-12);
  });
});

describe("search orientation", () => {
  for (const family of FAMILIES) {
    it(`gives the brute-force scores both ways on a 150-node ${family} graph`, () => {
      const arcs = generateFamily(family, 150, 7);
      const view = compactFromArcs(arcs.order, arcs.from, arcs.to);
      const expected = brute(view);
      expect(maxRel(betweennessScores(view, { orientation: "forward" }), expected)).toBeLessThan(1e-12);
      expect(maxRel(betweennessScores(view, { orientation: "reverse" }), expected)).toBeLessThan(1e-12);
    });
  }

  // p_i -> h and p_i -> q for 200 p_i, h -> 200 sinks l_j. Along the arcs, every p_i (two arcs
  // out, not folded) reads h's 200 arcs; against them, every l_j has one arc (to h) and folds.
  const broom = (reverse: boolean) => {
    const from: number[] = [];
    const to: number[] = [];
    const arc = (a: number, b: number) => (reverse ? (from.push(b), to.push(a)) : (from.push(a), to.push(b)));
    for (let i = 0; i < 200; i++) {
      arc(2 + i, 0);
      arc(2 + i, 1);
      arc(0, 202 + i);
    }
    return compactFromArcs(402, Int32Array.from(from), Int32Array.from(to));
  };

  it("searches against the arcs when that reads fewer, and along them otherwise", () => {
    const view = broom(false);
    expect(exactRun(view).reversed).toBe(true);
    expect(exactRun(broom(true)).reversed).toBe(false);
    // h lies on p_i -> l_j for every i, j: 200 x 200 pairs.
    const scores = betweennessScores(view);
    expect(scores[0]! * 401 * 400).toBeCloseTo(40_000, 9);
    expect(maxRel(scores, plain(view))).toBeLessThan(1e-12);
  });

  it("gives the plain kernel's scores on 2,000-node graphs of every family and on our network", async () => {
    const { generatedGraph } = await import("./_generated.ts");
    const { compactGraph } = await import("../../src/engine/structure/compact.ts");
    const views = FAMILIES.map((f) => {
      const arcs = generateFamily(f, 2000, 3);
      return compactFromArcs(arcs.order, arcs.from, arcs.to);
    });
    views.push(compactGraph(generatedGraph(2000, 2)));
    for (const view of views) expect(maxRel(betweennessScores(view), plain(view))).toBeLessThan(1e-12);
  });
});
