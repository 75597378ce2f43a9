// `chokepoint dominators SECTOR|--all`: the nodes every supply path to a sector passes through.
import { dominators, dominatorsAll } from "../../engine/structure/index.ts";
import { formatDominators, formatSectorDominators } from "../../report/dominators.ts";
import { flagOption, resolveNode } from "../args.ts";
import type { Command } from "../command.ts";
import { UsageError } from "../io.ts";
import { FORMAT_OPTIONS, formatOf, tableOptions } from "./shared.ts";

export const dominatorsCommand: Command = {
  name: "dominators",
  summary: "structural chokepoints: nodes on every supply path to a sector",
  usage: "chokepoint dominators SECTOR | --all [--format ...]",
  details:
    "A node dominates a sector when every supply path from any origin to the sector passes through it\n" +
    "(dominator tree from a virtual source over all origins). Two required inputs are two paths, so\n" +
    "neither dominates: 'chokepoint knockouts' measures what the Leontief rule adds.\n\n" +
    "Examples:\n  chokepoint dominators electric-vehicles\n  chokepoint dominators --all --format md",
  takesArguments: true,
  options: {
    all: { type: "boolean", description: "every sector" },
    ...FORMAT_OPTIONS,
  },
  async run(context) {
    const { values, positionals, io } = context;
    const all = flagOption(values, "all");
    if (all === (positionals.length > 0) || positionals.length > 1) {
      throw new UsageError("give one sector id or --all, e.g. 'chokepoint dominators electric-vehicles'");
    }
    const format = formatOf(values);
    const graph = await context.loadGraph();
    if (!graph) return 1;
    if (all) {
      const rows = [...dominatorsAll(graph)].map(([sector, list]) => ({ sector, dominators: list }));
      io.out(formatDominators(format, rows, tableOptions(context)));
      return 0;
    }
    const sector = resolveNode(graph, positionals[0]!, "sector");
    if (graph.getNodeAttribute(sector, "kind") !== "sector") {
      const sectors = graph.filterNodes((_n, a) => a.kind === "sector").sort();
      throw new UsageError(`'${sector}' is a ${graph.getNodeAttribute(sector, "kind")}, not a sector; sectors: ${sectors.join(", ")}`);
    }
    const label = (id: string) => graph.getNodeAttribute(id, "label");
    io.out(formatSectorDominators(format, { sector, dominators: dominators(graph, sector) }, label, tableOptions(context)));
    return 0;
  },
};
