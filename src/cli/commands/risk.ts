// `chokepoint risk`: the composite ranking of concentration risks.
import { analyze } from "../../engine/analyze.ts";
import { formatRiskTable, riskJson } from "../../report/risk.ts";
import type { Command } from "../command.ts";
import { UsageError } from "../io.ts";

export const riskCommand: Command = {
  name: "risk",
  summary: "rank concentration risks (HHI x downstream reach)",
  usage: "chokepoint risk [--json] [--top N] [--data PATH]...",
  options: {
    json: { type: "boolean", description: "print JSON instead of a table" },
    top: { type: "string", description: "show only the first N entries" },
  },
  async run({ values, io, loadGraph }) {
    const top = values["top"] === undefined ? Infinity : Number(values["top"]);
    if (!Number.isInteger(top) || top < 1) throw new UsageError(`--top needs a whole number of 1 or more, e.g. --top 10`);
    const graph = await loadGraph();
    if (!graph) return 1;
    const ranking = analyze(graph).ranking.slice(0, top);
    io.out(values["json"] ? `${JSON.stringify(riskJson(ranking), null, 2)}\n` : formatRiskTable(ranking));
    return 0;
  },
};
