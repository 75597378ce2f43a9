// Two CSV files, one of nodes and one of edges, as a spreadsheet exports them <-> nodes and edges.
//
// nodes.csv header (id, kind and label required; the rest optional, in any order):
//   id,kind,label,aliases,description,blocs,partner,governance.wgi,governance.year,
//   governance.source.citation,governance.source.url,material,stage,strategic,critical,eolRir,
//   substitutionIndex,figures,year,unit,estimate,note,source.citation,source.url,source.accessed
// edges.csv header (from, to and kind required):
//   from,to,kind,share,substitutability,year,unit,estimate,note,source.citation,source.url,source.accessed
// An empty cell means "not given"; lists are `EU;G7`; figures are JSON; shares are fractions 0..1.
import { formatCsvRows, parseCsv, CsvSyntaxError } from "./csv.ts";
import { FormatError, type DataFileDraft, type GraphData } from "./draft.ts";
import { EDGE_KEY_ORDER, flattenRecord, NODE_KEY_ORDER, unflattenRecord, type FlatRecord } from "./flat.ts";

export const NODE_COLUMNS = [
  "id", "kind", "label", "aliases", "description", "blocs", "partner", "governance.wgi", "governance.year",
  "governance.source.citation", "governance.source.url", "governance.grade", "material", "stage", "strategic", "critical", "eolRir",
  "substitutionIndex", "figures", "year", "unit", "estimate", "note", "source.citation", "source.url", "source.accessed",
] as const;

export const EDGE_COLUMNS = [
  "from", "to", "kind", "share", "low", "high", "basis", "site", "grade", "substitutability", "dependence",
  "substitutionMonths", "year", "unit", "estimate", "note",
  "source.citation", "source.url", "source.accessed",
] as const;

function toCsv(records: FlatRecord[], documented: readonly string[]): string {
  const extra = [...new Set(records.flatMap((r) => Object.keys(r)))].filter((k) => !documented.includes(k)).sort();
  const header = [...documented, ...extra];
  return formatCsvRows([header, ...records.map((r) => header.map((k) => r[k]))]);
}

export function exportCsv(data: GraphData): { nodes: string; edges: string } {
  return {
    nodes: toCsv(data.nodes.map((n) => flattenRecord(n)), NODE_COLUMNS),
    edges: toCsv(data.edges.map((e) => flattenRecord(e)), EDGE_COLUMNS),
  };
}

function fromCsv(text: string, name: string, required: readonly string[], order: readonly string[]) {
  let rows: string[][];
  try {
    rows = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new FormatError(`${name}: ${error.message}`, error.line);
    throw error;
  }
  const [header, ...body] = rows;
  if (!header) return [];
  const names = header.map((h) => h.trim());
  const missing = required.filter((r) => !names.includes(r));
  if (missing.length > 0) {
    throw new FormatError(`${name}: the header needs the column(s) ${missing.join(", ")} (it has: ${names.join(", ")})`, 1);
  }
  return body.map((cells) => unflattenRecord(Object.fromEntries(names.map((n, i) => [n, cells[i] ?? ""])), order));
}

/** Parses the two files into a draft data file; either may be left out. */
export function importCsv(files: { nodes?: string; edges?: string }, title?: string): DataFileDraft {
  return {
    ...(title ? { title } : {}),
    nodes: files.nodes === undefined ? [] : fromCsv(files.nodes, "nodes CSV", ["id", "kind", "label"], NODE_KEY_ORDER),
    edges: files.edges === undefined ? [] : fromCsv(files.edges, "edges CSV", ["from", "to", "kind"], EDGE_KEY_ORDER),
  };
}
