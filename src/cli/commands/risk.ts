// `chokepoint risk`: the composite ranking of concentration risks.
import { rankRisks } from "../../engine/metrics/index.ts";
import { rankByPropagatedLoss } from "../../engine/propagation/index.ts";
import { formatLossRisk } from "../../report/timeline.ts";
import { formatRisk } from "../../report/risk.ts";
import { NODE_KINDS } from "../../schema/nodes.ts";
import { resolveSettings } from "../../schema/settings.ts";
import { choiceOption, intOption, kindOption } from "../args.ts";
import type { Command } from "../command.ts";
import { printUncertainty, UNCERTAINTY_OPTIONS, wantsUncertainty } from "./uncertainty-options.ts";
import { FORMAT_OPTIONS, formatOf, tableOptions, loadPerspective, PERSPECTIVE_OPTION } from "./shared.ts";

export const riskCommand: Command = {
  name: "risk",
  summary: "rank concentration risks (country HHI x share of sectors downstream)",
  usage: "chokepoint risk [--top N] [--kind KIND] [--by concentration|loss [--months N]] [--format table|json|csv|md]",
  details:
    "--by loss ranks each supplied node by the output-months the sectors lose when its largest supplier\n" +
    "country withholds it for --months months (6), with dependence, substitution ramps and stocks.\n\n" +
    "Examples:\n  chokepoint risk --top 10\n  chokepoint risk --by loss --top 10\n  chokepoint risk --kind material --format csv > risks.csv",
  options: {
    ...PERSPECTIVE_OPTION,
    ...UNCERTAINTY_OPTIONS,
    top: { type: "string", arg: "N", description: "show only the first N entries" },
    kind: { type: "string", arg: "KIND", description: `only nodes of this kind (${NODE_KINDS.join(", ")})` },
    by: { type: "string", arg: "concentration|loss", description: "rank by concentration x reach (default) or by propagated loss" },
    months: { type: "string", arg: "N", description: "with --by loss: months the supplier withholds the node (default 6)" },
    ...FORMAT_OPTIONS,
  },
  async run(context) {
    const { values, io } = context;
    const top = intOption(values, "top") ?? Infinity;
    const kind = kindOption(values, "material");
    const format = formatOf(values);
    const by = choiceOption(values, "by", ["concentration", "loss"] as const, "concentration");
    const months = intOption(values, "months");
    const loaded = await loadPerspective(context);
    if (!loaded) return 1;
    const { graph } = loaded;
    if (by === "loss") {
      const rows = rankByPropagatedLoss(graph, resolveSettings(), months !== undefined ? { months } : {})
        .filter((e) => kind === undefined || e.kind === kind)
        .slice(0, top);
      io.out(formatLossRisk(format, rows, tableOptions(context)));
      return 0;
    }
    if (wantsUncertainty(context)) {
      // Rank intervals: one row per node, `<node>|rank` (1 = riskiest) and `<node>|score`, in point order.
      const order = (rows: { key: string; point: number }[]) => rows.filter((r) => r.key.endsWith("|rank")).sort((a, b) => a.point - b.point).slice(0, top);
      return printUncertainty(context, loaded.base, { name: "ranking", perspective: loaded.perspective }, order as never);
    }
    const ranking = rankRisks(graph, resolveSettings())
      .filter((e) => kind === undefined || e.kind === kind)
      .slice(0, top);
    io.out(formatRisk(format, ranking, tableOptions(context)));
    return 0;
  },
};
