// The compact typed-array path against the unoptimised one: PageRank and betweenness agree with
// graphology-metrics within 1e-9 on the generated 1k graph and on random small graphs.
import { describe, expect, it } from "vitest";
import { betweennessScores, computeBetweenness } from "../../src/engine/structure/betweenness.ts";
import { computeCentrality } from "../../src/engine/structure/centrality.ts";
import { betweennessReference, pagerankReference } from "../../src/engine/structure/centrality-reference.ts";
import { compactGraph } from "../../src/engine/structure/compact.ts";
import { computePagerank } from "../../src/engine/structure/pagerank.ts";
import { forEachDependency } from "../../src/model/index.ts";
import { generatedGraph } from "./_generated.ts";
import { randomGraph } from "./_graphs.ts";

const maxDiff = (a: Map<string, number>, b: Record<string, number>) =>
  Math.max(0, ...[...a].map(([id, x]) => Math.abs(x - b[id]!)));

describe("compact view", () => {
  it("holds every dependency pair once, both ways, and is cached per graph", () => {
    const graph = generatedGraph(1000, 4);
    const view = compactGraph(graph);
    expect(compactGraph(graph)).toBe(view);
    const pairs = new Set<string>();
    forEachDependency(graph, (from, to) => pairs.add(`${from}>${to}`));
    const down = new Set<string>();
    const up = new Set<string>();
    for (let v = 0; v < view.order; v++) {
      for (let k = view.downStart[v]!; k < view.downStart[v + 1]!; k++) down.add(`${view.ids[v]}>${view.ids[view.downTo[k]!]}`);
      for (let k = view.upStart[v]!; k < view.upStart[v + 1]!; k++) up.add(`${view.ids[view.upTo[k]!]}>${view.ids[v]}`);
    }
    expect(view.downTo.length).toBe(pairs.size);
    expect(down).toEqual(pairs);
    expect(up).toEqual(pairs);
    expect(view.inFrom.length).toBe(graph.size);
  });

  it("is rebuilt when the graph gained nodes or edges", () => {
    const graph = randomGraph(3);
    const before = compactGraph(graph);
    graph.addNode("late-sector", { kind: "sector", id: "late-sector", label: "late" });
    const after = compactGraph(graph);
    expect(after).not.toBe(before);
    expect(after.order).toBe(before.order + 1);
  });
});

describe("typed-array centrality = graphology-metrics", () => {
  const graph = generatedGraph(1000);

  it("PageRank within 1e-9 on the generated 1k graph", () => {
    const ours = computePagerank(graph);
    expect(maxDiff(ours, pagerankReference(graph))).toBeLessThan(1e-9);
    expect([...ours.values()].reduce((s, x) => s + x, 0)).toBeCloseTo(1, 9);
  });

  it("exact betweenness within 1e-9 on the generated 1k graph", () => {
    expect(maxDiff(computeBetweenness(graph), betweennessReference(graph))).toBeLessThan(1e-9);
  });

  it("computeCentrality keeps its results (degree, PageRank, betweenness) on random graphs", () => {
    for (let seed = 1; seed <= 30; seed++) {
      const g = randomGraph(seed);
      const pr = pagerankReference(g);
      const bc = betweennessReference(g);
      for (const [id, c] of computeCentrality(g)) {
        expect(Math.abs(c.pagerank - pr[id]!)).toBeLessThan(1e-9);
        expect(Math.abs(c.betweenness - bc[id]!)).toBeLessThan(1e-9);
        expect(c.inDegree).toBe(g.inDegree(id));
        expect(c.outDegree).toBe(g.outDegree(id));
      }
    }
  });
});

describe("sampled betweenness", () => {
  const graph = generatedGraph(1000, 2);
  const view = compactGraph(graph);

  it("is exact with as many pivots as nodes, and deterministic for a seed", () => {
    const exact = betweennessScores(view);
    expect([...betweennessScores(view, { pivots: view.order })]).toEqual([...exact]);
    expect([...betweennessScores(view, { pivots: 100, seed: 3 })]).toEqual([...betweennessScores(view, { pivots: 100, seed: 3 })]);
    expect([...betweennessScores(view, { pivots: 100, seed: 3 })]).not.toEqual([...betweennessScores(view, { pivots: 100, seed: 4 })]);
  });

  it("is scaled by n/k, so its total estimates the exact total", () => {
    const sum = (xs: Float64Array) => xs.reduce((s, x) => s + x, 0);
    const exact = sum(betweennessScores(view));
    let estimate = 0;
    for (let seed = 1; seed <= 10; seed++) estimate += sum(betweennessScores(view, { pivots: 300, seed })) / 10;
    expect(Math.abs(estimate - exact) / exact).toBeLessThan(0.15);
  });

  it("rejects a pivot count that is not a positive integer", () => {
    expect(() => betweennessScores(view, { pivots: 0 })).toThrow(/pivots must be a positive integer/);
  });
});
