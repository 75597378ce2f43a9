// Intervals for the ranking and for HHI on the compiled share kernel (no graph per draw), and the
// generic path for every other metric. Draw ranges are split by [first, first + count) so worker
// threads can share the work and give the same numbers as one thread.
import type { ChokepointGraph } from "../../model/graph.ts";
import { perspectiveGraph } from "../perspective/index.ts";
import { WORLD } from "../perspective/index.ts";
import { drawRandom, drawValues } from "./draw.ts";
import { buildMetric, type MetricSpec } from "./metrics.ts";
import { DEFAULT_DRAWS, DEFAULT_SEED, sampleDraws, summarise, type Interval, type MonteCarloOptions } from "./monte-carlo.ts";
import { DEFAULT_WIDTHS, uncertainInputs } from "./ranges.ts";
import { compileShareKernel, kernelHhi, kernelRanking } from "./share-kernel.ts";

export interface DrawRange {
  first?: number;
  count?: number;
}

/** Samples for a metric spec over a range of draws: the kernel for ranking and HHI, drawn graphs otherwise. */
export function sampleSpec(graph: ChokepointGraph, spec: MetricSpec, options: MonteCarloOptions & DrawRange = {}): Record<string, number[]> {
  const draws = options.draws ?? DEFAULT_DRAWS;
  const first = options.first ?? 0;
  const count = options.count ?? draws - first;
  if (spec.name !== "ranking" && spec.name !== "hhi") return sampleDraws(graph, buildMetric(spec), first, count, options);
  // Perspective first: the importer's sourcing shares become the supplies edges that are drawn.
  const view = perspectiveGraph(graph, spec.perspective ?? WORLD);
  const inputs = uncertainInputs(view, options.widths ?? DEFAULT_WIDTHS);
  const kernel = compileShareKernel(view, inputs);
  const samples: Record<string, number[]> = {};
  const push = (key: string, v: number) => (samples[key] ??= []).push(v);
  for (let d = first; d < first + count; d++) {
    const hhi = kernelHhi(kernel, drawValues(inputs, drawRandom(options.seed ?? DEFAULT_SEED, d)));
    if (spec.name === "hhi") kernel.nodes.forEach((m, n) => push(m.node, hhi[n]!));
    else {
      const { score, rank } = kernelRanking(kernel, hhi);
      kernel.nodes.forEach((m, n) => (push(`${m.node}|rank`, rank[n]!), push(`${m.node}|score`, score[n]!)));
    }
  }
  return samples;
}

/** p5 / median / p95 (and mean) of every number a metric spec gives, on this thread. */
export function intervals(graph: ChokepointGraph, spec: MetricSpec, options: MonteCarloOptions = {}): Record<string, Interval> {
  return summarise(buildMetric(spec)(graph), sampleSpec(graph, spec, options));
}
