// The metric commands on the mini fixture, whose answers are computed by hand in the comments,
// and a smoke run of each on the bundled data.
import { describe, expect, it } from "vitest";
import { computePercolation } from "../../src/engine/metrics/index.ts";
import { loadData } from "../../src/node/load-data.ts";
import { fixture, only, runBin, runIn } from "./helpers.ts";

const mini = only("mini");
const json = async (args: string[]) => {
  const r = await runIn([...args, ...mini, "--json"]);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
};

describe("concentration", () => {
  // cobalt-refined: CN 0.74, FI 0.10 -> HHI 74^2 + 10^2 = 5,576; WGI CN -0.5 -> 6, FI 1.5 -> 2:
  // HHI_WGI = 0.74^2 x 6 + 0.1^2 x 2 = 3.3056.
  it("of one node (subprocess, exact JSON)", async () => {
    const r = await runBin(["concentration", "cobalt-refined", ...mini, "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      node: "cobalt-refined",
      hhiCountry: 5576,
      hhiSupplier: 5576,
      topCountry: { id: "CN", share: 0.74 },
      coverage: 0.84,
      lowerBound: true,
      flags: { topShare: true, hhi: true },
      suppliers: [
        { id: "CN", share: 0.74, listed: true, site: null, grade: null, basis: null },
        { id: "FI", share: 0.1, listed: true, site: null, grade: null, basis: null },
      ],
      countries: [
        { id: "CN", share: 0.74, listed: true, site: null, grade: null, basis: null },
        { id: "FI", share: 0.1, listed: true, site: null, grade: null, basis: null },
      ],
      unresolved: [],
      hhiWgi: expect.closeTo(3.3056, 12),
      supplyRisk: expect.closeTo(3.3056, 12),
      supplyRiskMissing: ["IR", "HHI_WGI_EU", "EoL_RIR", "SI_SR"],
      defaultedWgi: [],
      fallbackWgi: -1,
      supplyRiskNote:
        "SR = HHI_WGI x (1 - EoL_RIR) x SI_SR on world shares (IR and EU sourcing not in the data); EoL_RIR missing, taken as 0, SI_SR missing, taken as 1: an upper bound",
    });
  });

  it("of all nodes, highest HHI first; companies folded into hosts", async () => {
    const rows = await json(["concentration", "--all"]);
    expect(rows.map((r: { node: string; hhiCountry: number }) => [r.node, r.hhiCountry])).toEqual([
      ["euv-scanner", 10000],
      ["advanced-chip", 8100],
      ["li-ion-cell", 5875],
      ["cobalt-refined", 5576],
      ["gnss-timing", 5000],
      ["cobalt-mined", 4900],
    ]);
    expect(rows[1].suppliers).toEqual([{ id: "tsmc", share: 0.9, listed: true, site: null, grade: null, basis: null }]);
    expect(rows[1].countries).toEqual([{ id: "TW", share: 0.9, listed: true, site: null, grade: null, basis: null }]);
    // GPS and Galileo have no shares: they split the whole equally.
    expect(rows[4].countries).toEqual([
      { id: "FR", share: 0.5, listed: false, site: null, grade: null, basis: null },
      { id: "US", share: 0.5, listed: false, site: null, grade: null, basis: null },
    ]);
  });

  it("needs a node or --all, and a supplied node", async () => {
    expect((await runIn(["concentration", ...mini])).code).toBe(2);
    const r = await runIn(["concentration", "electric-vehicles", ...mini]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/has no suppliers.*--all/);
  });
});

describe("centrality", () => {
  it("lists every node with degree, pagerank and betweenness (subprocess)", async () => {
    const r = await runBin(["centrality", ...mini, "--json", "--sort", "in"]);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout);
    expect(rows).toHaveLength(22);
    expect(rows[0]).toMatchObject({ node: "li-ion-cell", inDegree: 4, outDegree: 1 });
    expect(rows[1]).toMatchObject({ node: "cobalt-refined", inDegree: 3, outDegree: 1 });
    const sum = rows.reduce((s: number, x: { pagerank: number }) => s + x.pagerank, 0);
    expect(sum).toBeCloseTo(1, 5);
    expect(rows.find((x: { node: string }) => x.node === "asml")).toMatchObject({ inDegree: 0, outDegree: 2 });
  });
});

