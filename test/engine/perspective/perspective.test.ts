// Perspective, the EU supply-risk method, N-1 and the CRMA list on the issue-14 fixture; every
// expected value is computed by hand from the fixture's figures (WGI scaled 5 - 2 x estimate:
// CN 6, CD 8, FI 2, BE 3, JP 3, KR 3).
import { describe, expect, it } from "vitest";
import { crmaList } from "../../../src/engine/perspective/crma-list.ts";
import { euSupplyRisk, euSupplyRiskAll } from "../../../src/engine/perspective/eu-supply-risk.ts";
import { n1, n1All } from "../../../src/engine/perspective/n1.ts";
import { mixUsed, perspectiveGraph } from "../../../src/engine/perspective/perspective-graph.ts";
import { availablePerspectives, supplyMix } from "../../../src/engine/perspective/supply-mix.ts";
import { runScenario } from "../../../src/engine/propagation/index.ts";
import { riskGraph } from "./_fixture.ts";

const graph = riskGraph();
const loss = (g: typeof graph, sector: string) => runScenario(g, [{ node: "JP", severity: 1 }]).sectors.find((s) => s.sector === sector)!.loss;

describe("supply mix under a perspective", () => {
  it("uses the importer's sourcing where it has some, world shares elsewhere, and says which", () => {
    expect(availablePerspectives(graph)).toEqual(["EU", "KR"]);
    const kr = supplyMix(graph, "hf", "KR");
    expect(kr.used).toBe("sourcing");
    expect(kr.countries.map((c) => [c.id, c.share])).toEqual([["CN", 0.5], ["JP", 0.4]]);
    expect(supplyMix(graph, "li-ion-cell", "KR").used).toBe("world");
    expect(supplyMix(graph, "hf").countries.map((c) => [c.id, c.share])).toEqual([["JP", 0.8], ["CN", 0.1]]);
    expect(() => supplyMix(graph, "hf", "NL")).not.toThrow(); // no NL entries: world shares
    expect(() => perspectiveGraph(graph, "NL")).toThrow(/unknown perspective 'NL'.*EU, KR/);
  });

  it("cuts Japan's share of what Korea sources under KR, and never edits the graph", () => {
    const kr = perspectiveGraph(graph, "KR");
    expect(mixUsed(kr, "hf")).toBe("sourcing");
    expect(mixUsed(kr, "memory-chip")).toBe("world");
    expect(graph.getEdgeAttributes("JP->hf")).toMatchObject({ share: 0.8 });
    // KR: hf = 1 - 0.4 = 0.6; memory chips need hf with substitutability 0.2: 0.6 + 0.2 x 0.4 = 0.68.
    expect(loss(kr, "electronics")).toBeCloseTo(0.32, 12);
    // World: hf = 1 - 0.8 = 0.2; 0.2 + 0.2 x 0.8 = 0.36.
    expect(loss(graph, "electronics")).toBeCloseTo(0.64, 12);
  });
});

describe("EU supply risk, term by term", () => {
  it("cobalt-refined with EU sourcing, t, IR, EoL_RIR and SI_SR from the data", () => {
    const sr = euSupplyRisk(graph, "cobalt-refined")!;
    const global = 0.74 ** 2 * 6 * 1 + 0.1 ** 2 * 2 * 0.8; // CN t 1, FI t 0.8 (from the EU entries)
    const eu = 0.62 ** 2 * 2 * 0.8 + 0.29 ** 2 * 3 * 0.8 + 0.02 ** 2 * 6 * 1 + 0.02 ** 2 * 8 * 1.1;
    expect(sr.hhiWgiGlobal).toBeCloseTo(global, 12);
    expect(sr.hhiWgiImporter).toBeCloseTo(eu, 12);
    expect([sr.ir, sr.eolRir, sr.siSr]).toEqual([0.8, 0.22, 0.9]);
    expect(sr.sr).toBeCloseTo((global * 0.4 + eu * 0.6) * 0.78 * 0.9, 12);
    expect(sr.sr).toBeCloseTo(1.27365264, 8);
    expect(sr.assumptions).toEqual([]);
  });

  it("names every missing input and what stood in for it", () => {
    const sr = euSupplyRisk(graph, "cobalt-mined")!;
    expect(sr.hhiWgiGlobal).toBeCloseTo(0.49 * 8 + 0.01 * 6, 12);
    expect(sr.sr).toBeCloseTo(3.98, 12); // IR 1, EU term = global term, EoL_RIR 0, SI_SR 1
    expect(sr.importerMix).toBe("world");
    expect(sr.assumptions.join("\n")).toMatch(/t = 1 for CD, CN[\s\S]*no EU sourcing[\s\S]*IR missing[\s\S]*EoL_RIR missing[\s\S]*SI_SR missing/);
    expect(euSupplyRisk(graph, "li-ion-cell")).toBeUndefined();
  });

  it("the bottleneck stage is the one with the higher SR", () => {
    const cobalt = euSupplyRiskAll(graph).find((m) => m.material === "cobalt")!;
    expect(cobalt.bottleneck).toBe("cobalt-mined");
    expect(cobalt.stages.map((s) => s.node)).toEqual(["cobalt-mined", "cobalt-refined"]);
  });
});

describe("IEA N-1", () => {
  it("supply left when the largest supplier stops, with spare capacity where given", () => {
    expect(n1(graph, "hf")).toMatchObject({ largest: "JP", largestShare: 0.8, used: "world", spareCapacity: 0.05 });
    expect(n1(graph, "hf").left).toBeCloseTo(0.2, 12);
    expect(n1(graph, "hf").leftWithSpare).toBeCloseTo(0.25, 12);
    expect(n1(graph, "hf", "KR")).toMatchObject({ largest: "CN", largestShare: 0.5, left: 0.5, used: "sourcing" });
    expect(n1(graph, "cobalt-mined").leftWithSpare).toBeUndefined();
  });

  it("the largest supplier at any stage cuts the chain", () => {
    const cobalt = n1All(graph).find((c) => c.material === "cobalt")!;
    expect([cobalt.country, cobalt.stage, cobalt.share]).toEqual(["CN", "cobalt-refined", 0.74]);
    expect(cobalt.left).toBeCloseTo(0.26, 12);
  });
});

describe("CRMA on the strategic list", () => {
  it("checks strategic materials by default, every material with allMaterials, the EU's sourcing under EU", () => {
    const strategic = crmaList(graph);
    expect(strategic.checked).toBe(2);
    expect(strategic.breaches.map((b) => [b.node, b.country])).toEqual([["cobalt-refined", "CN"], ["cobalt-mined", "CD"]]);
    expect(crmaList(graph, {}, { allMaterials: true }).breaches.map((b) => b.node)).toEqual(["hf", "cobalt-refined", "cobalt-mined"]);
    // Seen from the EU, refined cobalt comes from FI and BE (insiders) with CN at 2%: no breach.
    const eu = crmaList(graph, {}, { allMaterials: true, perspective: "EU" });
    expect(eu.breaches.map((b) => [b.node, b.used])).toEqual([["hf", "world"], ["cobalt-mined", "world"]]);
    expect(eu.onSourcing).toBe(1);
  });
});

describe("metrics read on a perspective graph", () => {
  it("say the mix is the importer's sourcing (explain's N-1 runs on the perspective graph)", () => {
    const kr = perspectiveGraph(graph, "KR");
    expect(n1(kr, "hf")).toMatchObject({ largest: "CN", largestShare: 0.5, used: "sourcing" });
    expect(n1(kr, "memory-chip").used).toBe("world");
  });
});
