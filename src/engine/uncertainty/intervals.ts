// Intervals for the ranking, HHI, SR, N-1 and scenarios on compiled kernels (no graph per draw),
// and the generic path (a drawn graph per draw) for CRMA and knock-outs. Draw ranges are split by
// [first, first + count) so worker threads can share the work and give the same numbers as one thread.
import type { ChokepointGraph } from "../../model/graph.ts";
import { perspectiveGraph } from "../perspective/index.ts";
import { WORLD } from "../perspective/index.ts";
import { drawRandom, drawValues } from "./draw.ts";
import { buildMetric, timelineOptions, type MetricSpec } from "./metrics.ts";
import { DEFAULT_DRAWS, DEFAULT_SEED, sampleDraws, summarise, type Interval, type MonteCarloOptions } from "./monte-carlo.ts";
import { DEFAULT_WIDTHS, uncertainInputs, type UncertainInput, type UncertaintyWidths } from "./ranges.ts";
import { compileRiskKernel, kernelN1, kernelSr } from "./risk-kernel.ts";
import { compileScenarioKernel, kernelScenario, kernelTimeline } from "./scenario-kernel.ts";
import { compileShareKernel, kernelHhi, kernelRanking } from "./share-kernel.ts";

export interface DrawRange {
  first?: number;
  count?: number;
}

/** Metrics drawn on a compiled kernel (no graph per draw); the others copy the graph per draw. */
export const KERNEL_METRICS: readonly MetricSpec["name"][] = ["ranking", "hhi", "sr", "n1", "scenario", "timeline"];

/** Samples for a metric spec over a range of draws: on a kernel where there is one, drawn graphs otherwise. */
export function sampleSpec(graph: ChokepointGraph, spec: MetricSpec, options: MonteCarloOptions & DrawRange = {}): Record<string, number[]> {
  const draws = options.draws ?? DEFAULT_DRAWS;
  const first = options.first ?? 0;
  return specSampler(graph, spec, options)(first, options.count ?? draws - first);
}

/**
 * sampleSpec with the kernel compiled once, for callers that sample in blocks (the explorer's
 * bands): `(first, count)` gives the samples of draws [first, first + count).
 */
export function specSampler(graph: ChokepointGraph, spec: MetricSpec, options: MonteCarloOptions = {}): (first: number, count: number) => Record<string, number[]> {
  if (!KERNEL_METRICS.includes(spec.name)) {
    const metric = buildMetric(spec);
    return (first, count) => sampleDraws(graph, metric, first, count, options);
  }
  const { inputs, draw } = compileSpec(graph, spec, options.widths ?? DEFAULT_WIDTHS);
  return (first, count) => {
    const samples: Record<string, number[]> = {};
    for (let d = first; d < first + count; d++) {
      for (const [key, v] of draw(drawValues(inputs, drawRandom(options.seed ?? DEFAULT_SEED, d)))) (samples[key] ??= []).push(v);
    }
    return samples;
  };
}

export interface CompiledSpec {
  /** The inputs the kernel draws (of the perspective graph, or of the base graph for SR and N-1). */
  inputs: UncertainInput[];
  /** The spec's named numbers for one vector of input values. */
  draw: (values: Float64Array) => Iterable<[string, number]>;
}

/** A kernel metric compiled once (KERNEL_METRICS only), for the Monte Carlo and the tornado. */
export function compileSpec(graph: ChokepointGraph, spec: MetricSpec, widths: UncertaintyWidths = DEFAULT_WIDTHS): CompiledSpec {
  if (!KERNEL_METRICS.includes(spec.name)) throw new RangeError(`no kernel for the '${spec.name}' metric`);
  // SR and N-1 read the importer's sourcing list itself; the others read the perspective graph,
  // whose supplies edges are the importer's sourcing shares, and draw those.
  const onBase = spec.name === "sr" || spec.name === "n1";
  const view = onBase ? graph : perspectiveGraph(graph, spec.perspective ?? WORLD);
  const inputs = uncertainInputs(view, widths);
  return { inputs, draw: drawer(view, inputs, spec) };
}

/** The named numbers of one draw, from the kernel the spec's metric runs on. */
function drawer(view: ChokepointGraph, inputs: UncertainInput[], spec: MetricSpec): (values: Float64Array) => Iterable<[string, number]> {
  if (spec.name === "scenario" || spec.name === "timeline") {
    const kernel = compileScenarioKernel(view, inputs);
    if (spec.name === "timeline") return (values) => Object.entries(kernelTimeline(kernel, spec.cuts ?? [], timelineOptions(spec), values));
    return (values) => Object.entries(kernelScenario(kernel, spec.cuts ?? [], values));
  }
  const share = compileShareKernel(view, inputs);
  if (spec.name === "sr" || spec.name === "n1") {
    const perspective = spec.perspective ?? WORLD;
    // As buildMetric: the SR importer is the perspective when one is given, else the EU (settings).
    const risk = compileRiskKernel(view, inputs, share, { perspective, ...(perspective === WORLD ? {} : { srImporter: perspective }) });
    return spec.name === "sr" ? (values) => kernelSr(risk, values) : (values) => kernelN1(risk, values);
  }
  return (values) => {
    const hhi = kernelHhi(share, values);
    if (spec.name === "hhi") return share.nodes.map((m, n): [string, number] => [m.node, hhi[n]!]);
    const { score, rank } = kernelRanking(share, hhi);
    return share.nodes.flatMap((m, n): [string, number][] => [[`${m.node}|rank`, rank[n]!], [`${m.node}|score`, score[n]!]]);
  };
}

/** p5 / median / p95 (and mean) of every number a metric spec gives, on this thread. */
export function intervals(graph: ChokepointGraph, spec: MetricSpec, options: MonteCarloOptions = {}): Record<string, Interval> {
  return summarise(buildMetric(spec)(graph), sampleSpec(graph, spec, options));
}
