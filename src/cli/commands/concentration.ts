// `chokepoint concentration NODE|--all`: HHI, top share, flags and governance-weighted supply risk.
import { computeConcentration, concentrationAll, governanceWeighted } from "../../engine/metrics/index.ts";
import { formatConcentrationDetail, formatConcentrationRows, concentrationJson } from "../../report/concentration.ts";
import { formatJson } from "../../report/json.ts";
import { resolveSettings } from "../../schema/settings.ts";
import { choiceOption, flagOption, intOption, resolveNode, stringOption } from "../args.ts";
import { euSupplyRiskAll, mixUsed } from "../../engine/perspective/index.ts";
import { formatEuSupplyRisk } from "../../report/supply-risk-eu.ts";
import type { Command } from "../command.ts";
import { printUncertainty, UNCERTAINTY_OPTIONS, wantsUncertainty } from "./uncertainty-options.ts";
import { UsageError } from "../io.ts";
import { FORMAT_OPTIONS, formatOf, tableOptions, loadPerspective, PERSPECTIVE_OPTION } from "./shared.ts";

export const concentrationCommand: Command = {
  name: "concentration",
  summary: "supply concentration of one node, or of every supplied node (--all)",
  usage: "chokepoint concentration NODE | --all [--top N] [--format table|json|csv|md]",
  details:
    "HHI is the sum of (share in %)^2 over suppliers, 0..10,000, by supplier and with companies folded\n" +
    "into their host countries. Unlisted supply adds nothing, so HHIs are lower bounds when shares do\n" +
    "not sum to 1. HHI_WGI weighs each country's share^2 by its governance (0..10, 10 worst).\n\n" +
    "--method eu prints SR = [HHI_WGI,t(global) x IR/2 + HHI_WGI,t(EU) x (1 - IR/2)] x (1 - EoL_RIR) x SI_SR\n" +
    "per material and stage (NODE: every stage of its material) with each term and what was assumed.\n\n" +
    "Examples:\n  chokepoint concentration cobalt-refined\n  chokepoint concentration --all --method eu\n  chokepoint concentration --all --top 20 --format csv",
  takesArguments: true,
  options: {
    ...PERSPECTIVE_OPTION,
    ...UNCERTAINTY_OPTIONS,
    method: { type: "string", arg: "hhi|eu", description: "eu: the EU supply-risk method per material and stage, every term" },
    importer: { type: "string", arg: "WHO", description: "with --method eu: whose sourcing and import reliance (default EU)" },
    all: { type: "boolean", description: "every supplied node, highest country HHI first" },
    top: { type: "string", arg: "N", description: "with --all: only the first N" },
    ...FORMAT_OPTIONS,
  },
  async run(context) {
    const { values, positionals, io } = context;
    const all = flagOption(values, "all");
    const format = formatOf(values);
    const top = intOption(values, "top") ?? Infinity;
    const method = choiceOption(values, "method", ["hhi", "eu"] as const, "hhi");
    if (all === (positionals.length > 0) || positionals.length > 1) {
      throw new UsageError("give one node id or --all, e.g. 'chokepoint concentration cobalt-refined' or 'chokepoint concentration --all'");
    }
    const loaded = await loadPerspective(context);
    if (!loaded) return 1;
    const { graph, perspective } = loaded;
    const settings = resolveSettings();
    // Under a perspective the graph's shares of a node may be the importer's: the SR line says which.
    const origin = (node: string) => ({ perspective, used: mixUsed(graph, node) });
    if (wantsUncertainty(context)) {
      const name = method === "eu" ? "sr" : "hhi";
      const picked = all ? undefined : resolveNode(graph, positionals[0]!);
      return printUncertainty(context, loaded.base, { name, perspective: loaded.perspective }, (rows) => rows.filter((r) => picked === undefined || r.key === picked).sort((a, b) => b.point - a.point).slice(0, top));
    }
    if (method === "eu") {
      const importer = stringOption(values, "importer");
      let materials = euSupplyRiskAll(loaded.base, settings, importer ? { importer } : {});
      if (!all) {
        const node = resolveNode(graph, positionals[0]!);
        const material = graph.getNodeAttributes(node);
        if (material.kind !== "material") throw new UsageError(`'${node}' is a ${material.kind}; the EU method scores materials`);
        const name = material.material ?? node;
        materials = materials.filter((m) => m.material === name);
      }
      io.out(formatEuSupplyRisk(format, materials.slice(0, top), tableOptions(context)));
      return 0;
    }
    if (all) {
      const rows = concentrationAll(graph, settings)
        .slice(0, top)
        .map((c) => ({ concentration: c, governance: governanceWeighted(graph, c.node, settings, origin(c.node)) }));
      io.out(formatConcentrationRows(format, rows, tableOptions(context)));
      return 0;
    }
    const node = resolveNode(graph, positionals[0]!);
    const concentration = computeConcentration(graph, node, settings);
    if (concentration.suppliers.length === 0) {
      throw new UsageError(`'${node}' has no suppliers (no supplies edge ends at it); concentration is for supplied nodes. 'chokepoint concentration --all' lists them.`);
    }
    const row = { concentration, governance: governanceWeighted(graph, node, settings, origin(node)) };
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
