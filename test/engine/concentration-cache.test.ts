// Concentration is memoised per graph (analyze() asks for it five times per node); the cache must
// never hand out values a caller could alter, nor outlive a change in the graph's shape.
import { describe, expect, it } from "vitest";
import { computeConcentration } from "../../src/engine/metrics/concentration.ts";
import { buildGraph } from "../../src/model/graph.ts";
import { resolveSettings } from "../../src/schema/settings.ts";
import { country, material, supplies } from "./_graphs.ts";

const settings = resolveSettings();

describe("memoised concentration", () => {
  const graph = buildGraph({ nodes: [country("CD"), country("ID"), material("cobalt-mined")], edges: [supplies("CD", "cobalt-mined", 0.76)] });

  it("returns frozen lists, so one caller cannot change what the next one reads", () => {
    const first = computeConcentration(graph, "cobalt-mined", settings);
    expect(() => first.countries.push({ id: "XX", share: 1, listed: true })).toThrow(TypeError);
    expect(() => ((first.countries[0] as { share: number }).share = 0)).toThrow(TypeError);
    expect(computeConcentration(graph, "cobalt-mined", settings).hhiCountry).toBeCloseTo(5776, 9);
  });

  it("applies each call's thresholds to the cached numbers", () => {
    expect(computeConcentration(graph, "cobalt-mined", settings).flags).toEqual({ topShare: true, hhi: true });
    const strict = resolveSettings({ thresholds: { topShare: 0.8, hhi: 6000 } });
    expect(computeConcentration(graph, "cobalt-mined", strict).flags).toEqual({ topShare: false, hhi: false });
  });

  it("sees an edge added to the same graph object", () => {
    const grown = buildGraph({ nodes: [country("CD"), country("ID"), material("cobalt-mined")], edges: [supplies("CD", "cobalt-mined", 0.76)] });
    expect(computeConcentration(grown, "cobalt-mined", settings).supplierCount).toBe(1);
    grown.addDirectedEdgeWithKey("ID->cobalt-mined", "ID", "cobalt-mined", { kind: "supplies", from: "ID", to: "cobalt-mined", share: 0.1 });
    const after = computeConcentration(grown, "cobalt-mined", settings);
    expect(after.supplierCount).toBe(2);
    expect(after.hhiCountry).toBeCloseTo(5776 + 100, 9);
  });
});
