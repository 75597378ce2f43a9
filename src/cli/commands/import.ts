// `chokepoint import`: CSV (nodes + edges), GEXF, GraphML or JSON -> one data file, validated
// with the rest of the data through src/load before it is written.
import { readFile, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import {
  draftToJson,
  FormatError,
  importCsv,
  importGexf,
  importGraphml,
  importJson,
  IMPORT_FORMATS,
  type DataFileDraft,
  type ImportFormat,
} from "../../io/index.ts";
import { IMPORT_EXTENSIONS } from "../../io/import-files.ts";
import { formatUnifiedDiff } from "../../report/diff.ts";
import { choiceOption, flagOption, stringOption } from "../args.ts";
import type { Command, CommandContext } from "../command.ts";
import { readIfExists, schemaRefFor, validateChanges, writeChanges, type FileChange } from "../data-files.ts";
import { UsageError } from "../io.ts";

// The same extension map as the view's "Open data..." (src/io/import-files.ts).
const BY_EXTENSION: Record<string, ImportFormat> = IMPORT_EXTENSIONS;

async function readInput(path: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${path}: ${code === "ENOENT" ? "no such file" : (error as Error).message}`);
  }
}

/** The draft from the command line: `--nodes/--edges` CSV, a CSV folder, or one GEXF/GraphML/JSON file. */
async function readDraft(context: CommandContext, title: string | undefined): Promise<DataFileDraft> {
  const { values, positionals } = context;
  let nodes = stringOption(values, "nodes");
  let edges = stringOption(values, "edges");
  const [input, ...more] = positionals;
  if (more.length > 0) throw new UsageError("import reads one file (or --nodes and --edges for csv); run it once per file");
  if (input !== undefined && (await stat(input).catch(() => undefined))?.isDirectory()) {
    nodes ??= join(input, "nodes.csv");
    edges ??= join(input, "edges.csv");
  } else if (input !== undefined) {
    const format = choiceOption(values, "format", IMPORT_FORMATS, BY_EXTENSION[extname(input).toLowerCase()] ?? "json");
    if (format === "csv") throw new UsageError("csv import takes two files: --nodes nodes.csv --edges edges.csv (or a folder holding both)");
    const text = await readInput(input);
    return format === "gexf" ? importGexf(text, title) : format === "graphml" ? importGraphml(text, title) : withTitle(importJson(text), title);
  }
  if (nodes === undefined && edges === undefined) {
    throw new UsageError("say what to import, e.g. 'chokepoint import graph.gexf --out data/new.json' or '--nodes nodes.csv --edges edges.csv'");
  }
  const csv: { nodes?: string; edges?: string } = {};
  if (nodes !== undefined) csv.nodes = await readInput(nodes);
  if (edges !== undefined) csv.edges = await readInput(edges);
  return importCsv(csv, title);
}

const withTitle = (draft: DataFileDraft, title: string | undefined) => (title ? { ...draft, title } : draft);

export const importCommand: Command = {
  name: "import",
  summary: "turn CSV (nodes + edges), GEXF, GraphML or JSON into a validated data file",
  usage: "chokepoint import FILE|DIR [--nodes nodes.csv --edges edges.csv] [--out data/new.json] [--dry-run]",
  details:
    "The format comes from the extension (.gexf, .graphml, .json) or --format. CSV is two files, named\n" +
    "with --nodes and --edges, or nodes.csv and edges.csv in a folder. Their header row names the columns:\n" +
    "  nodes: id,kind,label (required), then any of aliases,description,blocs,partner,governance.wgi,\n" +
    "         governance.year,material,stage,strategic,critical,eolRir,substitutionIndex,figures,\n" +
    "         year,unit,estimate,note,source.citation,source.url,source.accessed\n" +
    "  edges: from,to,kind (required), then any of share,substitutability,year,unit,estimate,note,\n" +
    "         source.citation,source.url,source.accessed\n" +
    "An empty cell is 'not given'; lists are written EU;G7; shares are fractions 0..1. GEXF and GraphML\n" +
    "attributes use the same names; layout attributes (x, y, size, color) are dropped.\n\n" +
    "The result is validated with the loaded data (data/ and --data; --no-bundled leaves data/ out), so\n" +
    "edges may point at existing nodes. Nothing is written when anything is wrong (exit 1). Without\n" +
    "--out the data file is printed.\n\n" +
    "Examples:\n  chokepoint import --nodes nodes.csv --edges edges.csv --out data/lithium.json\n" +
    "  chokepoint import gephi-export.gexf --no-bundled --out my-data/graph.json",
  takesArguments: true,
  options: {
    format: { type: "string", arg: "FORMAT", description: `input format: ${IMPORT_FORMATS.join(", ")}` },
    nodes: { type: "string", arg: "FILE", description: "nodes CSV file" },
    edges: { type: "string", arg: "FILE", description: "edges CSV file" },
    out: { type: "string", arg: "PATH", description: "the data file to write (atomically)" },
    title: { type: "string", arg: "TEXT", description: "title of the new data file" },
    force: { type: "boolean", description: "replace --out when it exists" },
    "dry-run": { type: "boolean", description: "validate and print the diff; write nothing" },
  },
  async run(context) {
    const { values, io } = context;
    const out = stringOption(values, "out");
    const title = stringOption(values, "title") ?? (out ? `Imported into ${basename(out)}` : undefined);
    let draft: DataFileDraft;
    try {
      draft = await readDraft(context, title);
    } catch (error) {
      if (!(error instanceof FormatError)) throw error;
      io.err(`chokepoint: cannot import: ${error.message}\n`);
      return 1;
    }
    const before = out === undefined ? undefined : await readIfExists(out);
    if (before !== undefined && !flagOption(values, "force") && !flagOption(values, "dry-run")) {
      throw new UsageError(`${out} exists; add --force to replace it (or choose another --out)`);
    }
    const change: FileChange = { path: out ?? "<import>", before, after: draftToJson(draft, out ? schemaRefFor(out) : undefined) };
    const read = await context.readSources();
    const issues = [...read.issues, ...validateChanges(read.files, [change])];
    if (issues.length > 0) {
      context.reportIssues(issues);
      if (context.flags.bundled && issues.some((i) => i.message.startsWith("duplicate"))) {
        context.info("hint: importing a whole dataset, not an addition to data/? add --no-bundled");
      }
      return 1;
    }
    const summary = `${draft.nodes.length} nodes, ${draft.edges.length} edges`;
    if (out === undefined) {
      io.out(change.after);
    } else if (flagOption(values, "dry-run")) {
      io.out(formatUnifiedDiff(out, before, change.after));
      context.info(`dry run: ${out} would get ${summary}; nothing written`);
    } else {
      const failed = await writeChanges([change]);
      if (failed) {
        io.err(`chokepoint: ${failed}\n`);
        return 1;
      }
      context.info(`wrote ${out}: ${summary}`);
    }
    return 0;
  },
};
