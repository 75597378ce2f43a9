// Dossiers, upstream countries and commodity cuts on one small hand-built graph; every expected
// value is worked out by hand in the comments (DOMAIN.md's propagation rule).
import { describe, expect, it } from "vitest";
import { commodityCuts, expandCuts, materialStages, suppliedStages } from "../../src/engine/commodity-cut.ts";
import { supplierDossier } from "../../src/engine/dossier.ts";
import { runKnockouts } from "../../src/engine/propagation/index.ts";
import { runScenario } from "../../src/engine/propagation/index.ts";
import { upstreamCountries } from "../../src/engine/upstream-countries.ts";
import { company, component, country, graphOf, input, locatedIn, material, sector, supplies } from "./_graphs.ts";

// CN mines 60% of rare earths (rest of world 40%), separates 90% (FI 10%) and makes 90% of magnets
// (JP 10%); wind needs magnets (substitutability 0.5) and chips (none) from one fab in TW. EVs need
// cells, half from CN, half from KR.
const fixture = () =>
  graphOf(
    [
      country("CN"), country("KR"), country("JP"), country("FI"), country("TW"), company("fab"),
      material("re-separated", { material: "rare-earths", stage: "refining" }),
      material("re-mined", { material: "rare-earths", stage: "mining" }),
      component("magnet"), component("chip"), component("cell"), sector("wind"), sector("ev"),
    ],
    [
      supplies("CN", "re-mined", 0.6), supplies("CN", "re-separated", 0.9), supplies("FI", "re-separated", 0.1),
      input("re-mined", "re-separated"), input("re-separated", "magnet"),
      supplies("CN", "magnet", 0.9), supplies("JP", "magnet", 0.1), input("magnet", "wind", 0.5),
      locatedIn("fab", "TW"), supplies("fab", "chip", 1), input("chip", "wind"),
      supplies("CN", "cell", 0.5), supplies("KR", "cell", 0.5), input("cell", "ev"),
    ],
  );

describe("supplierDossier", () => {
  it("lists what CN supplies, its sector losses and the CRMA breach it causes", () => {
    const d = supplierDossier(fixture(), "CN");
    // Ties at 0.9 by id: magnet before re-separated.
    expect(d.supplies.map((s) => [s.node, s.share])).toEqual([["magnet", 0.9], ["re-separated", 0.9], ["re-mined", 0.6], ["cell", 0.5]]);
    // Cut CN: re-mined 0.4; re-separated min(0.1, 0.4) = 0.1; magnet min(0.1, 0.1) = 0.1;
    // wind min(0.1 + 0.5 x 0.9, chip 1) = 0.55 -> loss 0.45; ev: cell 0.5 -> loss 0.5.
    expect(d.sectors.map((s) => s.sector)).toEqual(["ev", "wind"]);
    expect(d.sectors[0]!.loss).toBeCloseTo(0.5, 12);
    expect(d.sectors[1]!.loss).toBeCloseTo(0.45, 12);
    expect(d.singlePointOfFailureFor).toEqual([]);
    expect(d.meanLoss).toBeCloseTo(0.475, 12);
    // Only material nodes are checked: re-separated 90% > 65%; re-mined 60% complies.
    expect(d.crmaBreaches.map((b) => [b.node, b.country, b.share])).toEqual([["re-separated", "CN", 0.9]]);
    expect(d.hosts).toEqual([]);
  });

  it("names a company's host and the sector it alone drops to 0", () => {
    const d = supplierDossier(fixture(), "fab");
    expect(d.hosts).toEqual(["TW"]);
    expect(d.sectors).toEqual([{ sector: "wind", label: "wind", loss: 1, availability: 0, singlePointOfFailure: true }]);
    expect(d.singlePointOfFailureFor).toEqual(["wind"]);
    expect(d.crmaBreaches).toEqual([]);
    // A country's dossier includes what its companies supply.
    expect(supplierDossier(fixture(), "TW").supplies.map((s) => [s.node, s.via])).toEqual([["chip", "fab"]]);
  });

  it("uses the same single-point-of-failure rule as runKnockouts", () => {
    const g = fixture();
    for (const entry of runKnockouts(g)) {
      const d = supplierDossier(g, entry.node);
      expect(d.singlePointOfFailureFor, entry.node).toEqual(entry.singlePointOfFailureFor);
      expect(d.meanLoss).toBeCloseTo(entry.meanLoss, 12);
    }
  });

  it("carries each share's grade, and none where the data gives none", () => {
    const g = fixture();
    g.replaceEdgeAttributes("CN->magnet", { ...g.getEdgeAttributes("CN->magnet"), grade: "B" } as never);
    const grades = new Map(supplierDossier(g, "CN").supplies.map((s) => [s.node, s.grade]));
    expect(grades.get("magnet")).toBe("B");
    expect(grades.get("cell")).toBeUndefined();
  });

  it("refuses a node that supplies nothing by kind, and an unknown id, with a message", () => {
    expect(() => supplierDossier(fixture(), "wind")).toThrow(/"wind" is a sector/);
    expect(() => supplierDossier(fixture(), "XX")).toThrow(/no node "XX"/);
  });
});

