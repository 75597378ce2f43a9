// Guards the bundled dataset in data/ (issue 3): it loads, it hangs together as a supply graph,
// every number carries its source, and a sample of figures matches reference/facts.md.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { formatIssue } from "../../src/load/index.ts";
import { indexDependencies, reachable } from "../../src/model/dependencies.ts";
import { edgeKey, type ChokepointGraph } from "../../src/model/graph.ts";
import { loadData } from "../../src/node/load-data.ts";
import { DataFile } from "../../src/schema/dataset.ts";
import type { Edge } from "../../src/schema/edges.ts";
import { ISO_3166_ALPHA2 } from "../../src/schema/iso-3166.ts";
import type { Node } from "../../src/schema/nodes.ts";

const DATA = resolve(import.meta.dirname, "../../data");
const dataFiles = readdirSync(DATA)
  .filter((f) => f.endsWith(".json") && !f.endsWith(".schema.json"))
  .sort();

let graph: ChokepointGraph;
let nodes: Node[];
let edges: Edge[];
let sourcingFrom: string[];

beforeAll(async () => {
  const loaded = await loadData();
  if (!loaded.ok) throw new Error(`bundled data does not load:\n${loaded.issues.map(formatIssue).join("\n")}`);
  graph = loaded.graph;
  nodes = loaded.dataset.nodes;
  edges = loaded.dataset.edges;
  sourcingFrom = loaded.dataset.sourcing.map((e) => e.from);
});

const nodesOf = (kind: Node["kind"]) => nodes.filter((n) => n.kind === kind);
const share = (from: string, to: string) => {
  const key = edgeKey(from, to);
  if (!graph.hasEdge(key)) return undefined;
  const attrs = graph.getEdgeAttributes(key);
  return attrs.kind === "supplies" ? attrs.share : undefined;
};
const figure = (node: string, key: string) => graph.getNodeAttribute(node, "figures")?.find((f) => f.key === key);

