// Regression: graphology-metrics' PageRank threw "failed to converge" on a graph with no nodes,
// so analysing an empty dataset (an empty data/ folder, or a view before files are opened) crashed.
import { describe, expect, it } from "vitest";
import { analyze, buildGraph, computeCentrality, runKnockouts, runScenario } from "../../src/index.ts";

describe("an empty graph", () => {
  const graph = buildGraph({ nodes: [], edges: [] });

  it("analyses to empty results instead of throwing", () => {
    const analysis = analyze(graph);
    expect(analysis.ranking).toEqual([]);
    expect(analysis.centrality.size).toBe(0);
    expect(computeCentrality(graph).size).toBe(0);
  });

  it("has no knock-outs and a scenario without cuts changes nothing", () => {
    expect(runKnockouts(graph)).toEqual([]);
    const result = runScenario(graph, []);
    expect(result.sectors).toEqual([]);
    expect(result.converged).toBe(true);
  });
});
