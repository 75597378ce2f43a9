// Files by name -> data files, for the view's "Open data..." and drop: the same adapters as
// `chokepoint import` (GEXF, GraphML, a nodes + edges CSV pair) and draftToJson, so what the view
// validates is the data file the CLI would write. JSON data files pass through as they are.
import { importCsv } from "./csv-dataset.ts";
import { draftToJson, FormatError, type DataFileDraft } from "./draft.ts";
import { importGexf } from "./gexf.ts";
import { importGraphml } from "./graphml.ts";

export interface NamedText {
  name: string;
  text: string;
}

/** What went wrong with one file: `chokepoint import`'s "cannot import" message, or a name the view cannot read. */
export interface ImportProblem {
  file: string;
  message: string;
}

export type ImportedFiles = { ok: true; files: { path: string; text: string }[] } | { ok: false; problems: ImportProblem[] };

/** The formats by extension, as `chokepoint import` picks them (.xml is GraphML there too). */
export const IMPORT_EXTENSIONS: Record<string, "json" | "gexf" | "graphml" | "csv"> = {
  ".json": "json",
  ".gexf": "gexf",
  ".graphml": "graphml",
  ".xml": "graphml",
  ".csv": "csv",
};

export const extensionOf = (name: string) => {
  const dot = name.lastIndexOf(".");
  return dot < 0 ? "" : name.slice(dot).toLowerCase();
};

/** A CSV file's role from its name: `nodes.csv`, `my-nodes.csv` hold nodes; `edges.csv` edges. */
const csvRole = (name: string): "nodes" | "edges" | undefined => {
  const base = name.toLowerCase().replace(/^.*[\\/]/, "");
  const nodes = base.includes("node");
  const edges = base.includes("edge");
  return nodes === edges ? undefined : nodes ? "nodes" : "edges";
};

/**
 * Converts each file to data-file text. A GEXF or GraphML file becomes `NAME.json` (the path its
 * messages name); the CSV files, one of nodes and one of edges at most, become one
 * `imported-csv.json`. Nothing is returned when any file cannot be converted.
 */
export function importFiles(files: NamedText[]): ImportedFiles {
  const problems: ImportProblem[] = [];
  const out: { path: string; text: string }[] = [];
  const csv: { nodes?: NamedText; edges?: NamedText } = {};
  const convert = (file: string, make: () => DataFileDraft) => {
    try {
      out.push({ path: `${file}.json`, text: draftToJson(make()) });
    } catch (error) {
      if (!(error instanceof FormatError)) throw error;
      problems.push({ file, message: `cannot import: ${error.message}` });
    }
  };
  for (const file of files) {
    const format = IMPORT_EXTENSIONS[extensionOf(file.name)];
    const title = `Imported from ${file.name}`;
    if (format === "json") out.push({ path: file.name, text: file.text });
    else if (format === "gexf") convert(file.name, () => importGexf(file.text, title));
    else if (format === "graphml") convert(file.name, () => importGraphml(file.text, title));
    else if (format === "csv") {
      const role = csvRole(file.name);
      if (!role) problems.push({ file: file.name, message: "a CSV file's name says what it holds: nodes.csv or edges.csv (or names containing 'nodes' / 'edges')" });
      else if (csv[role]) problems.push({ file: file.name, message: `two ${role} CSV files (${csv[role].name} and ${file.name}); open one nodes and one edges CSV at a time` });
      else csv[role] = file;
    } else problems.push({ file: file.name, message: "not a data file: open .json, .gexf, .graphml or a nodes.csv + edges.csv pair" });
  }
  if (csv.nodes || csv.edges) {
    const names = [csv.nodes?.name, csv.edges?.name].filter(Boolean).join(" + ");
    const text: { nodes?: string; edges?: string } = {};
    if (csv.nodes) text.nodes = csv.nodes.text;
    if (csv.edges) text.edges = csv.edges.text;
    const before = out.length;
    convert("imported-csv", () => importCsv(text, `Imported from ${names}`));
    if (out.length === before) problems[problems.length - 1]!.file = names;
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, files: out };
}
