// `chokepoint knockouts`: every country and company cut alone; the single points of failure.
import { runKnockouts, runKnockoutsOverTime } from "../../engine/propagation/index.ts";
import { formatKnockouts } from "../../report/knockouts.ts";
import { formatTimedKnockouts } from "../../report/timeline.ts";
import { NODE_KINDS, type NodeKind } from "../../schema/nodes.ts";
import { flagOption, intOption, listOption } from "../args.ts";
import type { Command } from "../command.ts";
import { printUncertainty, UNCERTAINTY_OPTIONS, wantsUncertainty } from "./uncertainty-options.ts";
import { UsageError } from "../io.ts";
import { makeProgress } from "../progress.ts";
import { FORMAT_OPTIONS, formatOf, tableOptions, loadPerspective, PERSPECTIVE_OPTION } from "./shared.ts";

/** The disruption length issue 13 sets as the default for knock-outs. */
export const DEFAULT_KNOCKOUT_MONTHS = 6;

export const knockoutsCommand: Command = {
  name: "knockouts",
  summary: "cut each country and company alone (100%) for 6 months and rank them by the output-months the sectors lose",
  usage: "chokepoint knockouts [--top N] [--kinds country,company] [--months N | --steady-state] [--format ...]",
  details:
    "Each node is cut for --months N (default 6) and ranked by the output-months the sectors lose, with\n" +
    "stocks and substitution ramps, naming the sectors that cannot survive that long (time to survive\n" +
    "shorter than the cut). --steady-state ranks by the steady state instead: mean loss over all sectors,\n" +
    "and a node is a single point of failure for a sector its cut alone drops to zero.\n" +
    "Progress goes to stderr when it is a terminal.\n\n" +
    "Examples:\n  chokepoint knockouts --top 10\n  chokepoint knockouts --months 3 --top 10\n  chokepoint knockouts --steady-state --kinds constellation --json",
  options: {
    ...PERSPECTIVE_OPTION,
    ...UNCERTAINTY_OPTIONS,
    top: { type: "string", arg: "N", description: "show only the first N" },
    kinds: { type: "string", arg: "LIST", description: "node kinds to knock out (default country,company)" },
    months: { type: "string", arg: "N", description: "months each node is cut (default 6); ranked by output-months lost" },
    "steady-state": { type: "boolean", description: "rank by the steady-state mean sector loss, with single points of failure" },
    ...FORMAT_OPTIONS,
  },
  async run(context) {
    const { values, io } = context;
    const top = intOption(values, "top") ?? Infinity;
    const kinds = listOption(values, "kinds");
    const bad = kinds.filter((k) => !(NODE_KINDS as readonly string[]).includes(k));
    if (bad.length > 0) throw new UsageError(`--kinds: unknown kind ${bad.join(", ")}; kinds are ${NODE_KINDS.join(", ")}`);
    const format = formatOf(values);
    const loaded = await loadPerspective(context);
    if (!loaded) return 1;
    const { graph } = loaded;
    if (wantsUncertainty(context)) return printUncertainty(context, loaded.base, { name: "knockouts", perspective: loaded.perspective }, (rows) => rows.sort((a, b) => b.point - a.point).slice(0, top));
    const progress = makeProgress(context, "knockouts");
    const given = intOption(values, "months");
    const steady = flagOption(values, "steady-state");
    if (given !== undefined && steady) throw new UsageError("--steady-state and --months exclude each other; give one");
    const months = steady ? undefined : (given ?? DEFAULT_KNOCKOUT_MONTHS);
    if (months !== undefined) {
      const timed = runKnockoutsOverTime(graph, { months, onProgress: progress.update, ...(kinds.length > 0 ? { kinds: kinds as NodeKind[] } : {}) });
      progress.done();
      io.out(formatTimedKnockouts(format, timed.slice(0, top), tableOptions(context)));
      return 0;
    }
    const entries = runKnockouts(graph, {}, { onProgress: progress.update, ...(kinds.length > 0 ? { kinds: kinds as NodeKind[] } : {}) });
    progress.done();
    io.out(formatKnockouts(format, entries.slice(0, top), tableOptions(context)));
    return 0;
  },
};
