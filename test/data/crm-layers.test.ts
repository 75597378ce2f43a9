// Guards the content added for issue 12 (items 3, 7, 9): the material nodes carry the EU CRMA's
// strategic and critical flags exactly as the Regulation lists them, the importer sourcing layers
// are graded, based and sum to at most 1 per importer and node, and every event names nodes that exist.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { formatIssue } from "../../src/load/index.ts";
import { loadData } from "../../src/node/load-data.ts";
import type { Dataset } from "../../src/schema/dataset.ts";
import type { MaterialNode } from "../../src/schema/nodes.ts";

/**
 * Regulation (EU) 2024/1252 (Critical Raw Materials Act), Annex I Section 1: the 17 strategic raw
 * materials, https://eur-lex.europa.eu/eli/reg/2024/1252/oj, each with the dataset's nodes for it.
 */
const CRMA_STRATEGIC: Record<string, string[]> = {
  "Bauxite/Alumina/Aluminium": ["bauxite-mined", "aluminium-smelted"],
  Bismuth: ["bismuth-refined"],
  "Boron - metallurgy grade": ["borates-mined"],
  Cobalt: ["cobalt-mined", "cobalt-refined"],
  Copper: ["copper-mined", "copper-refined"],
  Gallium: ["gallium-primary"],
  Germanium: ["germanium-refined"],
  "Lithium - battery grade": ["lithium-mined", "lithium-refined"],
  "Magnesium metal": ["magnesium-metal"],
  "Manganese - battery grade": ["manganese-mined", "manganese-refined"],
  "Natural Graphite - battery grade": ["graphite-mined", "graphite-spherical"],
  "Nickel - battery grade": ["nickel-mined", "nickel-refined"],
  "Platinum Group Metals": [
    "platinum-mined", "platinum-refined", "palladium-mined", "palladium-refined",
    "rhodium-refined", "iridium-refined", "ruthenium-refined",
  ],
  // Nd, Pr, Tb, Dy, Gd, Sm and Ce: the lumped rare-earth nodes hold Gd, Sm and Ce.
  "Rare Earth Elements for magnets": [
    "ndpr-separated", "dysprosium-separated", "terbium-separated", "rare-earths-mined", "rare-earths-separated",
  ],
  "Silicon metal": ["silicon-metal"],
  "Titanium metal": ["titanium-sponge"],
  Tungsten: ["tungsten-mined", "tungsten-processed"],
};

/**
 * Annex II Section 1: the 34 critical raw materials are 16 of the strategic ones (all but "Rare Earth
 * Elements for magnets", which Annex II covers as heavy and light rare earths) and these 18.
 */
const CRMA_CRITICAL_ONLY: Record<string, string[]> = {
  Antimony: ["antimony-mined", "antimony-refined"],
  Arsenic: ["arsenic-refined"],
  Baryte: ["baryte-mined"],
  Beryllium: ["beryllium-mined", "beryllium-refined"],
  "Coking Coal": ["coking-coal-mined"],
  Feldspar: ["feldspar-mined"],
  Fluorspar: ["fluorspar-mined"],
  Hafnium: ["hafnium-refined"],
  Helium: ["helium"],
  // Heavy and light rare earths are critical; their nodes are strategic as magnet rare earths.
  Niobium: ["niobium-mined"],
  "Phosphate rock": ["phosphate-rock-mined"],
  Phosphorus: ["phosphorus"],
  Scandium: ["scandium-refined"],
  Strontium: ["strontium-mined"],
  Tantalum: ["tantalum-mined"],
  Vanadium: ["vanadium-mined"],
};
/** The two rare-earth entries of Annex II, whose nodes are all strategic ones. */
const CRMA_REE_CRITICAL = ["Heavy Rare Earth Elements", "Light Rare Earth Elements"];

const DATA = resolve(import.meta.dirname, "../../data");
let dataset: Dataset;
let materials: Map<string, MaterialNode>;

beforeAll(async () => {
  const loaded = await loadData();
  if (!loaded.ok) throw new Error(`bundled data does not load:\n${loaded.issues.map(formatIssue).join("\n")}`);
  dataset = loaded.dataset;
  materials = new Map(dataset.nodes.filter((n): n is MaterialNode => n.kind === "material").map((n) => [n.id, n]));
});

