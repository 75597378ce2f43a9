// runKnockouts({ nodes }): the knock-outs of a chosen subset (the bench's 1,000 largest suppliers
// at a million nodes) are the full run's entries for those nodes, ranked among themselves.
import { describe, expect, it } from "vitest";
import { propagationModelOf, runKnockouts } from "../../src/engine/propagation/index.ts";
import { generatedGraph } from "./_generated.ts";

describe("knock-outs of a subset", () => {
  it("equal the full run's entries for the chosen nodes, re-ranked 1..k", () => {
    const graph = generatedGraph(1000, 8);
    const full = runKnockouts(graph);
    // Every third entry of the full ranking, listed in an unrelated (id) order.
    const chosen = full.filter((_e, i) => i % 3 === 0).map((e) => e.node);
    const subset = runKnockouts(graph, {}, { nodes: [...chosen].sort() });
    expect(subset.map((e) => e.node)).toEqual(chosen);
    expect(subset.map((e) => e.rank)).toEqual(chosen.map((_n, i) => i + 1));
    const byNode = new Map(full.map((e) => [e.node, e]));
    for (const e of subset) expect({ ...e, rank: 0 }).toEqual({ ...byNode.get(e.node)!, rank: 0 });
  });

  it("skips listed ids of other kinds and ids not in the graph", () => {
    const graph = generatedGraph(300, 2);
    const sector = graph.filterNodes((_n, a) => a.kind === "sector")[0]!;
    const country = graph.filterNodes((_n, a) => a.kind === "country")[0]!;
    const result = runKnockouts(graph, {}, { nodes: [sector, country, "no-such-node"] });
    expect(result.map((e) => e.node)).toEqual([country]);
  });

  it("cut only the nodes `take` accepts (the parallel threads' claims), with the same entries", () => {
    const graph = generatedGraph(1000, 8);
    const full = runKnockouts(graph);
    const model = propagationModelOf(graph);
    const asked: number[] = [];
    // Accept every other node asked about: the rest are some other thread's.
    const taken = runKnockouts(graph, {}, { take: (v) => (asked.push(v), asked.length % 2 === 1) });
    expect(asked.length).toBe(full.length);
    const kept = new Set(asked.filter((_v, i) => i % 2 === 0).map((v) => model.ids[v]!));
    const expected = full.filter((e) => kept.has(e.node));
    expect(taken.map((e) => e.node)).toEqual(expected.map((e) => e.node));
    expect(taken.map((e) => ({ ...e, rank: 0 }))).toEqual(expected.map((e) => ({ ...e, rank: 0 })));
  });
});
