// What every import adapter produces: a data file not yet validated. It goes through src/load
// (loadDataset) before anything trusts it or writes it.
import type { Edge } from "../schema/edges.ts";
import type { Node } from "../schema/nodes.ts";

export interface DataFileDraft {
  title?: string;
  nodes: Record<string, unknown>[];
  edges: Record<string, unknown>[];
}

/** What every export adapter takes: validated nodes and edges (a Dataset or a DataFile). */
export interface GraphData {
  nodes: readonly Node[];
  edges: readonly Edge[];
}

/** A file's content is wrong for its format (not a data mistake: those are src/load's). */
export class FormatError extends Error {
  constructor(message: string, readonly line?: number) {
    super(message);
  }
}

/** The draft as data-file text: two-space JSON with a final newline, as the bundled files are written. */
export function draftToJson(draft: DataFileDraft, schemaRef?: string): string {
  const file = { ...(schemaRef ? { $schema: schemaRef } : {}), ...(draft.title ? { title: draft.title } : {}), nodes: draft.nodes, edges: draft.edges };
  return `${JSON.stringify(file, null, 2)}\n`;
}