describe("bundled data files", () => {
  it("has at least ten domain files", () => {
    expect(dataFiles.length).toBeGreaterThanOrEqual(10);
  });

  it.each(dataFiles)("%s validates on its own against the file schema, with $schema and a title", (name) => {
    const text = readFileSync(join(DATA, name), "utf8");
    const json = JSON.parse(text) as Record<string, unknown>;
    const parsed = DataFile.safeParse(json);
    expect(parsed.success, parsed.success ? "" : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
    expect(json.$schema).toBe("./chokepoint.schema.json");
    expect(typeof json.title).toBe("string");
  });

  it.each(dataFiles)("%s keeps one node, edge or layer entry per line, two-space indented", (name) => {
    const lines = readFileSync(join(DATA, name), "utf8").split("\n");
    const items = lines.filter((l) => l.startsWith("    "));
    // Nodes and edges open with their kind; sourcing and import-reliance entries with their importer, events with their id,
    // EU method factors with their node.
    for (const line of items) expect(line).toMatch(/^ {4}\{"(kind|importer|id|node)": ".*\},?$/);
  });

  it("never names an attribute weight (graphology-metrics would read it)", () => {
    for (const name of dataFiles) expect(readFileSync(join(DATA, name), "utf8")).not.toMatch(/"weight"\s*:/);
  });

  it("all files merge into one dataset without problems", () => {
    expect(graph.order).toBe(nodes.length);
  });
});

describe("size", () => {
  it("has at least 250 nodes and 600 edges", () => {
    expect(nodes.length).toBeGreaterThanOrEqual(250);
    expect(edges.length).toBeGreaterThanOrEqual(600);
  });

  it("maps at least 20 raw materials, most with a mining and a refining or processing stage", () => {
    const materials = new Set(nodesOf("material").map((n) => (n.kind === "material" ? n.material : undefined)));
    expect(materials.size).toBeGreaterThanOrEqual(20);
    for (const id of ["cobalt", "lithium", "nickel", "graphite", "rare-earths", "tungsten", "copper", "platinum", "palladium", "antimony", "manganese"]) {
      const stages = nodesOf("material").filter((n) => n.kind === "material" && n.material === id);
      expect(stages.length, id).toBeGreaterThanOrEqual(2);
    }
  });

  it("has every node kind", () => {
    for (const kind of ["country", "company", "material", "component", "constellation", "service", "sector"] as const) {
      expect(nodesOf(kind).length, kind).toBeGreaterThan(0);
    }
  });
});

describe("structure", () => {
  it("every material and component has at least one supplier or input", () => {
    const bare = [...nodesOf("material"), ...nodesOf("component")].filter(
      (n) => !graph.someInEdge(n.id, (_e, attrs) => attrs.kind === "supplies" || attrs.kind === "input"),
    );
    expect(bare.map((n) => n.id)).toEqual([]);
  });

  it("every service has a supplier and every constellation an operator", () => {
    for (const n of nodesOf("service")) {
      expect(graph.someInEdge(n.id, (_e, a) => a.kind === "supplies" || a.kind === "input"), n.id).toBe(true);
    }
    for (const n of nodesOf("constellation")) {
      expect(graph.someInEdge(n.id, (_e, a) => a.kind === "operates"), n.id).toBe(true);
    }
  });

  it("every company is located_in a country", () => {
    for (const n of nodesOf("company")) {
      expect(graph.someOutEdge(n.id, (_e, a) => a.kind === "located_in"), n.id).toBe(true);
    }
  });

  it("every sector, and every other node, is reachable from at least one country", () => {
    const { down } = indexDependencies(graph);
    const reached = new Set<string>();
    for (const c of nodesOf("country")) for (const n of reachable(down, c.id).keys()) reached.add(n);
    const sectors = nodesOf("sector").map((n) => n.id);
    expect(sectors.length).toBeGreaterThanOrEqual(10);
    expect(sectors.filter((s) => !reached.has(s))).toEqual([]);
    const others = nodes.filter((n) => n.kind !== "country" && !reached.has(n.id)).map((n) => n.id);
    expect(others).toEqual([]);
  });

  it("every sector has inputs", () => {
    for (const n of nodesOf("sector")) expect(graph.inDegree(n.id), n.id).toBeGreaterThan(0);
  });

  it("every country is a real ISO 3166-1 alpha-2 code and takes part in an edge, a site or an importer's sourcing", () => {
    const sourcing = new Set(sourcingFrom);
    for (const n of nodesOf("country")) {
      expect(ISO_3166_ALPHA2.has(n.id), n.id).toBe(true);
      const isSite = graph.someEdge((_e, a) => a.kind === "supplies" && a.site === n.id);
      expect(graph.degree(n.id) > 0 || isSite || sourcing.has(n.id), `${n.id} has no edge, is no site and supplies no importer`).toBe(true);
    }
  });

  it("EU members carry the EU bloc (the default partner set expands it)", () => {
    for (const id of ["NL", "DE", "FR", "FI", "BE", "EE", "CZ", "SE"]) {
      const n = graph.getNodeAttributes(id);
      expect(n.kind === "country" && n.blocs.includes("EU"), id).toBe(true);
    }
  });
});

describe("shares and sources", () => {
  it("no node's listed supplier shares sum over 1", () => {
    const sums = new Map<string, number>();
    for (const e of edges) if (e.kind === "supplies" && e.share !== undefined) sums.set(e.to, (sums.get(e.to) ?? 0) + e.share);
    const over = [...sums].filter(([, s]) => s > 1 + 1e-9);
    expect(over).toEqual([]);
  });

  it("every share has a source citation and a year", () => {
    const missing = edges.filter((e) => e.kind === "supplies" && e.share !== undefined && (!e.source?.citation || e.year === undefined));
    expect(missing.map((e) => `${e.from}->${e.to}`)).toEqual([]);
  });

  it("every figure has a source, a year and a unit, and every estimate explains itself in a note", () => {
    const bad: string[] = [];
    for (const n of nodes) {
      for (const f of n.figures ?? []) {
        if (!f.source?.citation || f.year === undefined || !f.unit) bad.push(`${n.id}.${f.key}`);
        if (f.estimate && !f.note) bad.push(`${n.id}.${f.key} (estimate without note)`);
      }
      if (n.kind === "country" && n.governance && (!n.governance.source || n.governance.year === undefined)) bad.push(`${n.id}.governance`);
    }
    for (const e of edges) if (e.estimate && !e.note) bad.push(`${e.from}->${e.to} (estimate without note)`);
    expect(bad).toEqual([]);
  });

  it("every non-zero substitutability is explained in a note", () => {
    const bare = edges.filter((e) => e.kind === "input" && e.substitutability > 0 && !e.note);
    expect(bare.map((e) => `${e.from}->${e.to}`)).toEqual([]);
  });

  it("supplies edges without a listed share are explained in a note", () => {
    const bare = edges.filter((e) => e.kind === "supplies" && e.share === undefined && !e.note);
    expect(bare.map((e) => `${e.from}->${e.to}`)).toEqual([]);
  });

  it("the agenda's own claims cite the agenda, year 2020; the unconfirmed ones are estimates", () => {
    const agenda = nodes.flatMap((n) => (n.figures ?? []).filter((f) => f.source?.citation.includes("Agenda voor Strategisch")).map((f) => ({ n: n.id, f })));
    expect(agenda.length).toBeGreaterThanOrEqual(4);
    for (const { f } of agenda) expect(f.year).toBe(2020);
    expect(figure("cobalt-refined", "shortfall-2030-agenda")).toMatchObject({ value: 149000, unit: "t", estimate: true });
    expect(figure("CN", "chip-import-share")).toMatchObject({ value: 61, unit: "%", estimate: true });
    expect(figure("cobalt-mined", "demand-growth-2050-agenda")).toMatchObject({ value: 500, unit: "%" });
  });
});

describe("spot checks against reference/facts.md", () => {
  // [from, to, share] as facts.md gives them (percent / 100)
  const SHARES: [string, string, number][] = [
    ["CD", "cobalt-mined", 0.759], // USGS MCS 2025, 2024e
    ["ID", "cobalt-mined", 0.097],
    ["AU", "lithium-mined", 0.367],
    ["ID", "nickel-mined", 0.595],
    ["CN", "graphite-mined", 0.794],
    ["CN", "rare-earths-mined", 0.692],
    ["CN", "rare-earths-separated", 0.92], // IEA GCMO 2024, 2023
    ["CN", "gallium-primary", 0.987],
    ["CN", "tungsten-mined", 0.827],
    ["CN", "magnesium-metal", 0.95],
    ["ZA", "platinum-mined", 0.706],
    ["RU", "palladium-mined", 0.395],
    ["BR", "niobium-mined", 0.909],
    ["CL", "copper-mined", 0.23],
    ["CN", "copper-refined", 0.444],
    ["CN", "indium-refined", 0.704],
    ["US", "helium", 0.45],
    ["CN", "germanium-refined", 0.68],
    ["tsmc", "foundry-services", 0.671], // TrendForce, 4Q 2024
    ["samsung-electronics", "foundry-services", 0.081],
    ["asml", "euv-scanner", 1],
    ["asml", "lithography-systems", 0.941], // revenue 2024
    ["TW", "advanced-logic-chips", 0.69], // SIA/BCG 2024, capacity in 2022 (Korea 31%)
    ["KR", "advanced-logic-chips", 0.31],
    ["CN", "wind-turbine", 0.676], // GWEC 2024: 81.6 of 120.7 GW installed in 2023
    ["lenovo", "personal-computer", 0.235], // IDC, units 2024
    ["JP", "photoresist", 0.7], // Japan 2019: the lower bound of the Japan News' "70% to nearly 100%"
    ["JP", "fluorinated-polyimide", 0.7],
    ["JP", "hydrogen-fluoride", 0.7],
    ["UA", "neon", 0.45],
    ["CN", "li-ion-cell", 0.66],
    ["CN", "anode", 0.92],
    ["CN", "ndfeb-magnet", 0.9],
    ["TH", "hard-disk-drive", 0.4], // IDC via ZDNet Asia: 40-45% of world drives, H1 2011 (lower end)
    ["huawei", "5g-base-station", 0.33], // Dell'Oro via Mobile World Live: RAN revenue 2020
    ["ericsson", "5g-base-station", 0.29],
    ["zte", "5g-base-station", 0.1],
    ["infineon", "power-semiconductors", 0.125], // IHS Markit 2017, incl. power ICs
  ];

  it.each(SHARES)("%s supplies %s at %s", (from, to, expected) => {
    expect(share(from, to)).toBeCloseTo(expected, 6);
  });

  it("USGS shares cite USGS MCS 2025 with year 2024", () => {
    const e = graph.getEdgeAttributes(edgeKey("CD", "cobalt-mined"));
    expect(e.source?.citation).toContain("USGS Mineral Commodity Summaries 2025");
    expect(e.source?.url).toBe("https://doi.org/10.5066/P13XCP3R");
    expect(e.year).toBe(2024);
  });

  it("world totals match facts.md", () => {
    expect(figure("cobalt-mined", "world-production")).toMatchObject({ value: 290000, unit: "t", year: 2024 });
    expect(figure("rare-earths-mined", "world-production")).toMatchObject({ value: 390000, year: 2024 });
    expect(figure("gallium-primary", "world-production")).toMatchObject({ value: 760000, unit: "kg" });
    expect(figure("copper-refined", "world-production")).toMatchObject({ value: 27000, unit: "kt" });
  });

  it("HDD figures are IHS iSuppli's Q3 2011 counts, before the Thai floods (WD 57.8 M of 175.2 M units = 33%)", () => {
    expect(figure("hard-disk-drive", "world-shipments-3q2011")).toMatchObject({ value: 175.2, unit: "M units", year: 2011 });
    expect(figure("hard-disk-drive", "western-digital-share-3q2011")).toMatchObject({ value: 33, unit: "%" });
  });

  it("companies fold into their host countries", () => {
    for (const [company, country] of [["tsmc", "TW"], ["asml", "NL"], ["samsung-electronics", "KR"], ["smic", "CN"], ["micron", "US"]] as const) {
      expect(graph.hasEdge(edgeKey(company, country)), company).toBe(true);
    }
  });

  it("WGI governance uses the derived estimates of facts.md section 5", () => {
    const wgi = (id: string) => {
      const n = graph.getNodeAttributes(id);
      return n.kind === "country" ? n.governance?.wgi : undefined;
    };
    expect(wgi("CD")).toBe(-1.6);
    expect(wgi("CN")).toBe(-0.33);
    expect(wgi("NL")).toBe(1.52);
    expect(wgi("TW")).toBe(1.17);
  });

  it("the four global GNSS share world timing by operational satellites (31, 25, 24, 30 of 110), a labelled judgement", () => {
    const sats = { gps: 31, galileo: 25, glonass: 24, beidou: 30 };
    for (const [c, n] of Object.entries(sats)) {
      expect(share(c, "gnss-timing"), c).toBeCloseTo(n / 110, 3);
      expect(graph.getEdgeAttribute(edgeKey(c, "gnss-timing"), "grade")).toBe("C");
    }
  });

  it("regional constellations (QZSS, NavIC) are no world alternative to GPS: share 0 of world service", () => {
    for (const c of ["qzss", "navic"]) for (const s of ["gnss-timing", "gnss-positioning"]) expect(share(c, s), `${c} ${s}`).toBe(0);
  });
});
