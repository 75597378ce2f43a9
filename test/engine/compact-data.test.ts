// The compact path of huge graphs (issue 16 item 6): the view built straight from the dataset, and
// every metric the million-node bench runs on it, give what the graphology path gives on
// buildGraph(dataset), to the bit, on generated networks with every attribute the metrics read.
import { describe, expect, it } from "vitest";
import { concentrationAll, concentrationAllCompact } from "../../src/engine/metrics/index.ts";
import { runKnockouts, runKnockoutsCompact, runScenario, runScenarioCompact, buildPropagationModel, propagationModelOfCompact } from "../../src/engine/propagation/index.ts";
import { buildCompactGraph, compactFromDataset, compactGraph, pagerankScores, sampledBetweenness } from "../../src/engine/structure/index.ts";
import { generateNetwork, networkToSources } from "../../src/gen/index.ts";
import { datasetIndexOf, loadDataset } from "../../src/load/index.ts";
import { buildGraph } from "../../src/model/index.ts";
import type { Dataset } from "../../src/schema/dataset.ts";

/** A loaded generated network, with dependence, grades, bases and sites added to some edges. */
function dataset(nodes: number, seed: number): Dataset {
  const result = loadDataset(networkToSources(generateNetwork({ nodes, seed })));
  if (!result.ok) throw new Error("generated data did not load");
  const data = result.dataset;
  const countries = data.nodes.filter((n) => n.kind === "country").map((n) => n.id);
  const kindOf = new Map(data.nodes.map((n) => [n.id, n.kind]));
  data.edges.forEach((edge, j) => {
    if (edge.kind === "input" && j % 7 === 0) edge.dependence = 0.3 + (j % 5) / 10;
    if (edge.kind === "supplies" && j % 5 === 0) (edge.grade = "B"), (edge.basis = "production");
    if (edge.kind === "supplies" && j % 11 === 0 && kindOf.get(edge.from) === "company") edge.site = countries[j % countries.length]!;
  });
  return data;
}

describe("compact view from the dataset", () => {
  for (const [nodes, seed] of [[3000, 1], [5000, 4]] as const) {
    it(`matches the graphology path on a ${nodes}-node network (seed ${seed})`, () => {
      const data = dataset(nodes, seed);
      const graph = buildGraph(data);
      const compact = compactFromDataset(data, datasetIndexOf(data));
      const fromGraph = buildCompactGraph(graph);
      expect(datasetIndexOf(data)).toBeDefined();
      expect(compact.view).toEqual(fromGraph);
      expect(compactFromDataset(data).view).toEqual(fromGraph);
      expect(data.edges.some((e) => e.kind === "input" && e.dependence !== undefined)).toBe(true);
      expect(data.edges.some((e) => e.kind === "supplies" && e.share === undefined)).toBe(true);

      expect(concentrationAllCompact(compact)).toEqual(concentrationAll(graph));
      expect(pagerankScores(compact.view)).toEqual(pagerankScores(compactGraph(graph)));
      const eps = { eps: 0.05, delta: 0.1, seed: 3 };
      expect(sampledBetweenness(compact.view, eps)).toEqual(sampledBetweenness(compactGraph(graph), eps));
      expect(propagationModelOfCompact(compact)).toEqual(buildPropagationModel(graph));

      const country = data.nodes.find((n) => n.kind === "country" && n.id === "CN")?.id ?? "US";
      const cuts = [{ node: country, severity: 1 }];
      expect(runScenarioCompact(compact, cuts)).toEqual(runScenario(graph, cuts));
      const supplies = data.edges.find((e) => e.kind === "supplies" && e.from === country)!;
      const edgeCut = [{ edge: { from: country, to: supplies.to }, severity: 0.5 }];
      expect(runScenarioCompact(compact, edgeCut)).toEqual(runScenario(graph, edgeCut));

      const some = data.nodes.filter((n, i) => (n.kind === "company" || n.kind === "country") && i % 9 === 0).map((n) => n.id);
      expect(runKnockoutsCompact(compact, {}, { nodes: some })).toEqual(runKnockouts(graph, {}, { nodes: some }));
    });
  }

  it("names unknown ids with the same hint as the graph path", () => {
    const data = dataset(500, 2);
    const graph = buildGraph(data);
    const country = data.nodes.find((n) => n.kind === "country")!.id;
    const message = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return (error as Error).message;
      }
      return "no error";
    };
    for (const cuts of [[{ node: country.toLowerCase(), severity: 1 }], [{ node: "g-compan", severity: 1 }]]) {
      const expected = message(() => runScenario(graph, cuts));
      expect(expected).toMatch(/^chokepoint scenario: no node .* (did you mean|similar ids)/);
      expect(message(() => runScenarioCompact(compactFromDataset(data), cuts))).toBe(expected);
    }
  });
});
