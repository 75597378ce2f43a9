// Issue 12's edge fields (grade, basis, low/high, site, dependence, substitutionMonths) through CSV,
// and the sourcing / import-reliance / event lists through the JSON export.
import { describe, expect, it } from "vitest";
import { exportCsv, exportJson, importCsv, importJson } from "../../src/io/index.ts";
import { loadDataset } from "../../src/load/index.ts";
import type { Dataset } from "../../src/schema/dataset.ts";
import { loadDraft } from "./helpers.ts";

const src = { citation: "USGS Mineral Commodity Summaries 2025" };
const data = {
  nodes: [
    { kind: "country", id: "JP", label: "Japan", blocs: [], governance: { wgi: 1.37, year: 2022, grade: "C", source: src } },
    { kind: "country", id: "US", label: "United States", blocs: [] },
    { kind: "company", id: "wd", label: "Western Digital" },
    { kind: "component", id: "nand", label: "NAND" },
    { kind: "component", id: "ssd", label: "SSD" },
  ],
  edges: [
    { kind: "supplies", from: "wd", to: "nand", share: 0.107, low: 0.1, high: 0.12, basis: "revenue", site: "JP", grade: "B", year: 2024, source: src },
    { kind: "located_in", from: "wd", to: "US" },
    { kind: "input", from: "nand", to: "ssd", substitutability: 0, dependence: 0.8, substitutionMonths: 18, grade: "C", note: "Judgement: test" },
  ],
  sourcing: [{ importer: "JP", node: "nand", from: "US", share: 0.3, basis: "trade-value", year: 2024, source: src, grade: "A" }],
  importReliance: [{ importer: "JP", node: "nand", value: 0.5, year: 2024, source: src, grade: "A" }],
  events: [{ id: "ev", label: "A licence", kind: "export-control", imposer: "US", nodes: ["nand"], start: "2024-01", year: 2024, source: src, grade: "A" }],
};

function load(): Dataset {
  const r = loadDataset([{ path: "a.json", text: JSON.stringify(data) }]);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.dataset;
}

describe("new fields in exports", () => {
  it("CSV carries grade, basis, low, high, site, dependence and substitutionMonths, typed, both ways", () => {
    const dataset = load();
    const csv = exportCsv(dataset);
    expect(csv.edges.split("\n")[0]).toContain("share,low,high,basis,site,grade,substitutability,dependence,substitutionMonths");
    const back = loadDraft(importCsv(csv));
    expect(back.edges.find((e) => e.kind === "supplies")).toEqual(dataset.edges.find((e) => e.kind === "supplies"));
    expect(back.edges.find((e) => e.kind === "input")).toMatchObject({ dependence: 0.8, substitutionMonths: 18, grade: "C" });
    expect(back.nodes.find((n) => n.id === "JP")).toMatchObject({ governance: { wgi: 1.37, grade: "C" } });
  });

  it("JSON round-trips the sourcing, import-reliance and event lists", () => {
    const dataset = load();
    const back = loadDraft(importJson(exportJson(dataset)));
    expect(back.sourcing).toEqual(dataset.sourcing);
    expect(back.importReliance).toEqual(dataset.importReliance);
    expect(back.events).toEqual(dataset.events);
    expect(back.events).toHaveLength(1);
  });
});
