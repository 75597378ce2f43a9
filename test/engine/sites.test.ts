// Production sites (issue 12, item 5): a company's supply folds into the country it is made in,
// falling back to the headquarters; the WGI fallback for unscored suppliers is weak governance.
import { describe, expect, it } from "vitest";
import { computeConcentration } from "../../src/engine/metrics/index.ts";
import { governanceWeighted } from "../../src/engine/metrics/index.ts";
import { buildGraph } from "../../src/model/graph.ts";
import type { Edge } from "../../src/schema/edges.ts";
import { resolveSettings } from "../../src/schema/settings.ts";
import { company, country, graphOf, locatedIn, material, supplies } from "./_graphs.ts";

// NAND: wd (HQ US, made in JP) 0.2, kioxia (JP) 0.3, samsung (KR) 0.4; 0.1 unlisted.
const sited = (from: string, to: string, share: number, site: string): Edge => ({ kind: "supplies", from, to, share, site });
const nand = () =>
  graphOf(
    [country("US", { governance: { wgi: 1 } }), country("JP", { governance: { wgi: 1.5 } }), country("KR"), company("wd"), company("kioxia"), company("samsung"), material("nand")],
    [sited("wd", "nand", 0.2, "JP"), supplies("kioxia", "nand", 0.3), supplies("samsung", "nand", 0.4), locatedIn("wd", "US"), locatedIn("kioxia", "JP"), locatedIn("samsung", "KR")],
  );

describe("production sites in the country fold", () => {
  it("folds a sited supply into its site, the rest into their hosts (HHI by hand)", () => {
    const c = computeConcentration(nand(), "nand", resolveSettings());
    // JP = 0.2 (wd, site) + 0.3 (kioxia) = 0.5; KR 0.4; US nothing.
    expect(c.countries.map((e) => [e.id, Number(e.share.toFixed(12))])).toEqual([["JP", 0.5], ["KR", 0.4]]);
    expect(c.hhiCountry).toBeCloseTo(50 ** 2 + 40 ** 2, 9); // 4,100; with wd in the US it is 2,900 (next test)
    expect(c.hhiSupplier).toBeCloseTo(20 ** 2 + 30 ** 2 + 40 ** 2, 9); // 2,900: suppliers are unchanged
    expect(c.suppliers.find((s) => s.id === "wd")?.site).toBe("JP");
  });

  it("without a site the same supply folds into the headquarters", () => {
    const g = graphOf(
      [country("US"), country("JP"), country("KR"), company("wd"), company("kioxia"), company("samsung"), material("nand")],
      [supplies("wd", "nand", 0.2), supplies("kioxia", "nand", 0.3), supplies("samsung", "nand", 0.4), locatedIn("wd", "US"), locatedIn("kioxia", "JP"), locatedIn("samsung", "KR")],
    );
    const c = computeConcentration(g, "nand", resolveSettings());
    expect(c.hhiCountry).toBeCloseTo(40 ** 2 + 30 ** 2 + 20 ** 2, 9); // 2,900
    expect(c.countries.map((e) => e.id)).toEqual(["KR", "JP", "US"]);
  });

  it("uses the site on graphology's path too (ids that look like array indices)", () => {
    const g = buildGraph({
      nodes: [country("JP"), country("US"), company("wd"), material("2024")],
      edges: [sited("wd", "2024", 0.6, "JP"), locatedIn("wd", "US")],
    });
    const c = computeConcentration(g, "2024", resolveSettings());
    expect(c.countries.map((e) => [e.id, e.share])).toEqual([["JP", 0.6]]);
  });

  it("governance weighs the site country: HHI_WGI = 0.5^2 x 2 + 0.4^2 x 7 by hand", () => {
    // JP wgi 1.5 -> 5 - 3 = 2; KR has no score -> the fallback -1.0 -> 7.
    const r = governanceWeighted(nand(), "nand");
    expect(r.hhiWgi).toBeCloseTo(0.25 * 2 + 0.16 * 7, 12); // 1.62
    expect(r.defaulted).toEqual(["KR"]);
    expect(r.fallbackWgi).toBe(-1);
  });
});

describe("the WGI fallback", () => {
  it("defaults to -1.0 (7 of 10), so a missing score never counts as good governance", () => {
    expect(resolveSettings().defaultWgi).toBe(-1);
    const g = graphOf([country("KP"), country("CN", { governance: { wgi: -0.33 } }), material("m")], [supplies("KP", "m", 0.5), supplies("CN", "m", 0.5)]);
    const r = governanceWeighted(g, "m");
    const kp = r.countries.find((c) => c.id === "KP")!;
    const cn = r.countries.find((c) => c.id === "CN")!;
    expect(kp).toMatchObject({ wgiEstimate: -1, wgiScaled: 7, defaulted: true });
    expect(kp.wgiScaled).toBeGreaterThan(cn.wgiScaled); // 7 > 5.66: unscored is never better than China
    expect(r.defaulted).toEqual(["KP"]);
  });
});