describe("CRMA lists (Regulation 2024/1252)", () => {
  const strategicIds = new Set(Object.values(CRMA_STRATEGIC).flat());
  const criticalIds = new Set([...strategicIds, ...Object.values(CRMA_CRITICAL_ONLY).flat()]);

  it("the constants hold 17 strategic and 34 critical raw materials", () => {
    expect(Object.keys(CRMA_STRATEGIC)).toHaveLength(17);
    expect(16 + Object.keys(CRMA_CRITICAL_ONLY).length + CRMA_REE_CRITICAL.length).toBe(34);
  });

  it("every CRMA material has at least one node, and each of them exists as a material", () => {
    for (const [name, ids] of Object.entries({ ...CRMA_STRATEGIC, ...CRMA_CRITICAL_ONLY })) {
      expect(ids.length, name).toBeGreaterThan(0);
      for (const id of ids) expect(materials.has(id), `${name}: ${id}`).toBe(true);
    }
  });

  it("strategic and critical flags agree with the Regulation, both ways", () => {
    const wrong: string[] = [];
    for (const [id, n] of materials) {
      if ((n.strategic === true) !== strategicIds.has(id)) wrong.push(`${id}.strategic=${n.strategic}`);
      if ((n.critical === true) !== criticalIds.has(id)) wrong.push(`${id}.critical=${n.critical}`);
    }
    expect(wrong).toEqual([]);
  });

  it("the magnet rare earths and the PEM-electrolyser PGMs are their own nodes with world shares", () => {
    for (const id of ["ndpr-separated", "dysprosium-separated", "terbium-separated", "iridium-refined", "rhodium-refined", "ruthenium-refined"]) {
      const shares = dataset.edges.filter((e) => e.kind === "supplies" && e.to === id);
      expect(shares.length, id).toBeGreaterThan(0);
    }
    // EU CRM 2023 study, Appendix 7 global supply: iridium processing South Africa 93.5%, dysprosium China 100%.
    const share = (from: string, to: string) => dataset.edges.find((e) => e.kind === "supplies" && e.from === from && e.to === to);
    expect(share("ZA", "iridium-refined")).toMatchObject({ share: 0.935, basis: "refinery-production" });
    expect(share("CN", "dysprosium-separated")).toMatchObject({ share: 1 });
  });

  it("NdFeB magnets take NdPr, dysprosium and terbium, not the lumped rare-earth node", () => {
    const inputs = dataset.edges.filter((e) => e.kind === "input" && e.to === "ndfeb-magnet").map((e) => e.from);
    expect(inputs).toEqual(expect.arrayContaining(["ndpr-separated", "dysprosium-separated", "terbium-separated"]));
    expect(inputs).not.toContain("rare-earths-separated");
  });
});

