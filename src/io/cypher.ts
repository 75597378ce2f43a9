// Nodes and edges -> a Cypher script of CREATE statements for Neo4j (cypher-shell -f FILE).
// Every node gets the label Chokepoint (unique id) plus one for its kind; edge kinds become
// relationship types (SUPPLIES, INPUT, LOCATED_IN, OPERATES); nested keys are joined with `_`.
import type { GraphData } from "./draft.ts";
import { flattenRecord, LIST_FIELDS, type Scalar } from "./flat.ts";

const pascal = (kind: string) => kind.replace(/(^|_)([a-z])/g, (_m, _sep: string, c: string) => c.toUpperCase());
const name = (key: string) => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? key : `\`${key.replaceAll("`", "``")}\``);

/** A Cypher literal: JSON string escapes are valid Cypher string escapes. */
function literal(key: string, value: Scalar): string {
  if (typeof value === "string" && LIST_FIELDS.has(key.replaceAll("_", "."))) {
    const items = value.startsWith("[") ? (JSON.parse(value) as string[]) : value.split(";");
    return `[${items.map((v) => JSON.stringify(v)).join(", ")}]`;
  }
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}

function properties(record: Record<string, Scalar>): string {
  const entries = Object.entries(record).map(([k, v]) => `${name(k)}: ${literal(k, v)}`);
  return entries.length > 0 ? ` {${entries.join(", ")}}` : "";
}

export function exportCypher(data: GraphData): string {
  const lines = [
    `// chokepoint export: ${data.nodes.length} nodes, ${data.edges.length} edges. Load with: cypher-shell -f FILE`,
    "CREATE CONSTRAINT chokepoint_id IF NOT EXISTS FOR (n:Chokepoint) REQUIRE n.id IS UNIQUE;",
  ];
  for (const node of data.nodes) {
    const { kind, id, label, ...rest } = node;
    lines.push(`CREATE (:Chokepoint:${pascal(kind)}${properties(flattenRecord({ kind, id, label, ...rest }, "_"))});`);
  }
  for (const { kind, from, to, ...rest } of data.edges) {
    lines.push(
      `MATCH (a:Chokepoint {id: ${JSON.stringify(from)}}), (b:Chokepoint {id: ${JSON.stringify(to)}}) ` +
        `CREATE (a)-[:${kind.toUpperCase()}${properties(flattenRecord(rest, "_"))}]->(b);`,
    );
  }
  return `${lines.join("\n")}\n`;
}