describe("centrality --percolation", () => {
  it("adds percolation (HHI_WGI-weighted sources), sorted by it, equal to the library's values", async () => {
    const rows = (await json(["centrality", "--sort", "percolation"])) as { node: string; percolation: number; betweenness: number }[];
    expect(rows).toHaveLength(22);
    const data = await loadData({ bundled: false, extra: [fixture("mini")] });
    if (!data.ok) throw new Error("mini fixture did not load");
    const library = computePercolation(data.graph);
    for (const r of rows) expect(r.percolation).toBeCloseTo(library.get(r.node)!, 6);
    for (let i = 1; i < rows.length; i++) expect(rows[i - 1]!.percolation).toBeGreaterThanOrEqual(rows[i]!.percolation);
    expect(rows[0]!.percolation).toBeGreaterThan(0);
    const plain = (await json(["centrality"])) as object[];
    expect(plain[0]).not.toHaveProperty("percolation");
  });
});

describe("partners", () => {
  // Default partners EU, JP, AU -> FI, FR, NL, JP in this data.
  it("measures exposure outside the partner set (subprocess)", async () => {
    const r = await runBin(["partners", "li-ion-cell", "cobalt-refined", ...mini, "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      partners: ["FI", "FR", "JP", "NL"],
      entries: [
        { node: "li-ion-cell", nonPartnerShare: 0.9, largestNonPartner: { id: "CN", share: 0.75 }, partnerShare: 0.05, unlistedShare: expect.closeTo(0.05, 12), unresolved: [] },
        { node: "cobalt-refined", nonPartnerShare: 0.74, largestNonPartner: { id: "CN", share: 0.74 }, partnerShare: 0.1, unlistedShare: expect.closeTo(0.16, 12), unresolved: [] },
      ],
    });
  });

  it("takes another partner set, and refuses an unknown one", async () => {
    const out = await json(["partners", "li-ion-cell", "--partners", "EU,JP,KR"]);
    expect(out.entries[0]).toMatchObject({ nonPartnerShare: 0.75, partnerShare: 0.2 });
    const bad = await runIn(["partners", ...mini, "--partners", "EU,XX"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/'XX' is neither a country id nor a bloc/);
  });
});

describe("scenario", () => {
  // DOMAIN.md worked example: cut CN -> cobalt-refined 0.26, li-ion-cell min(0.25, 0.26) = 0.25.
  it("cut CN --steady-state: electric vehicles at 25% (subprocess, exact JSON)", async () => {
    const r = await runBin(["scenario", "--cut", "CN", "--steady-state", ...mini, "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      preset: null,
      cuts: [{ node: "CN", severity: 1 }],
      converged: true,
      iterations: 2,
      sectors: [
        { sector: "electric-vehicles", label: "Electric vehicles", availability: 0.25, loss: 0.75, cause: "CN", path: ["CN", "li-ion-cell", "electric-vehicles"] },
        { sector: "electronics", label: "Electronics", availability: 1, loss: 0, cause: null, path: [] },
        { sector: "telecom", label: "Telecom", availability: 1, loss: 0, cause: null, path: [] },
      ],
      affected: [
        { node: "CN", availability: 0 },
        { node: "electric-vehicles", availability: 0.25 },
        { node: "li-ion-cell", availability: 0.25 },
        { node: "cobalt-refined", availability: 0.26 },
      ],
    });
  });

  // tsmc 50%: chip supply 0.9 x 0.5 + 0.1 = 0.55; the EUV scanner is untouched.
  it("tsmc=0.5 and percent severities; edge cuts", async () => {
    const half = await json(["scenario", "--cut", "tsmc=0.5", "--steady-state"]);
    expect(half.sectors.slice(0, 2).map((s: { sector: string; availability: number }) => [s.sector, s.availability])).toEqual([
      ["electronics", 0.55],
      ["telecom", 0.55],
    ]);
    const pct = await json(["scenario", "--cut", "tsmc=50%", "--steady-state"]);
    expect(pct.sectors).toEqual(half.sectors);
    // CN withholds only li-ion cells: the cobalt it refines still flows. Cells: 0.25, EV 0.25.
    const edge = await json(["scenario", "--cut", "CN->li-ion-cell", "--steady-state"]);
    expect(edge.affected.find((a: { node: string }) => a.node === "cobalt-refined")).toBeUndefined();
    expect(edge.sectors[0]).toMatchObject({ sector: "electric-vehicles", availability: 0.25 });
  });

  it("usage errors: bad severity, unknown node, unknown preset, nothing to cut", async () => {
    const severity = await runBin(["scenario", "--cut", "CN=7", ...mini]);
    expect(severity.code).toBe(2);
    expect(severity.stdout).toBe("");
    expect(severity.stderr).toMatch(/severity must be from 0 \(no cut\) to 1.*e\.g\. --cut CN=0\.5/);
    const node = await runIn(["scenario", "--cut", "tsmcc", ...mini]);
    expect(node.code).toBe(2);
    expect(node.stderr).toMatch(/unknown node in --cut 'tsmcc': did you mean 'tsmc'\?/);
    const preset = await runIn(["scenario", "--preset", "mars-attacks", ...mini]);
    expect(preset.code).toBe(2);
    expect(preset.stderr).toMatch(/no preset 'mars-attacks'; use one of: .*taiwan-blockade/);
    expect((await runIn(["scenario", ...mini])).code).toBe(2);
  });

  it("runs a preset", async () => {
    const out = await json(["scenario", "--preset", "taiwan-blockade", "--steady-state"]);
    expect(out.preset).toBe("taiwan-blockade");
    expect(out.sectors[0]).toMatchObject({ sector: "electronics", availability: expect.closeTo(0.1, 12), cause: "TW" });
  });

  // Without --months or --steady-state the scenario runs 12 months (issue 13): TW cut all year leaves
  // electronics at 0.1 each month, 0.9 x 12 = 10.8 output-months; the steady state's numbers match a month's.
  it("shows months by default: 12, the cut to the horizon", async () => {
    const out = await json(["scenario", "--preset", "taiwan-blockade"]);
    const electronics = out.sectors.find((s: { sector: string }) => s.sector === "electronics");
    expect(electronics.outputMonthsLost).toBeCloseTo(10.8, 9);
    expect(electronics.worstLoss).toBeCloseTo(0.9, 12);
    expect(out.nodes.find((n: { node: string }) => n.node === "electronics").availability).toHaveLength(12);
  });
});

describe("knockouts", () => {
  // NL (via asml, 100% of EUV scanners) zeroes electronics and telecom: mean loss 2/3, and the
  // two sectors tie for the worst (both listed; worstSector is the first by id).
  it("ranks single cuts in the steady state (subprocess)", async () => {
    const r = await runBin(["knockouts", ...mini, "--steady-state", "--json", "--top", "3"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toEqual([
      { rank: 1, node: "NL", label: "Netherlands", kind: "country", meanLoss: 2 / 3, worstLoss: 1, worstSector: "electronics", worstSectors: ["electronics", "telecom"], sectorsAffected: 2, singlePointOfFailureFor: ["electronics", "telecom"], converged: true },
      { rank: 2, node: "asml", label: "ASML", kind: "company", meanLoss: 2 / 3, worstLoss: 1, worstSector: "electronics", worstSectors: ["electronics", "telecom"], sectorsAffected: 2, singlePointOfFailureFor: ["electronics", "telecom"], converged: true },
      { rank: 3, node: "TW", label: "Taiwan", kind: "country", meanLoss: 0.6, worstLoss: 0.9, worstSector: "electronics", worstSectors: ["electronics", "telecom"], sectorsAffected: 2, singlePointOfFailureFor: [], converged: true },
    ]);
  });
});

describe("knockouts by default", () => {
  // 6 months by default (issue 13): NL zeroes electronics and telecom for 6 months = 12 output-months;
  // TW leaves chips at 0.1, 0.9 x 2 sectors x 6 = 10.8.
  it("cuts each node for 6 months and ranks by output-months", async () => {
    const rows = JSON.parse((await runIn(["knockouts", ...mini, "--json", "--top", "3"])).stdout);
    expect(rows.map((e: { node: string }) => e.node)).toEqual(["NL", "asml", "TW"]);
    expect(rows[0].outputMonthsLost).toBeCloseTo(12, 9);
    expect(rows[2].outputMonthsLost).toBeCloseTo(10.8, 9);
    expect((await runIn(["knockouts", ...mini, "--months", "2", "--steady-state"])).code).toBe(2);
  });
});

describe("dominators", () => {
  it("per sector and for all (subprocess)", async () => {
    const r = await runBin(["dominators", "--all", ...mini, "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([
      { sector: "electric-vehicles", dominators: ["li-ion-cell"] },
      { sector: "electronics", dominators: ["advanced-chip"] },
      // telecom needs chips and GNSS timing: two paths, so nothing dominates.
      { sector: "telecom", dominators: [] },
    ]);
    expect(await json(["dominators", "electronics"])).toEqual({ sector: "electronics", dominators: ["advanced-chip"] });
    const notSector = await runIn(["dominators", "tsmc", ...mini]);
    expect(notSector.code).toBe(2);
    expect(notSector.stderr).toMatch(/'tsmc' is a company, not a sector; sectors: electric-vehicles, electronics, telecom/);
  });
});

describe("crma", () => {
  // CN 74% of refined cobalt and CD 70% of mined cobalt: both over 65%, both third countries.
  it("lists breaches; --fail-on breach exits 1 (subprocess)", async () => {
    // The mini fixture marks no material strategic: --all-materials checks them all.
    const r = await runBin(["crma", ...mini, "--all-materials", "--json", "--fail-on", "breach"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({
      benchmark: 0.65,
      bloc: "EU",
      coalition: false,
      checked: 2,
      scope: "all-materials",
      perspective: "world",
      breaches: [
        { node: "cobalt-refined", material: "cobalt", stage: "refining", country: "CN", share: 0.74, used: "world" },
        { node: "cobalt-mined", material: "cobalt", stage: "mining", country: "CD", share: 0.7, used: "world" },
      ],
    });
    expect(r.stderr).toMatch(/2 CRMA breach\(es\)/);
    expect((await runIn(["crma", ...mini, "--all-materials"])).code).toBe(0);
    // By default only strategic materials (none in mini) are checked.
    expect(JSON.parse((await runIn(["crma", ...mini, "--json"])).stdout)).toMatchObject({ checked: 0, breaches: [] });
  });

  it("--coalition with CN as a partner leaves one breach", async () => {
    const out = await json(["crma", "--all-materials", "--coalition", "--partners", "EU,CN"]);
    expect(out.breaches).toEqual([{ node: "cobalt-mined", material: "cobalt", stage: "mining", country: "CD", share: 0.7, used: "world" }]);
    expect(out.breachesWithoutCoalition).toBe(2);
  });
});

describe("explain", () => {
  it("gathers one node's relations and metrics (subprocess)", async () => {
    const r = await runBin(["explain", "cobalt-refined", ...mini, "--json"]);
    expect(r.code).toBe(0);
    const e = JSON.parse(r.stdout);
    expect(e.node).toEqual({ kind: "material", id: "cobalt-refined", label: "Cobalt (refined)", material: "cobalt", stage: "refining" });
    expect(e.suppliers).toEqual([
      { id: "CN", label: "China", value: 0.74, year: 2024, source: "Mini source B" },
      { id: "FI", label: "Finland", value: 0.1, year: 2024, source: null },
    ].map((x) => (x.source === null ? { id: x.id, label: x.label, value: x.value, year: x.year } : x)));
    expect(e.inputs).toEqual([{ id: "cobalt-mined", label: "Cobalt (mined)", value: 0 }]);
    expect(e.risk).toMatchObject({ rank: 4, of: 6 });
    expect(e.upstream).toEqual([
      { id: "CN", depth: 1 },
      { id: "FI", depth: 1 },
      { id: "cobalt-mined", depth: 1 },
      { id: "CD", depth: 2 },
    ]);
    expect(e.downstreamSectors).toEqual(["electric-vehicles"]);
  });

  it("finds a node by label and explains a country's knock-out", async () => {
    const e = await json(["explain", "taiwan"]);
    expect(e.node.id).toBe("TW");
    expect(e.knockout).toEqual([
      { sector: "electronics", loss: 0.9, path: ["TW", "tsmc", "advanced-chip", "electronics"] },
      { sector: "telecom", loss: 0.9, path: ["TW", "tsmc", "advanced-chip", "telecom"] },
    ]);
    const unknown = await runIn(["explain", "taiwn", ...mini]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown node 'taiwn'/);
  });
});

describe("on the bundled data (smoke)", () => {
  it.each([
    ["risk"],
    ["concentration", "--all"],
    ["centrality", "--top", "5"],
    ["partners", "--top", "5"],
    ["scenario", "--preset", "china-stops-exporting"],
    ["dominators", "--all"],
    ["crma"],
    ["explain", "CN"],
  ])("%s exits 0 with parseable JSON", async (...args) => {
    const r = await runIn([...args, "--json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
  });

  it("knockouts (subprocess)", async () => {
    const r = await runBin(["knockouts", "--json", "--top", "5"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveLength(5);
  });
});
