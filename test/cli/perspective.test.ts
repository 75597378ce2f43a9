// --perspective, n1, concentration --method eu and crma's list on the issue-14 fixture.
import { describe, expect, it } from "vitest";
import { only, runIn } from "./helpers.ts";

const risk = only("risk");

describe("--perspective on the CLI", () => {
  it("scenario under KR cuts Japan's share of Korea's sourcing and says which nodes use it", async () => {
    const r = await runIn(["scenario", "--cut", "JP", "--perspective", "KR", "--steady-state", ...risk, "--json"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/perspective KR: KR's sourcing shares for 1 node\(s\) \(hf\); world shares elsewhere/);
    const out = JSON.parse(r.stdout);
    const electronics = out.sectors.find((s: { sector: string }) => s.sector === "electronics");
    expect(electronics.loss).toBeCloseTo(0.32, 6);
  });

  it("an unknown perspective is a usage error naming the known ones", async () => {
    const r = await runIn(["n1", "--perspective", "NL", ...risk]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown perspective 'NL'.*EU, KR/);
  });

  it("n1 --json gives per-stage and chain values", async () => {
    const r = await runIn(["n1", ...risk, "--json"]);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout);
    expect(rows.map((x: { material: string }) => x.material)).toEqual(["hf", "cobalt"]);
    expect(rows[1]).toMatchObject({ country: "CN", stage: "cobalt-refined", share: 0.74 });
  });

  it("concentration --method eu prints every term of SR", async () => {
    const r = await runIn(["concentration", "cobalt-refined", "--method", "eu", ...risk, "--json"]);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout);
    const refined = rows.find((x: { node: string }) => x.node === "cobalt-refined");
    expect(refined).toMatchObject({ ir: 0.8, eolRir: 0.22, siSr: 0.9, importerMix: "sourcing", assumptions: [] });
    expect(refined.sr).toBeCloseTo(1.273653, 6);
    expect(rows.find((x: { node: string }) => x.node === "cobalt-mined").bottleneck).toBe(true);
  });

  it("concentration NODE under --perspective EU says which shares its SR line used", async () => {
    const r = await runIn(["concentration", "cobalt-refined", "--perspective", "EU", ...risk, "--json"]);
    expect(r.code).toBe(0);
    const row = JSON.parse(r.stdout);
    // EU sourcing FI 0.62, BE 0.29, CN 0.02, CD 0.02 at WGI 0..10 of 2, 3, 6, 8 (estimates 1.5, 1.0, -0.5, -1.5):
    // 0.3844 x 2 + 0.0841 x 3 + 0.0004 x 6 + 0.0004 x 8 = 1.0267; SR = 1.0267 x (1 - 0.22) x 0.9 = 0.7207434.
    expect(row.hhiWgi).toBeCloseTo(1.0267, 12);
    expect(row.supplyRisk).toBeCloseTo(0.7207434, 12);
    expect(row.supplyRiskMissing).toEqual(["IR", "HHI_WGI_global"]);
    expect(row.supplyRiskNote).toMatch(/^SR = HHI_WGI x \(1 - EoL_RIR\) x SI_SR on EU sourcing shares \(perspective EU; IR and the global term not used/);
    const mined = JSON.parse((await runIn(["concentration", "cobalt-mined", "--perspective", "EU", ...risk, "--json"])).stdout);
    expect(mined.supplyRiskNote).toMatch(/on world shares \(perspective EU: no EU sourcing for this node; IR not used\)/);
    const table = await runIn(["concentration", "cobalt-refined", "--perspective", "EU", ...risk]);
    expect(table.stdout).toMatch(/on EU sourcing shares/);
    expect(table.stdout).not.toMatch(/on world shares/);
  });

  it("crma checks the strategic materials, and the EU's sourcing under --perspective EU", async () => {
    const world = JSON.parse((await runIn(["crma", ...risk, "--json"])).stdout);
    expect(world).toMatchObject({ scope: "strategic", checked: 2 });
    const eu = JSON.parse((await runIn(["crma", ...risk, "--all-materials", "--perspective", "EU", "--json"])).stdout);
    expect(eu.breaches.map((b: { node: string }) => b.node)).toEqual(["hf", "cobalt-mined"]);
  });
});

describe("--uncertainty and --sensitivity on the CLI", () => {
  it("risk --uncertainty gives rank intervals, reproducible by seed", async () => {
    const args = ["risk", "--uncertainty", "--draws", "200", "--seed", "4", ...risk, "--json"];
    const a = await runIn(args);
    expect(a.code).toBe(0);
    const rows = JSON.parse(a.stdout);
    expect(rows[0]).toMatchObject({ key: "hf|rank", point: 1 }); // HHI 6,500 x 1 of 2 sectors
    for (const r of rows) expect(r.p5).toBeLessThanOrEqual(r.p95);
    expect((await runIn(args)).stdout).toBe(a.stdout);
  });

  it("scenario --months --uncertainty gives intervals of output-months lost", async () => {
    const r = await runIn(["scenario", "--cut", "JP", "--months", "6", "--duration", "3", "--uncertainty", "--draws", "100", ...risk, "--json"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/values: output-months lost over 6 months/);
    const electronics = JSON.parse(r.stdout).find((x: { key: string }) => x.key === "electronics");
    // Steady loss 0.64 (JP 80% of hf, substitutability 0.2 into memory chips) for the 3 months of the cut.
    expect(electronics.point).toBeCloseTo(1.92, 9);
    expect(electronics.p5).toBeLessThan(electronics.point);
    expect(electronics.p95).toBeGreaterThan(electronics.point);
  });

  it("scenario --sensitivity names the input that moves the loss most", async () => {
    const r = await runIn(["scenario", "--cut", "JP", "--perspective", "KR", "--sensitivity", "electronics", "--steady-state", ...risk, "--json"]);
    expect(r.code).toBe(0);
    const t = JSON.parse(r.stdout);
    expect(t.point).toBeCloseTo(0.32, 6);
    // The default is the months view: the same loss held for the 12-month horizon, in output-months.
    const months = JSON.parse((await runIn(["scenario", "--cut", "JP", "--perspective", "KR", "--sensitivity", "electronics", ...risk, "--json"])).stdout);
    expect(months.point).toBeCloseTo(0.32 * 12, 9);
    expect(t.bars[0]).toMatchObject({ atLow: 0.24, atHigh: 0.4, swing: expect.closeTo(0.16, 12) });
    const bad = await runIn(["scenario", "--cut", "JP", "--sensitivity", "nothing", ...risk]);
    expect(bad.code).toBe(2);
  });
});
