// Concentration, governance weighting, partner exposure, CRMA and the coalition view, by hand.
import { describe, expect, it } from "vitest";
import { coalitionView, crmaCheck } from "../../src/engine/metrics/crma.ts";
import { computeConcentration, concentrationAll } from "../../src/engine/metrics/concentration.ts";
import { governanceWeighted, scaleWgi, supplyRiskBottlenecks } from "../../src/engine/metrics/governance.ts";
import { partnerExposure, partnerSet } from "../../src/engine/metrics/partners.ts";
import { resolveSettings } from "../../src/schema/settings.ts";
import { company, country, graphOf, input, locatedIn, material, sector, supplies } from "./_graphs.ts";

// 5 nodes: CN 60%, acme (in AU) 20%, AU 10%, 10% unlisted; m feeds one sector.
const five = () =>
  graphOf(
    [country("CN", { governance: { wgi: -0.5 } }), country("AU", { governance: { wgi: 1.5 } }), company("acme"), material("m", { material: "m", stage: "refining", eolRir: 0.2, substitutionIndex: 0.9 }), sector("s")],
    [supplies("CN", "m", 0.6), supplies("acme", "m", 0.2), supplies("AU", "m", 0.1), locatedIn("acme", "AU"), input("m", "s")],
  );

describe("concentration", () => {
  it("keeps its keys in the order JSON output shows them", () => {
    const keys = ["node", "suppliers", "supplierCount", "countries", "coverage", "lowerBound", "hhiSupplier", "hhiCountry", "top", "unresolved", "flags"];
    expect(Object.keys(computeConcentration(five(), "m", resolveSettings()))).toEqual(keys);
    expect(Object.keys(concentrationAll(five())[0]!)).toEqual(keys);
  });

  it("computes supplier and country HHI, coverage and flags on a 5-node example", () => {
    const c = computeConcentration(five(), "m", resolveSettings());
    expect(c.hhiSupplier).toBeCloseTo(60 ** 2 + 20 ** 2 + 10 ** 2, 9); // 4,100
    expect(c.hhiCountry).toBeCloseTo(60 ** 2 + 30 ** 2, 9); // 4,500: acme folds into AU
    expect(c.countries.map((x) => x.id)).toEqual(["CN", "AU"]);
    expect(c.countries[1]!.share).toBeCloseTo(0.3, 12);
    expect(c.top).toMatchObject({ id: "CN", share: 0.6 });
    expect(c.supplierCount).toBe(3);
    expect(c.coverage).toBeCloseTo(0.9, 12);
    expect(c.lowerBound).toBe(true);
    expect(c.flags).toEqual({ topShare: false, hhi: true });
    expect(computeConcentration(five(), "m", resolveSettings({ thresholds: { topShare: 0.6, hhi: 5000 } })).flags).toEqual({
      topShare: true,
      hhi: false,
    });
  });

  it("splits what listed shares leave equally between unlisted suppliers", () => {
    const g = graphOf([country("US"), country("EE"), country("RU"), material("x")], [supplies("US", "x", 0.4), supplies("EE", "x"), supplies("RU", "x")]);
    const c = computeConcentration(g, "x", resolveSettings());
    expect(c.countries.map((e) => [e.id, e.share, e.listed])).toEqual([
      ["US", 0.4, true],
      ["EE", 0.3, false],
      ["RU", 0.3, false],
    ]);
    expect(c.lowerBound).toBe(false);
    expect(c.hhiCountry).toBeCloseTo(1600 + 900 + 900, 9);
  });

  it("lists every supplied node, highest HHI first", () => {
    const g = graphOf(
      [country("CN"), country("US"), material("a"), material("b"), sector("s")],
      [supplies("CN", "a", 0.5), supplies("US", "a", 0.5), supplies("CN", "b", 0.9), input("a", "s")],
    );
    expect(concentrationAll(g).map((c) => [c.node, Math.round(c.hhiCountry)])).toEqual([
      ["b", 8100],
      ["a", 5000],
    ]);
  });
});

