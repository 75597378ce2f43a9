// `chokepoint concentration NODE|--all`: HHI, top share, flags and governance-weighted supply risk.
import { computeConcentration, concentrationAll } from "../../engine/concentration.ts";
import { governanceWeighted } from "../../engine/governance.ts";
import { formatConcentrationDetail, formatConcentrationRows, concentrationJson } from "../../report/concentration.ts";
import { formatJson } from "../../report/json.ts";
import { resolveSettings } from "../../schema/settings.ts";
import { flagOption, intOption, resolveNode } from "../args.ts";
import type { Command } from "../command.ts";
import { UsageError } from "../io.ts";
import { FORMAT_OPTIONS, formatOf, tableOptions } from "./shared.ts";

export const concentrationCommand: Command = {
  name: "concentration",
  summary: "supply concentration of one node, or of every supplied node (--all)",
  usage: "chokepoint concentration NODE | --all [--top N] [--format table|json|csv|md]",
  details:
    "HHI is the sum of (share in %)^2 over suppliers, 0..10,000, by supplier and with companies folded\n" +
    "into their host countries. Unlisted supply adds nothing, so HHIs are lower bounds when shares do\n" +
    "not sum to 1. HHI_WGI weighs each country's share^2 by its governance (0..10, 10 worst).\n\n" +
    "Examples:\n  chokepoint concentration cobalt-refined\n  chokepoint concentration --all --top 20 --format csv",
  takesArguments: true,
  options: {
    all: { type: "boolean", description: "every supplied node, highest country HHI first" },
    top: { type: "string", arg: "N", description: "with --all: only the first N" },
    ...FORMAT_OPTIONS,
  },
  async run(context) {
    const { values, positionals, io } = context;
    const all = flagOption(values, "all");
    const format = formatOf(values);
    const top = intOption(values, "top") ?? Infinity;
    if (all === (positionals.length > 0) || positionals.length > 1) {
      throw new UsageError("give one node id or --all, e.g. 'chokepoint concentration cobalt-refined' or 'chokepoint concentration --all'");
    }
    const graph = await context.loadGraph();
    if (!graph) return 1;
    const settings = resolveSettings();
    if (all) {
      const rows = concentrationAll(graph, settings)
        .slice(0, top)
        .map((c) => ({ concentration: c, governance: governanceWeighted(graph, c.node, settings) }));
      io.out(formatConcentrationRows(format, rows, tableOptions(context)));
      return 0;
    }
    const node = resolveNode(graph, positionals[0]!);
    const concentration = computeConcentration(graph, node, settings);
    if (concentration.suppliers.length === 0) {
      throw new UsageError(`'${node}' has no suppliers (no supplies edge ends at it); concentration is for supplied nodes. 'chokepoint concentration --all' lists them.`);
    }
    const row = { concentration, governance: governanceWeighted(graph, node, settings) };
    const label = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, "label") : id);
    io.out(
      format === "json"
        ? formatJson(concentrationJson(row))
        : format === "table"
          ? formatConcentrationDetail(row, label, tableOptions(context))
          : formatConcentrationRows(format, [row]),
    );
    return 0;
  },
};
