import { DirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import {
  exportCsv,
  exportCypher,
  exportGexf,
  exportGraphml,
  exportJson,
  importCsv,
  importGexf,
  importGraphml,
  importJson,
  parseGraphml,
} from "../../src/io/index.ts";
import { comparable, loadDraft, loadFixture } from "./helpers.ts";

describe.each(["rich", "mini"])("export then import gives the same dataset (%s)", (name) => {
  it("csv", async () => {
    const dataset = await loadFixture(name);
    expect(comparable(loadDraft(importCsv(exportCsv(dataset))))).toEqual(comparable(dataset));
  });

  it("gexf", async () => {
    const dataset = await loadFixture(name);
    expect(comparable(loadDraft(importGexf(exportGexf(dataset))))).toEqual(comparable(dataset));
  });

  it("graphml", async () => {
    const dataset = await loadFixture(name);
    expect(comparable(loadDraft(importGraphml(exportGraphml(dataset))))).toEqual(comparable(dataset));
  });

  it("json", async () => {
    const dataset = await loadFixture(name);
    expect(comparable(loadDraft(importJson(exportJson(dataset))))).toEqual(comparable(dataset));
  });
});

describe("graphml read back by graphology", () => {
  it("has every node with its attributes, typed, and every edge", async () => {
    const dataset = await loadFixture("rich");
    const graph = parseGraphml(exportGraphml(dataset));
    expect(graph.type).toBe("directed");
    expect(graph.order).toBe(dataset.nodes.length);
    expect(graph.size).toBe(dataset.edges.length);
    for (const node of dataset.nodes) {
      expect(graph.hasNode(node.id), node.id).toBe(true);
      const attrs = graph.getNodeAttributes(node.id);
      expect(attrs["kind"]).toBe(node.kind);
      expect(attrs["label"]).toBe(node.label);
    }
    expect(graph.getNodeAttributes("CN")).toMatchObject({
      "governance.wgi": -0.53,
      "governance.year": 2023,
      "governance.estimate": true,
      blocs: "BRICS",
      aliases: "PRC;People's Republic of China",
      description: 'Line one\nline two, with "quotes" & <angle> brackets',
    });
    expect(graph.getNodeAttribute("umicore", "aliases")).toBe('["Umicore; Belgium"]');
    expect(graph.getEdgeAttributes("CN", "cobalt-refined")).toMatchObject({ kind: "supplies", share: 0.74, year: 2024 });
    expect(graph.getEdgeAttribute("CD", "cobalt-mined", "share")).toBe(1);
    expect(graph.hasDirectedEdge("cobalt-refined", "CN")).toBe(false);
    expect(new DirectedGraph().type).toBe("directed");
  });
});

describe("csv files", () => {
  it("use the documented header and one row per node and edge", async () => {
    const { nodes, edges } = exportCsv(await loadFixture("mini"));
    expect(nodes.split("\n")[0]).toMatch(/^id,kind,label,aliases,description,blocs,partner,governance\.wgi,/);
    expect(edges.split("\n")[0]).toBe("from,to,kind,share,low,high,basis,site,grade,substitutability,dependence,substitutionMonths,year,unit,estimate,note,source.citation,source.url,source.accessed");
    expect(edges.split("\n")[1]).toBe("CD,cobalt-mined,supplies,0.7,,,,,,,,,2024,,,,Mini source A,,");
    expect(nodes.trim().split("\n")).toHaveLength(23);
  });

  it("as a spreadsheet writes them: CRLF, BOM, columns in another order, TRUE/FALSE, lists with ;", () => {
    const draft = importCsv({
      nodes: "\uFEFFlabel,kind,id,blocs,partner\r\nJapan,country,JP,G7;QUAD,TRUE\r\n\r\n",
      edges: 'kind,from,to,share,note\r\nsupplies,JP,x,0.5,"a, b ""c"""\r\n',
    });
    expect(draft.nodes).toEqual([{ kind: "country", id: "JP", label: "Japan", blocs: ["G7", "QUAD"], partner: true }]);
    expect(draft.edges).toEqual([{ kind: "supplies", from: "JP", to: "x", share: 0.5, note: 'a, b "c"' }]);
  });

  it("names missing header columns", () => {
    expect(() => importCsv({ nodes: "id,label\nCN,China\n" })).toThrow(/nodes CSV: the header needs the column\(s\) kind/);
  });

  it("leaves a value that is not a number for the schema to report", () => {
    const draft = importCsv({ edges: "from,to,kind,share\nCN,x,supplies,lots\n" });
    expect(draft.edges[0]!["share"]).toBe("lots");
  });
});

describe("cypher", () => {
  it("creates labelled nodes and typed relationships", async () => {
    const text = exportCypher(await loadFixture("rich"));
    expect(text).toContain("CREATE CONSTRAINT chokepoint_id IF NOT EXISTS FOR (n:Chokepoint) REQUIRE n.id IS UNIQUE;");
    expect(text).toContain('CREATE (:Chokepoint:Country {kind: "country", id: "JP", label: "Japan", blocs: ["G7", "QUAD"], partner: true});');
    expect(text).toContain(
      'MATCH (a:Chokepoint {id: "umicore"}), (b:Chokepoint {id: "JP"}) CREATE (a)-[:LOCATED_IN {note: "invented for the fixture"}]->(b);',
    );
    expect(text).toContain('aliases: ["Umicore; Belgium"]');
    expect(text).toMatch(/source_citation: "USGS MCS 2025, p\. 56"/);
    expect(text.trim().split("\n")).toHaveLength(2 + 10 + 10);
  });
});

describe("malformed XML", () => {
  it("is one clear FormatError with the line, not parser noise", () => {
    expect(() => importGexf('<gexf><graph><nodes><node id="a" label="A></nodes></graph></gexf>')).toThrow(/^GEXF: not well-formed XML: .*\(line 1, column \d+\)/);
    expect(() => importGraphml("<graphml><graph>\n<node id='a'><data key='x'>1</dat></node></graph></graphml>")).toThrow(/^GraphML: not well-formed XML: .*\(line 2, column \d+\)/);
    expect(() => importGraphml("<gexf/>")).toThrow(/GraphML: expected a <graphml> document, found <gexf>/);
  });
});
