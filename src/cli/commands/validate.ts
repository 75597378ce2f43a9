// `chokepoint validate`: checks every data file and reports all problems at once.
import { loadDataset } from "../../load/index.ts";
import { countriesWithoutWgi } from "../../load/warnings.ts";
import { formatJson } from "../../report/json.ts";
import type { Command } from "../command.ts";
import { FORMAT_OPTIONS, formatOf } from "./shared.ts";

export const validateCommand: Command = {
  name: "validate",
  summary: "check the data files: every problem with file, line and JSON path",
  usage: "chokepoint validate [PATH]... [--data PATH]... [--no-bundled] [--json]",
  details:
    "PATH arguments are loaded like --data, on top of data/ (add --no-bundled to leave it out).\n" +
    "Exits 1 with every problem on stderr, nothing on stdout, when any file is invalid.\n\n" +
    "Examples:\n  chokepoint validate\n  chokepoint validate my-data/ --json",
  takesArguments: true,
  options: { ...FORMAT_OPTIONS },
  async run(context) {
    const { io, positionals, values } = context;
    const format = formatOf(values);
    const extra = [...context.flags.data, ...positionals];
    context.flags.data = extra;
    const read = await context.readSources();
    const result = loadDataset(read.files);
    const issues = [...read.issues, ...(result.ok ? [] : result.issues)];
    if (!result.ok || issues.length > 0) {
      context.reportIssues(issues);
      return 1;
    }
    const noWgi = countriesWithoutWgi(result.dataset);
    const warnings = noWgi.length === 0 ? [] : [`${noWgi.length} supplying countr${noWgi.length === 1 ? "y has" : "ies have"} no WGI governance score (the engine uses the defaultWgi fallback for them): ${noWgi.join(", ")}`];
    for (const w of warnings) io.err(`warning: ${w}\n`);
    const summary = {
      ok: true,
      files: read.files.map((f) => f.path),
      nodes: result.dataset.nodes.length,
      edges: result.dataset.edges.length,
      warnings,
    };
    io.out(
      format === "json"
        ? formatJson(summary)
        : `ok: ${summary.files.length} file(s), ${summary.nodes} nodes, ${summary.edges} edges\n`,
    );
    return 0;
  },
};