describe("importer sourcing layers", () => {
  it("each importer's shares of one node sum to at most 1 (summed here from the files, apart from the loader)", () => {
    const sums = new Map<string, number>();
    for (const file of ["sourcing-eu.json", "sourcing-nl.json", "sourcing-kr.json"]) {
      const json = JSON.parse(readFileSync(resolve(DATA, file), "utf8")) as { sourcing: { importer: string; node: string; share: number }[] };
      for (const e of json.sourcing) sums.set(`${e.importer} ${e.node}`, (sums.get(`${e.importer} ${e.node}`) ?? 0) + e.share);
    }
    const over = [...sums].filter(([, s]) => s > 1 + 1e-9);
    expect(over).toEqual([]);
    expect(sums.size).toBeGreaterThan(40);
  });

  it("every sourcing entry is graded, has a basis, a year and a cited source; C and U say why", () => {
    for (const e of dataset.sourcing) {
      expect(e.grade, `${e.importer} ${e.node} ${e.from}`).toMatch(/^[ABCU]$/);
      expect(e.basis).toBeTruthy();
      expect(e.source.citation.length).toBeGreaterThan(10);
      if (e.grade === "C" || e.grade === "U") expect(e.note ?? "", `${e.importer} ${e.node} ${e.from}`).toMatch(/Grade [CU]/);
    }
  });

  it("covers at least 25 materials for the EU and 15 for the Netherlands; NL says whether re-exports are in", () => {
    const materialsOf = (importer: string) =>
      new Set(dataset.sourcing.filter((e) => e.importer === importer).map((e) => materials.get(e.node)?.material ?? e.node));
    expect(materialsOf("EU").size).toBeGreaterThanOrEqual(25);
    expect(materialsOf("NL").size).toBeGreaterThanOrEqual(15);
    for (const e of dataset.sourcing.filter((s) => s.importer === "NL")) expect(typeof e.reexports).toBe("boolean");
  });

  it("gives Korea's import shares of the three 2019 chemicals, January-May 2019, from KITA", () => {
    const kr = dataset.sourcing.filter((e) => e.importer === "KR");
    // KITA via KBS World (2 Jul 2019): fluorinated polyimide JP 93.7%, resist JP 91.9%, HF CN 46.5% and JP 43.9%.
    expect(kr.map((e) => [e.node, e.from, e.share, e.year, e.grade])).toEqual([
      ["fluorinated-polyimide", "JP", 0.937, 2019, "B"],
      ["photoresist", "JP", 0.919, 2019, "B"],
      ["hydrogen-fluoride", "CN", 0.465, 2019, "B"],
      ["hydrogen-fluoride", "JP", 0.439, 2019, "B"],
    ]);
  });

  it("carries the sources' figures: study EU sourcing with t, and Comext value shares", () => {
    const find = (importer: string, node: string, from: string) =>
      dataset.sourcing.find((e) => e.importer === importer && e.node === node && e.from === from);
    // EU CRM 2023 study, Appendix 7 EU sourcing: cobalt processing Finland 62%, t 0.8; lithium Chile 79%.
    expect(find("EU", "cobalt-refined", "FI")).toMatchObject({ share: 0.62, t: 0.8, year: 2020 });
    expect(find("EU", "lithium-refined", "CL")).toMatchObject({ share: 0.79 });
    // Comext 2024, NL imports of lithium carbonate (CN 28369100): Chile EUR 91,981,195 of 103,491,606.
    expect(find("NL", "lithium-refined", "CL")?.share).toBeCloseTo(91_981_195 / 103_491_606, 4);
  });

  it("leaves out the study's doubtful rows: EU germanium is Comext's, not the study's copy of the global row", () => {
    const cn = dataset.sourcing.find((e) => e.importer === "EU" && e.node === "germanium-refined" && e.from === "CN");
    expect(cn?.basis).toBe("trade-value");
    expect(cn?.share).not.toBe(0.83);
    expect(dataset.sourcing.some((e) => e.importer === "EU" && e.node === "tantalum-mined")).toBe(false);
    expect(dataset.sourcing.some((e) => e.importer === "EU" && e.node === "scandium-refined")).toBe(false);
  });
});

describe("events", () => {
  it("every event's imposer, target and nodes exist, and a suspension names an event it suspends", () => {
    const ids = new Set(dataset.nodes.map((n) => n.id));
    const eventIds = new Set(dataset.events.map((e) => e.id));
    for (const e of dataset.events) {
      expect(ids.has(e.imposer), e.id).toBe(true);
      if (e.target) expect(ids.has(e.target), e.id).toBe(true);
      for (const n of e.nodes) expect(ids.has(n), `${e.id}: ${n}`).toBe(true);
      if (e.kind === "suspension") expect(eventIds.has(e.suspends ?? ""), e.id).toBe(true);
      expect(e.grade).toMatch(/^[ABCU]$/);
    }
  });

  it("holds China's 2023-2025 controls and Japan's 2019 licences on South Korea, with their dates", () => {
    const byId = new Map(dataset.events.map((e) => [e.id, e]));
    expect(byId.get("cn-2023-gallium-germanium")).toMatchObject({ imposer: "CN", start: "2023-08-01" });
    expect(byId.get("cn-2023-graphite")).toMatchObject({ start: "2023-12-01" });
    expect(byId.get("cn-2024-antimony")).toMatchObject({ start: "2024-09-15" });
    expect(byId.get("cn-2025-rare-earths-april")?.nodes).toEqual(expect.arrayContaining(["dysprosium-separated", "terbium-separated"]));
    expect(byId.get("cn-2025-rare-earths-suspension")).toMatchObject({ suspends: "cn-2025-rare-earths-october", end: "2026-11-10" });
    expect(byId.get("jp-2019-korea")).toMatchObject({ imposer: "JP", target: "KR", start: "2019-07-04" });
  });
});
