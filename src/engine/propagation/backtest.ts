// The backtest (issue 13): each historical episode run as a scenario over time, the model's
// outcome set beside the record's band. Pure: reads the graph, never writes it.
import type { ChokepointGraph } from "../../model/graph.ts";
import type { Episode } from "../../schema/episodes.ts";
import { runTimeline, type TimedCut } from "./timeline.ts";

export interface BacktestRow {
  id: string;
  label: string;
  node: string;
  measure: Episode["outcome"]["measure"];
  /** The model's value of the measure (a loss, 0..1), or null when the episode cannot run on this graph. */
  model: number | null;
  low: number;
  high: number;
  within: boolean;
  /** What the episode file says (the test holds the result to it). */
  status: Episode["status"];
  lacks: string | undefined;
  /** Why it could not run (unknown nodes), when model is null. */
  problem: string | undefined;
  source: string;
  grade: string;
}

function cutOf(c: Episode["cuts"][number]): TimedCut {
  const timing = {
    ...(c.start !== undefined ? { start: c.start } : {}),
    ...(c.duration !== undefined ? { duration: c.duration } : {}),
    ...(c.recoveryMonths !== undefined ? { recoveryMonths: c.recoveryMonths } : {}),
  };
  return c.node !== undefined ? { node: c.node, severity: c.severity, ...timing } : { edge: c.edge!, severity: c.severity, ...timing };
}

export function runBacktest(graph: ChokepointGraph, episodes: readonly Episode[]): BacktestRow[] {
  return episodes.map((e): BacktestRow => {
    const { node, measure, low, high } = e.outcome;
    const base = { id: e.id, label: e.label, node, measure, low, high, status: e.status, lacks: e.lacks, source: e.outcome.source.citation, grade: e.outcome.grade };
    const missing = [node, ...e.cuts.flatMap((c) => (c.node ? [c.node] : [c.edge!.from, c.edge!.to]))].filter((id) => !graph.hasNode(id));
    if (missing.length > 0) return { ...base, model: null, within: false, problem: `not in the graph: ${[...new Set(missing)].join(", ")}` };
    const timeline = runTimeline(graph, e.cuts.map(cutOf), { months: e.months });
    const series = timeline.availability.get(node)!;
    const losses = series.map((a) => 1 - a);
    const model = measure === "worst-loss" ? Math.max(...losses) : losses.reduce((s, x) => s + x, 0) / losses.length;
    return { ...base, model, within: model >= low - 1e-9 && model <= high + 1e-9, problem: undefined };
  });
}
