// The README's dataset table must be what the bundled data gives (regenerate it with
// `npx tsx test/data/dataset-table.ts` and paste it between the markers), and the generator's
// counts are checked against a hand-made dataset so the table cannot drift from its definitions.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { Dataset } from "../../src/schema/dataset.ts";
import { datasetTable, END, loadBundled, START, unsupplied } from "./dataset-table.ts";

const README = resolve(import.meta.dirname, "../../README.md");

describe("the README's dataset table", () => {
  it("is the table the bundled data gives", async () => {
    const text = readFileSync(README, "utf8");
    const from = text.indexOf(START);
    const to = text.indexOf(END);
    expect(from, "README.md has the dataset-table markers").toBeGreaterThanOrEqual(0);
    expect(to).toBeGreaterThan(from);
    expect(text.slice(from + START.length, to).trim()).toBe(datasetTable(await loadBundled()));
  });

  it("counts grades, bases, WGI, sourcing and unsupplied nodes as defined", () => {
    const data = {
      nodes: [
        { kind: "country", id: "CN", label: "China", blocs: [], governance: { wgi: -0.33, year: 2022 } },
        { kind: "country", id: "NO", label: "Norway", blocs: [] },
        { kind: "material", id: "x-mined", label: "X", material: "x", stage: "mining", critical: true },
        { kind: "material", id: "x-refined", label: "X", material: "x", stage: "refining", critical: true, strategic: true },
        { kind: "component", id: "gadget", label: "Gadget" },
      ],
      edges: [
        { kind: "supplies", from: "CN", to: "x-mined", share: 0.6, basis: "mine-production", grade: "A" },
        { kind: "supplies", from: "NO", to: "x-mined", share: 0.1, basis: "mine-production", grade: "C" },
        { kind: "supplies", from: "CN", to: "x-refined", share: 0.9, basis: "refinery-production", grade: "B" },
        { kind: "supplies", from: "NO", to: "x-refined", basis: "refinery-production", grade: "B" },
      ],
      sourcing: [
        { importer: "EU", node: "x-mined", from: "CN", share: 0.5 },
        { importer: "EU", node: "x-refined", from: "CN", share: 0.5 },
        { importer: "NL", node: "x-mined", from: "NO", share: 0.2 },
      ],
      importReliance: [],
      events: [],
    } as unknown as Dataset;
    const table = datasetTable(data);
    expect(table).toContain("| materials covered | 1 materials in 2 stage nodes; 1 flagged critical, 1 strategic |");
    // the share-less NO -> x-refined edge is not a share
    expect(table).toContain("| shares | 3 on 2 nodes; A or B: 2 (66.7%) |");
    expect(table).toContain("| shares by grade | A 1, B 1, C 1 |");
    expect(table).toContain("| shares by basis | mine-production 2, refinery-production 1 |");
    expect(table).toContain("| countries with WGI | 1 of 2 |");
    expect(table).toContain("| sourcing entries by importer | EU 2 entries for 2 nodes; NL 1 entries for 1 nodes |");
    expect(unsupplied(data)).toEqual(["gadget"]);
  });
});
