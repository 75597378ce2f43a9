// `chokepoint risk`: the ranking by propagated loss (default) or the composite of concentration risks.
import { rankRisks } from "../../engine/metrics/index.ts";
import { rankByPropagatedLoss } from "../../engine/propagation/index.ts";
import { formatLossRisk } from "../../report/timeline.ts";
import { formatRisk } from "../../report/risk.ts";
import { NODE_KINDS } from "../../schema/nodes.ts";
import { resolveSettings } from "../../schema/settings.ts";
import { choiceOption, intOption, kindOption } from "../args.ts";
import type { Command } from "../command.ts";
import { makeProgress } from "../progress.ts";
import { printUncertainty, UNCERTAINTY_OPTIONS, wantsUncertainty } from "./uncertainty-options.ts";
import { UsageError } from "../io.ts";
import { FORMAT_OPTIONS, formatOf, tableOptions, loadPerspective, PERSPECTIVE_OPTION } from "./shared.ts";

export const riskCommand: Command = {
  name: "risk",
  summary: "rank supply risks by the output-months the sectors lose (or by concentration x reach)",
  usage: "chokepoint risk [--top N] [--kind KIND] [--by loss|concentration] [--months N] [--format table|json|csv|md]",
  details:
    "By default (--by loss) each supplied node is ranked by the output-months the sectors lose when its\n" +
    "largest supplier country withholds it for --months months (6), with dependence, substitution ramps\n" +
    "and stocks: a sector reached only through weakly depended-on or substitutable inputs adds little.\n" +
    "--by concentration is the composite of country HHI and the share of sectors downstream (reach);\n" +
    "--uncertainty and --sensitivity give intervals for that composite.\n\n" +
    "Examples:\n  chokepoint risk --top 10\n  chokepoint risk --by concentration --top 10\n  chokepoint risk --kind material --format csv > risks.csv",
  options: {
    ...PERSPECTIVE_OPTION,
    ...UNCERTAINTY_OPTIONS,
    top: { type: "string", arg: "N", description: "show only the first N entries" },
    kind: { type: "string", arg: "KIND", description: `only nodes of this kind (${NODE_KINDS.join(", ")})` },
    by: { type: "string", arg: "loss|concentration", description: "rank by propagated loss (default) or by concentration x reach" },
    months: { type: "string", arg: "N", description: "with --by loss: months the supplier withholds the node (default 6)" },
    ...FORMAT_OPTIONS,
  },
  async run(context) {
    const { values, io } = context;
    const top = intOption(values, "top") ?? Infinity;
    const kind = kindOption(values, "material");
    const format = formatOf(values);
    // The intervals are computed for the composite ranking, so asking for them without --by means that one.
    const by = choiceOption(values, "by", ["loss", "concentration"] as const, wantsUncertainty(context) ? "concentration" : "loss");
    const months = intOption(values, "months");
    if (by === "loss" && wantsUncertainty(context)) {
      throw new UsageError("--uncertainty and --sensitivity rank the composite only; use them with --by concentration");
    }
    if (by === "concentration" && months !== undefined) throw new UsageError("--months goes with --by loss; e.g. --by loss --months 6");
    const loaded = await loadPerspective(context);
    if (!loaded) return 1;
    const { graph } = loaded;
    if (by === "loss") {
      const progress = makeProgress(context, "risk");
      const ranking = rankByPropagatedLoss(graph, resolveSettings(), { ...(months !== undefined ? { months } : {}), onProgress: progress.update });
      progress.done();
      const rows = ranking
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
