// --uncertainty, --draws, --seed, --threads and --sensitivity, shared by the commands that give
// intervals: the Monte Carlo (or the tornado) instead of the point result.
import { buildMetric, type MetricSpec } from "../../engine/uncertainty/index.ts";
import { DEFAULT_DRAWS, DEFAULT_SEED } from "../../engine/uncertainty/index.ts";
import { KERNEL_METRICS, tornado, tornadoSpec } from "../../engine/uncertainty/index.ts";
import { perspectiveGraph } from "../../engine/perspective/index.ts";
import type { ChokepointGraph } from "../../model/graph.ts";
import { intervalsParallel } from "../../node/uncertainty-workers.ts";
import { formatIntervals, formatTornado, type IntervalRow } from "../../report/intervals.ts";
import { flagOption, intOption, stringOption } from "../args.ts";
import type { CommandContext, OptionSpec } from "../command.ts";
import { UsageError } from "../io.ts";
import { formatOf, tableOptions } from "./shared.ts";

export const UNCERTAINTY_OPTIONS: Record<string, OptionSpec> = {
  uncertainty: { type: "boolean", description: "p5 / median / p95 from a seeded Monte Carlo over every input's range" },
  draws: { type: "string", arg: "N", description: `with --uncertainty: draws (default ${DEFAULT_DRAWS})` },
  seed: { type: "string", arg: "S", description: `with --uncertainty: seed (default ${DEFAULT_SEED})` },
  threads: { type: "string", arg: "N", description: "with --uncertainty: worker threads (default 1: inline)" },
  sensitivity: { type: "string", arg: "KEY", description: "one-at-a-time tornado for one result (a key of --uncertainty's output)" },
};

/** True when the command should print intervals or a tornado instead of its point result. */
export const wantsUncertainty = (context: CommandContext) => flagOption(context.values, "uncertainty") || stringOption(context.values, "sensitivity") !== undefined;

/** Runs the Monte Carlo or the tornado for `spec` and prints it; `order` sorts and filters keys. */
export async function printUncertainty(context: CommandContext, base: ChokepointGraph, spec: MetricSpec, order: (rows: IntervalRow[]) => IntervalRow[] = (r) => r): Promise<number> {
  const format = formatOf(context.values);
  const key = stringOption(context.values, "sensitivity");
  if (key !== undefined) {
    // The tornado varies the inputs of the graph the metric reads: the perspective graph for
    // perspective-aware metrics, whose importer shares are then its supplies edges.
    const usesView = spec.name === "ranking" || spec.name === "hhi" || spec.name === "scenario" || spec.name === "timeline" || spec.name === "knockouts";
    const graph = usesView ? perspectiveGraph(base, spec.perspective ?? "world") : base;
    const metric = buildMetric(usesView ? { ...spec, perspective: "world" } : spec);
    const options = { top: intOption(context.values, "top") ?? 15 };
    try {
      // Kernel metrics get the same bars without a graph copy per bar.
      const result = KERNEL_METRICS.includes(spec.name) ? tornadoSpec(base, spec, key, options) : tornado(graph, metric, key, options);
      context.io.out(formatTornado(format, result, tableOptions(context)));
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    return 0;
  }
  const draws = intOption(context.values, "draws") ?? DEFAULT_DRAWS;
  const seed = intOption(context.values, "seed") ?? DEFAULT_SEED;
  const threads = intOption(context.values, "threads") ?? 1;
  if (draws < 1) throw new UsageError("--draws must be at least 1");
  const result = await intervalsParallel(base, spec, { draws, seed, threads });
  const rows = order(Object.entries(result).map(([k, v]) => ({ key: k, ...v })));
  context.info(`uncertainty: ${draws} draws, seed ${seed}; shares from low/high where given, else +/- 0.02 (A), 0.05 (B), 0.10 (C), 0.20 (U) by grade`);
  if (spec.name === "timeline") context.info(`values: output-months lost over ${spec.months ?? 12} months; stocks from their range, else +/- 10% (A), 25% (B), 50% (C), 100% (U) of their months`);
  context.io.out(formatIntervals(format, rows, tableOptions(context)));
  return 0;
}
