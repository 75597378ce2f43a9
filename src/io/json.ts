// The merged dataset as one data file (what `export --format json` prints), and a data file's text as a draft.
import { FormatError, LAYER_LISTS, layerLists, type DataFileDraft, type GraphData } from "./draft.ts";

export function exportJson(data: GraphData, title = "chokepoint export"): string {
  return `${JSON.stringify({ title, nodes: data.nodes, edges: data.edges, ...layerLists(data) }, null, 2)}\n`;
}

export function importJson(text: string): DataFileDraft {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (error) {
    throw new FormatError(`JSON: ${(error as Error).message}`);
  }
  if (typeof root !== "object" || root === null || Array.isArray(root)) throw new FormatError('JSON: expected an object {"nodes": [...], "edges": [...]}');
  const record = root as Record<string, unknown>;
  const list = (key: string) => (Array.isArray(record[key]) ? (record[key] as Record<string, unknown>[]) : []);
  const layers = Object.fromEntries(LAYER_LISTS.filter((k) => Array.isArray(record[k])).map((k) => [k, list(k)]));
  return { ...(typeof record["title"] === "string" ? { title: record["title"] } : {}), nodes: list("nodes"), edges: list("edges"), ...layers };
}
