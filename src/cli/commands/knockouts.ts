// `chokepoint knockouts`: every country and company cut alone; the single points of failure.
import { runKnockouts, runKnockoutsOverTime } from "../../engine/propagation/index.ts";
import { formatKnockouts } from "../../report/knockouts.ts";
import { formatTimedKnockouts } from "../../report/timeline.ts";
import { NODE_KINDS, type NodeKind } from "../../schema/nodes.ts";
import { intOption, listOption } from "../args.ts";
import type { Command } from "../command.ts";
import { printUncertainty, UNCERTAINTY_OPTIONS, wantsUncertainty } from "./uncertainty-options.ts";
import { UsageError } from "../io.ts";
import { makeProgress } from "../progress.ts";
import { FORMAT_OPTIONS, formatOf, tableOptions, loadPerspective, PERSPECTIVE_OPTION } from "./shared.ts";

export const knockoutsCommand: Command = {
  name: "knockouts",
  summary: "cut each country and company alone (100%) and rank them by the sector losses they cause",
  usage: "chokepoint knockouts [--top N] [--kinds country,company] [--months N] [--format ...]",
  details:
    "Mean loss is over all sectors; a node is a single point of failure for a sector its cut alone\n" +
    "drops to zero. Progress goes to stderr when it is a terminal.\n" +
    "--months N (6 is the usual choice) cuts each node for N months instead and ranks by the output-months\n" +
    "the sectors lose, with stocks and substitution ramps, naming the sectors that cannot survive that\n" +
    "long (time to survive shorter than the cut).\n\n" +
    "Examples:\n  chokepoint knockouts --top 10\n  chokepoint knockouts --months 6 --top 10\n  chokepoint knockouts --kinds constellation --json",
  options: {
    ...PERSPECTIVE_OPTION,
    ...UNCERTAINTY_OPTIONS,
    top: { type: "string", arg: "N", description: "show only the first N" },
    kinds: { type: "string", arg: "LIST", description: "node kinds to knock out (default country,company)" },
    months: { type: "string", arg: "N", description: "cut each for N months and rank by output-months lost" },
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
    const months = intOption(values, "months");
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