describe("governance weighting", () => {
  it("rescales WGI to 0..10 with 10 the worst, clamped", () => {
    expect(scaleWgi(0)).toBe(5);
    expect(scaleWgi(-2.5)).toBe(10);
    expect(scaleWgi(2.5)).toBe(0);
    expect(scaleWgi(-3)).toBe(10);
    expect(scaleWgi(1.5)).toBe(2);
  });

  it("weights squared country shares by scaled WGI and reduces SR to world shares", () => {
    const r = governanceWeighted(five(), "m", {});
    // CN: 0.6^2 x (5 + 1) = 2.16; AU: 0.3^2 x (5 - 3) = 0.18
    expect(r.hhiWgi).toBeCloseTo(2.34, 12);
    expect(r.countries.map((c) => [c.id, c.wgiScaled, c.defaulted])).toEqual([
      ["CN", 6, false],
      ["AU", 2, false],
    ]);
    expect(r.defaulted).toEqual([]);
    expect(r.supplyRisk).toBeCloseTo(2.34 * 0.8 * 0.9, 12);
    expect(r.missing).toEqual(["IR", "HHI_WGI_EU"]);
  });

  it("lists countries on the default WGI and the SR inputs that were missing", () => {
    const g = graphOf([country("CD"), country("FI", { governance: { wgi: 2 } }), material("co")], [supplies("CD", "co", 0.5), supplies("FI", "co", 0.5)]);
    const r = governanceWeighted(g, "co", { defaultWgi: -1 });
    expect(r.defaulted).toEqual(["CD"]);
    expect(r.countries[0]).toMatchObject({ id: "CD", wgiEstimate: -1, wgiScaled: 7, defaulted: true });
    expect(r.hhiWgi).toBeCloseTo(0.25 * 7 + 0.25 * 1, 12);
    expect(r.missing).toEqual(["IR", "HHI_WGI_EU", "EoL_RIR", "SI_SR"]);
    expect(r.supplyRisk).toBeCloseTo(2, 12); // EoL_RIR taken as 0, SI_SR as 1: an upper bound
    expect(r.note).toMatch(/upper bound/);
  });

  it("names the stage with the higher supply risk as the bottleneck", () => {
    const g = graphOf(
      [country("CD"), country("CN"), country("FI", { governance: { wgi: 2 } }), material("co-mined", { material: "cobalt", stage: "mining" }), material("co-refined", { material: "cobalt", stage: "refining" })],
      [supplies("CD", "co-mined", 0.7), supplies("FI", "co-mined", 0.3), supplies("CN", "co-refined", 0.8), supplies("FI", "co-refined", 0.2)],
    );
    const [b] = supplyRiskBottlenecks(g);
    expect(b).toMatchObject({ material: "cobalt", bottleneck: "co-refined" });
  });
});

describe("partner exposure", () => {
  const g = () =>
    graphOf(
      [country("FR", { blocs: ["EU"] }), country("DE"), country("JP", { blocs: ["G7"] }), country("AU"), country("US", { partner: true, blocs: ["G7"] }), country("CN"), country("KR"), company("jx"), material("m")],
      [locatedIn("jx", "JP"), supplies("CN", "m", 0.5), supplies("jx", "m", 0.2), supplies("FR", "m", 0.1), supplies("KR", "m", 0.05)],
    );

  it("expands bloc names, EU-27 codes and partner: true into country ids", () => {
    expect([...partnerSet(g())].sort()).toEqual(["AU", "DE", "FR", "JP", "US"]);
    expect([...partnerSet(g(), { partners: ["G7"] })].sort()).toEqual(["JP", "US"]);
  });

  it("splits supply into partner, non-partner and unlisted, with the largest non-partner", () => {
    const e = partnerExposure(g(), "m");
    expect(e.partnerShare).toBeCloseTo(0.3, 12); // jx folds into JP, plus FR
    expect(e.nonPartnerShare).toBeCloseTo(0.55, 12);
    expect(e.unlistedShare).toBeCloseTo(0.15, 12);
    expect(e.largestNonPartner).toEqual({ id: "CN", share: 0.5 });
  });
});

describe("CRMA benchmark and coalition view", () => {
  const g = () =>
    graphOf(
      [country("JP"), country("CN"), country("FR", { blocs: ["EU"] }), material("ga", { material: "gallium", stage: "refining" }), material("w"), material("b"), material("edge")],
      [
        supplies("JP", "ga", 0.7),
        supplies("CN", "ga", 0.2),
        supplies("CN", "w", 0.8),
        supplies("FR", "b", 0.9),
        supplies("CN", "edge", 0.65),
      ],
    );

  it("flags a single third country above 65%, not an EU member and not exactly 65%", () => {
    const r = crmaCheck(g(), {});
    expect(r.checked).toBe(4);
    expect(r.breaches).toEqual([
      { node: "w", material: "w", stage: undefined, country: "CN", share: 0.8 },
      { node: "ga", material: "gallium", stage: "refining", country: "JP", share: 0.7 },
    ]);
  });

  it("removes the breach of a partner once the coalition is merged", () => {
    expect(crmaCheck(g(), {}, { coalition: true }).breaches.map((b) => b.node)).toEqual(["w"]);
    const view = coalitionView(g(), {});
    expect(view.breachesBefore).toHaveLength(2);
    expect(view.remaining).toBe(1);
    expect(view.breachesRemaining[0]).toMatchObject({ node: "w", country: "CN" });
    const ga = view.entries.find((e) => e.node === "ga")!;
    expect(ga.countries.map((c) => [c.id, c.share])).toEqual([
      ["partners", 0.7],
      ["CN", 0.2],
    ]);
    expect(ga.hhiCoalition).toBeCloseTo(4900 + 400, 9);
    expect(ga.exposure.largestNonPartner).toEqual({ id: "CN", share: 0.2 });
  });

  it("takes the bloc from options", () => {
    expect(crmaCheck(g(), {}, { bloc: "G7" }).breaches.map((b) => b.country)).toEqual(["FR", "CN", "JP"]); // by share, highest first
  });
});
