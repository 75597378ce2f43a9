// What every import adapter produces: a data file not yet validated. It goes through src/load
// (loadDataset) before anything trusts it or writes it.
import type { Edge } from "../schema/edges.ts";
import { LAYER_LISTS, type DatasetLayers } from "../schema/dataset.ts";
import type { Node } from "../schema/nodes.ts";

export { LAYER_LISTS };

export interface DataFileDraft {
  title?: string;
  nodes: Record<string, unknown>[];
  edges: Record<string, unknown>[];
  sourcing?: Record<string, unknown>[];
  importReliance?: Record<string, unknown>[];
  events?: Record<string, unknown>[];
  euFactors?: Record<string, unknown>[];
}

/** What every export adapter takes: validated nodes and edges (a Dataset or a DataFile). */
export interface GraphData {
  nodes: readonly Node[];
  edges: readonly Edge[];
  /** Sourcing, import reliance and events, when the data has them (JSON carries them; CSV and graph formats do not). */
  sourcing?: DatasetLayers["sourcing"];
  importReliance?: DatasetLayers["importReliance"];
  events?: DatasetLayers["events"];
  euFactors?: DatasetLayers["euFactors"];
}

/** The non-empty layer lists of `data`, for a JSON file. */
export function layerLists(data: Partial<Record<(typeof LAYER_LISTS)[number], readonly unknown[] | undefined>>): Record<string, readonly unknown[]> {
  const out: Record<string, readonly unknown[]> = {};
  for (const key of LAYER_LISTS) if (data[key] && data[key].length > 0) out[key] = data[key];
  return out;
}

/** A file's content is wrong for its format (not a data mistake: those are src/load's). */
export class FormatError extends Error {
  constructor(message: string, readonly line?: number) {
    super(message);
  }
}

/** The draft as data-file text: two-space JSON with a final newline, as the bundled files are written. */
export function draftToJson(draft: DataFileDraft, schemaRef?: string): string {
  const file = { ...(schemaRef ? { $schema: schemaRef } : {}), ...(draft.title ? { title: draft.title } : {}), nodes: draft.nodes, edges: draft.edges, ...layerLists(draft) };
  return `${JSON.stringify(file, null, 2)}\n`;
}
