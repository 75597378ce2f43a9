// `chokepoint risk`: the composite ranking of concentration risks.
import { rankRisks } from "../../engine/ranking.ts";
import { formatRisk } from "../../report/risk.ts";
import { NODE_KINDS } from "../../schema/nodes.ts";
import { resolveSettings } from "../../schema/settings.ts";
import { intOption, kindOption } from "../args.ts";
import type { Command } from "../command.ts";
import { FORMAT_OPTIONS, formatOf, tableOptions, loadPerspective, PERSPECTIVE_OPTION } from "./shared.ts";

export const riskCommand: Command = {
  name: "risk",
  summary: "rank concentration risks (country HHI x share of sectors downstream)",
  usage: "chokepoint risk [--top N] [--kind KIND] [--format table|json|csv|md]",
  details: "Examples:\n  chokepoint risk --top 10\n  chokepoint risk --kind material --format csv > risks.csv",
  options: {
    ...PERSPECTIVE_OPTION,
    top: { type: "string", arg: "N", description: "show only the first N entries" },
    kind: { type: "string", arg: "KIND", description: `only nodes of this kind (${NODE_KINDS.join(", ")})` },
    ...FORMAT_OPTIONS,
  },
  async run(context) {
    const { values, io } = context;
    const top = intOption(values, "top") ?? Infinity;
    const kind = kindOption(values, "material");
    const format = formatOf(values);
    const loaded = await loadPerspective(context);
    if (!loaded) return 1;
    const { graph } = loaded;
    const ranking = rankRisks(graph, resolveSettings())
      .filter((e) => kind === undefined || e.kind === kind)
      .slice(0, top);
    io.out(formatRisk(format, ranking, tableOptions(context)));
    return 0;
  },
};
