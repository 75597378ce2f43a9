// GraphML <-> nodes and edges. graphology-graphml only parses, so the writer is ours (keys typed
// int, double, boolean or string from the flat records of flat.ts); reading uses graphology-graphml.
import Graph from "graphology";
import { parse } from "graphology-graphml";
import { FormatError, type DataFileDraft, type GraphData } from "./draft.ts";
import { NUMBER_FIELDS, type FlatRecord } from "./flat.ts";
import { fromFlatGraph, toFlatGraph } from "./gexf.ts";
import { escapeXml, parseXml } from "./xml.ts";

type KeyType = "int" | "double" | "boolean" | "string";

/** The GraphML type of each attribute over all records: int only when every value is a whole number. */
function keyTypes(records: FlatRecord[]): Map<string, KeyType> {
  const types = new Map<string, KeyType>();
  for (const record of records) {
    for (const [name, value] of Object.entries(record)) {
      const own: KeyType =
        typeof value === "boolean" ? "boolean" : typeof value === "number" ? (Number.isInteger(value) ? "int" : "double") : "string";
      const prev = types.get(name);
      if (prev === undefined || prev === own) types.set(name, own);
      else if (prev === "int" && own === "double") types.set(name, "double");
      else if (!(prev === "double" && own === "int")) types.set(name, "string");
    }
  }
  // Shares are fractions: keep them double even when every listed share is 0 or 1.
  for (const [name, type] of types) if (type === "int" && NUMBER_FIELDS.has(name) && name !== "year" && !name.endsWith(".year")) types.set(name, "double");
  return types;
}

export function exportGraphml(data: GraphData): string {
  const graph = toFlatGraph(data);
  const nodeTypes = keyTypes(graph.mapNodes((_n, a) => a));
  const edgeTypes = keyTypes(graph.mapEdges((_e, a) => a));
  const keyId = (scope: "n" | "e", name: string) => `${scope}_${name}`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const [scope, types] of [["n", nodeTypes], ["e", edgeTypes]] as const) {
    for (const [name, type] of types) {
      lines.push(`  <key id="${escapeXml(keyId(scope, name))}" for="${scope === "n" ? "node" : "edge"}" attr.name="${escapeXml(name)}" attr.type="${type}"/>`);
    }
  }
  lines.push('  <graph id="chokepoint" edgedefault="directed">');
  const data_ = (scope: "n" | "e", attrs: FlatRecord) =>
    Object.entries(attrs).map(([name, value]) => `      <data key="${escapeXml(keyId(scope, name))}">${escapeXml(String(value))}</data>`);
  graph.forEachNode((id, attrs) => {
    lines.push(`    <node id="${escapeXml(id)}">`, ...data_("n", attrs), "    </node>");
  });
  graph.forEachEdge((key, attrs, source, target) => {
    lines.push(`    <edge id="${escapeXml(key)}" source="${escapeXml(source)}" target="${escapeXml(target)}">`, ...data_("e", attrs), "    </edge>");
  });
  lines.push("  </graph>", "</graphml>");
  return `${lines.join("\n")}\n`;
}

/** Reads GraphML into a graphology graph (as written, attributes typed by their keys). */
export function parseGraphml(text: string): Graph {
  try {
    return parse(Graph, parseXml(text, "GraphML", "graphml") as unknown as Document);
  } catch (error) {
    if (error instanceof FormatError) throw error;
    throw new FormatError(`GraphML: ${(error as Error).message}`);
  }
}

export function importGraphml(text: string, title?: string): DataFileDraft {
  return fromFlatGraph(parseGraphml(text), title);
}
