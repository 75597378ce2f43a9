// The euFactors layer (EoL-RIR, SI_SR and the global term's t per material node): what loads, the
// checks with their paths, and SR computed by hand from factors that come only from the layer.
import { describe, expect, it } from "vitest";
import { euSupplyRisk } from "../../src/engine/perspective/index.ts";
import { loadDataset, type LoadIssue } from "../../src/load/index.ts";
import { buildGraph } from "../../src/model/index.ts";
import { COBALT, file, source } from "./helpers.ts";

const cited = { year: 2023, source, grade: "C", note: "test" };
const CN = { kind: "country", id: "CN", label: "China", governance: { wgi: -0.5 } };
const CD = { kind: "country", id: "CD", label: "DR Congo", governance: { wgi: -1.5 } };
const FI = { kind: "country", id: "FI", label: "Finland", blocs: ["EU"], governance: { wgi: 1.5 } };
const nodes = [CN, CD, FI, COBALT];
const edges = [
  { kind: "supplies", from: "CD", to: "cobalt-mined", share: 0.6 },
  { kind: "supplies", from: "CN", to: "cobalt-mined", share: 0.2 },
];
const factors = [
  { node: "cobalt-mined", factor: "eolRir", value: 0.2, ...cited },
  { node: "cobalt-mined", factor: "siSr", value: 0.9, ...cited },
  { node: "cobalt-mined", factor: "t", country: "CD", value: 1.1, ...cited },
];
const sourcing = [
  { importer: "EU", node: "cobalt-mined", from: "FI", share: 0.5, t: 0.8, basis: "trade-weight", ...cited },
  { importer: "EU", node: "cobalt-mined", from: "CD", share: 0.3, basis: "trade-weight", ...cited },
];

function issuesOf(content: unknown): Pick<LoadIssue, "path" | "message">[] {
  const result = loadDataset([file("a.json", content)]);
  if (result.ok) throw new Error("expected the data to be rejected");
  return result.issues.map(({ path, message }) => ({ path, message }));
}

describe("euFactors", () => {
  it("enter SR term by term (hand-computed)", () => {
    const result = loadDataset([file("a.json", { nodes, edges, sourcing, importReliance: [{ importer: "EU", node: "cobalt-mined", value: 0.8, ...cited }], euFactors: factors })]);
    if (!result.ok) throw new Error(result.issues.map((i) => i.message).join("; "));
    const sr = euSupplyRisk(buildGraph(result.dataset), "cobalt-mined")!;
    // WGI 0..10: CD 5 - 2 x -1.5 = 8, CN 6, FI 2. t: CD 1.1 (layer) in both terms, FI 0.8 (sourcing), CN 1 (assumed).
    // global: 0.6^2 x 8 x 1.1 + 0.2^2 x 6 x 1 = 3.168 + 0.24 = 3.408
    // EU:     0.5^2 x 2 x 0.8 + 0.3^2 x 8 x 1.1 = 0.4 + 0.792 = 1.192
    // SR = (3.408 x 0.8/2 + 1.192 x (1 - 0.8/2)) x (1 - 0.2) x 0.9 = 2.0784 x 0.72 = 1.496448
    expect(sr.hhiWgiGlobal).toBeCloseTo(3.408, 12);
    expect(sr.hhiWgiImporter).toBeCloseTo(1.192, 12);
    expect([sr.ir, sr.eolRir, sr.siSr]).toEqual([0.8, 0.2, 0.9]);
    expect(sr.sr).toBeCloseTo(1.496448, 12);
    expect(sr.assumptions).toEqual(["t = 1 for CN in the global term (no t in the data)"]);
    expect(sr.sources).toEqual([
      "t of CD in the global term: USGS Mineral Commodity Summaries 2025 (2023, grade C)",
      "IR 0.8: USGS Mineral Commodity Summaries 2025 (2023, grade C)",
      "EoL_RIR 0.2: USGS Mineral Commodity Summaries 2025 (2023, grade C)",
      "SI_SR 0.9: USGS Mineral Commodity Summaries 2025 (2023, grade C)",
    ]);
  });

  it("a node's own eolRir wins over the layer's", () => {
    const result = loadDataset([file("a.json", { nodes: [CN, CD, FI, { ...COBALT, eolRir: 0.5 }], edges, euFactors: factors })]);
    if (!result.ok) throw new Error(result.issues.map((i) => i.message).join("; "));
    const sr = euSupplyRisk(buildGraph(result.dataset), "cobalt-mined")!;
    expect(sr.eolRir).toBe(0.5);
    expect(sr.sources).toContain("EoL_RIR 0.5: the node's eolRir");
  });

  it("name the wrong node kind, a t without its country, repeats and out-of-range values at their paths", () => {
    expect(
      issuesOf({
        nodes,
        edges,
        euFactors: [
          factors[0],
          { ...factors[0], value: 0.3 },
          { node: "CN", factor: "siSr", value: 0.5, ...cited },
          { node: "cobalt-mined", factor: "t", value: 1, ...cited },
          { node: "cobalt-mined", factor: "t", country: "DE", value: 1, ...cited },
          { node: "cobalt-mined", factor: "eolRir", value: 1.2, ...cited },
        ],
      }),
    ).toEqual([
      { path: "$.euFactors[3].country", message: "a t factor names its country, and only a t factor does" },
      { path: "$.euFactors[5].value", message: "eolRir and siSr lie in 0..1, t in 0.5..1.5" },
      { path: "$.euFactors[1]", message: "duplicate eolRir of 'cobalt-mined' (first in a.json at $.euFactors[0])" },
      { path: "$.euFactors[2].node", message: "EU method factor of 'CN' is a country (must be one of: material)" },
      { path: "$.euFactors[4].country", message: "t of 'DE', a node that does not exist" },
    ]);
  });
});
