// What `chokepoint add` decides before it inserts an entry, shared with the view's Add form so both
// refuse the same entries with the same messages and pick the same file: a duplicate id or edge, an
// edge end that does not exist, and the file an entry belongs in.
import type { ChokepointGraph } from "../model/graph.ts";
import type { Dataset } from "../schema/dataset.ts";
import { closest } from "./suggest.ts";

export type Entry = Record<string, unknown>;

/** Why an entry cannot be added, before the full validation: duplicates and missing ends. */
export function refusal(
  what: "node" | "edge",
  entry: Entry,
  loaded: { graph: ChokepointGraph; dataset: Dataset },
  added: Set<string> = new Set(),
  pairs: Set<string> = new Set(),
): string | undefined {
  const { graph, dataset } = loaded;
  const where = (id: string) => {
    const o = dataset.origin.nodes.get(id);
    return o ? ` (${o.file} at ${o.path})` : " (earlier in this input)";
  };
  if (what === "node") {
    const id = entry["id"];
    if (typeof id === "string" && (graph.hasNode(id) || added.has(id))) return `node '${id}' already exists${where(id)}; pick another id`;
    return undefined;
  }
  for (const end of ["from", "to"] as const) {
    const id = entry[end];
    if (typeof id !== "string" || graph.hasNode(id) || added.has(id)) continue;
    const near = closest(id, graph.nodes());
    return (
      `edge ${end} '${id}': no such node${near.length > 0 ? ` (did you mean ${near.map((n) => `'${n}'`).join(" or ")}?)` : ""}; ` +
      `add it first with 'chokepoint add node --kind KIND --id ${id} --label NAME'`
    );
  }
  const pair = `${String(entry["from"])}->${String(entry["to"])}`;
  if (graph.hasEdge(pair) || pairs.has(pair)) return `an edge ${entry["from"]} -> ${entry["to"]} already exists; there is one edge per pair (edit it in its file)`;
  return undefined;
}

/**
 * The loaded file an entry belongs in. An edge goes where its `to` node is (else its `from`); a node
 * goes where nodes of the same material are, else where most nodes of its kind are. The path as the
 * dataset's origin names it (the CLI maps it back to the path it was given).
 */
export function defaultFileOf(what: "node" | "edge", entry: Entry, dataset: Dataset): string | undefined {
  const fileOf = (id: unknown) => (typeof id === "string" ? dataset.origin.nodes.get(id)?.file : undefined);
  if (what === "edge") return fileOf(entry["to"]) ?? fileOf(entry["from"]);
  const count = new Map<string, number>();
  const material = entry["material"];
  const same = dataset.nodes.filter((n) => material !== undefined && n.kind === "material" && n.material === material);
  for (const n of same.length > 0 ? same : dataset.nodes.filter((n) => n.kind === entry["kind"])) {
    const file = fileOf(n.id);
    if (file) count.set(file, (count.get(file) ?? 0) + 1);
  }
  return [...count].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}

/** A new data file's text, before its first entry: what `add --file NEW` starts from. */
export const freshDataFile = (schemaRef?: string) => `${JSON.stringify({ ...(schemaRef ? { $schema: schemaRef } : {}), nodes: [], edges: [] }, null, 2)}\n`;