describe("upstreamCountries", () => {
  it("ranks the countries a sector rests on along the whole chain, not only direct suppliers", () => {
    const rows = upstreamCountries(fixture(), "wind");
    // TW: fab -> chip -> wind falls to 0 (3 steps). CN 0.45 (above). FI: re-separated 0.9, magnet
    // 0.9, wind 0.9 + 0.5 x 0.1 = 0.95 -> 0.05 (FI -> re-separated -> magnet -> wind: 3 steps). JP: magnet supply 0.9 -> the same 0.05. KR is not upstream.
    expect(rows.map((r) => [r.country, r.depth, r.singlePointOfFailure, r.directShare])).toEqual([
      ["TW", 3, true, 0],
      ["CN", 2, false, 0],
      ["FI", 3, false, 0],
      ["JP", 2, false, 0],
    ]);
    expect(rows.map((r) => r.loss)).toEqual([1, expect.closeTo(0.45, 12), expect.closeTo(0.05, 12), expect.closeTo(0.05, 12)]);
    // On a supplied node the direct share shows next to the chain loss.
    expect(upstreamCountries(fixture(), "cell").map((r) => [r.country, r.loss, r.directShare])).toEqual([
      ["CN", 0.5, 0.5],
      ["KR", 0.5, 0.5],
    ]);
  });
});

describe("commodity cuts", () => {
  it("orders a material's stages upstream first and cuts every stage the supplier supplies", () => {
    const g = fixture();
    expect(materialStages(g, "rare-earths")).toEqual(["re-mined", "re-separated"]);
    expect(suppliedStages(g, "FI", "rare-earths")).toEqual(["re-separated"]);
    const cut = { commodity: { from: "CN", material: "rare-earths" }, severity: 1 };
    expect(commodityCuts(g, cut)).toEqual([
      { edge: { from: "CN", to: "re-mined" }, severity: 1 },
      { edge: { from: "CN", to: "re-separated" }, severity: 1 },
    ]);
    // CN still makes magnets and cells: wind 0.55 as before (re-separated binds), ev untouched.
    const r = runScenario(g, expandCuts(g, [cut]));
    expect(r.availability.get("re-separated")).toBeCloseTo(0.1, 12);
    expect(r.availability.get("wind")).toBeCloseTo(0.55, 12);
    expect(r.availability.get("ev")).toBe(1);
    // Adding CN's magnets as a one-node edge cut leaves wind at 0.55 (magnet is 0.1 either way).
    const both = runScenario(g, expandCuts(g, [cut, { edge: { from: "CN", to: "magnet" }, severity: 1 }]));
    expect(both.availability.get("magnet")).toBeCloseTo(0.1, 12);
  });

  it("says what to write instead for an unknown material or a supplier of none of its stages", () => {
    const g = fixture();
    expect(() => commodityCuts(g, { commodity: { from: "CN", material: "gold" }, severity: 1 })).toThrow(/no material "gold".*rare-earths/);
    expect(() => commodityCuts(g, { commodity: { from: "KR", material: "rare-earths" }, severity: 1 })).toThrow(/KR supplies no stage of rare-earths/);
  });
});
