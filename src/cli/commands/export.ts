// `chokepoint export`: the loaded dataset as JSON, CSV (nodes + edges), GEXF, GraphML or Cypher.
import { stat } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { EXPORT_FORMATS, EXPORTERS, exportCsv } from "../../io/index.ts";
import { choiceOption, flagOption, stringOption } from "../args.ts";
import type { Command } from "../command.ts";
import { readIfExists, writeChanges, type FileChange } from "../data-files.ts";
import { UsageError } from "../io.ts";

export const exportCommand: Command = {
  name: "export",
  summary: "write the dataset as json, csv, gexf (Gephi), graphml or cypher (Neo4j)",
  usage: "chokepoint export --format json|csv|gexf|graphml|cypher [--out PATH] [--force]",
  details:
    "Prints to stdout, or writes --out PATH atomically. csv writes two files, PATH/nodes.csv and\n" +
    "PATH/edges.csv, so it needs --out DIR. Nested attributes are flattened to dotted names\n" +
    "(source.citation, governance.wgi); lists are written A;B. cypher is CREATE statements for\n" +
    "cypher-shell -f FILE (labels Chokepoint + the kind; relationships SUPPLIES, INPUT, ...).\n\n" +
    "Examples:\n  chokepoint export --format gexf --out chokepoint.gexf\n  chokepoint export --format csv --out out/\n  chokepoint export --format cypher > chokepoint.cypher",
  options: {
    format: { type: "string", arg: "FORMAT", description: `one of ${EXPORT_FORMATS.join(", ")} (default json)` },
    out: { type: "string", arg: "PATH", description: "write here instead of stdout (a folder for csv)" },
    force: { type: "boolean", description: "overwrite files that exist" },
  },
  async run(context) {
    const { values, io } = context;
    const format = choiceOption(values, "format", EXPORT_FORMATS, "json");
    const out = stringOption(values, "out");
    if (format === "csv" && out === undefined) {
      throw new UsageError("csv export writes nodes.csv and edges.csv: give a folder, e.g. --out export/");
    }
    if (out !== undefined && format === "csv" && (await stat(out).catch(() => undefined))?.isFile()) {
      throw new UsageError(`--out ${out} is a file; csv export needs a folder`);
    }
    const loaded = await context.load();
    if (!loaded) return 1;
    const { dataset } = loaded;
    if (out === undefined) {
      io.out(EXPORTERS[format as Exclude<typeof format, "csv">](dataset));
      return 0;
    }
    const texts =
      format === "csv"
        ? Object.entries(exportCsv(dataset)).map(([name, text]) => ({ path: join(out, `${name}.csv`), text }))
        : [{ path: out, text: EXPORTERS[format](dataset) }];
    // Nothing is created above the file (or the csv folder): a typo must not make /no-such-dir.
    const parent = dirname(resolve(out));
    if (!(await stat(parent).catch(() => undefined))?.isDirectory()) throw new UsageError(`--out ${out}: the folder ${parent} does not exist; create it first`);
    const changes: FileChange[] = [];
    for (const { path, text } of texts) {
      const before = await readIfExists(path);
      if (before !== undefined && !flagOption(values, "force")) throw new UsageError(`${path} exists; add --force to overwrite it`);
      changes.push({ path, before, after: text });
    }
    const failed = await writeChanges(changes);
    if (failed) {
      io.err(`chokepoint: ${failed}\n`);
      return 1;
    }
    context.info(`wrote ${changes.map((c) => c.path).join(" and ")}: ${dataset.nodes.length} nodes, ${dataset.edges.length} edges`);
    return 0;
  },
};
