// Format adapters by name: pure functions between strings and nodes/edges. Imports return drafts
// that must go through src/load before use.
import { exportCypher } from "./cypher.ts";
import type { GraphData } from "./draft.ts";
import { exportGexf, importGexf } from "./gexf.ts";
import { exportGraphml, importGraphml } from "./graphml.ts";
import { exportJson, importJson } from "./json.ts";

export { exportCsv, importCsv, NODE_COLUMNS, EDGE_COLUMNS } from "./csv-dataset.ts";
export { draftToJson, FormatError, type DataFileDraft, type GraphData } from "./draft.ts";
export { exportCypher, exportGexf, exportGraphml, exportJson, importGexf, importGraphml, importJson };
export { parseGraphml } from "./graphml.ts";
export { insertEntry, type InsertResult } from "./json-insert.ts";

export const EXPORT_FORMATS = ["json", "csv", "gexf", "graphml", "cypher"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Single-file exports; csv is two files and has its own function. */
export const EXPORTERS: Record<Exclude<ExportFormat, "csv">, (data: GraphData) => string> = {
  json: exportJson,
  gexf: exportGexf,
  graphml: exportGraphml,
  cypher: exportCypher,
};

export const IMPORT_FORMATS = ["csv", "gexf", "graphml", "json"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];
