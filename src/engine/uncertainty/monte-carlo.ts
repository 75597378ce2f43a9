// The seeded Monte Carlo (issue 14): draw the inputs, run any metric on each drawn graph, and
// summarise every number it returns as p5 / median / p95. A metric is a function of a graph to
// named numbers, so a time-based scenario (issue 13) plugs in as one more metric. The kernel is
// pure and takes a range of draws, so worker threads (src/node/uncertainty-workers.ts) split it.
import type { ChokepointGraph } from "../../model/graph.ts";
import { drawRandom, drawValues, graphWith } from "./draw.ts";
import { DEFAULT_WIDTHS, uncertainInputs, type UncertaintyWidths } from "./ranges.ts";

/** Named numbers computed from one graph; keys must be the same on every draw (missing ones count as NaN). */
export type Metric = (graph: ChokepointGraph) => Record<string, number>;

export interface MonteCarloOptions {
  draws?: number;
  seed?: number;
  widths?: UncertaintyWidths;
}

export const DEFAULT_DRAWS = 1000;
export const DEFAULT_SEED = 1;

export interface Interval {
  point: number;
  p5: number;
  median: number;
  p95: number;
  /** Mean of the draws: for a 0/1 metric (a CRMA breach) the probability. */
  mean: number;
}

/** Samples of every key for draws [first, first + count): key -> values in draw order. */
export function sampleDraws(graph: ChokepointGraph, metric: Metric, first: number, count: number, options: MonteCarloOptions = {}): Record<string, number[]> {
  const inputs = uncertainInputs(graph, options.widths ?? DEFAULT_WIDTHS);
  const seed = options.seed ?? DEFAULT_SEED;
  const samples: Record<string, number[]> = {};
  for (let d = first; d < first + count; d++) {
    const values = metric(graphWith(graph, inputs, drawValues(inputs, drawRandom(seed, d))));
    for (const [key, v] of Object.entries(values)) (samples[key] ??= []).push(v);
  }
  return samples;
}

/** Quantile by linear interpolation between order statistics (type 7, as R and numpy default). */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return NaN;
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/** p5 / median / p95 of every key, beside the point value of the undrawn graph. */
export function summarise(point: Record<string, number>, samples: Record<string, number[]>): Record<string, Interval> {
  const out: Record<string, Interval> = {};
  for (const [key, value] of Object.entries(point)) {
    const sorted = Float64Array.from(samples[key] ?? []).sort();
    const mean = sorted.reduce((a, b) => a + b, 0) / sorted.length;
    out[key] = { point: value, p5: quantile(sorted, 0.05), median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), mean };
  }
  return out;
}

/** The whole Monte Carlo on this thread: intervals of every number the metric returns. */
export function monteCarlo(graph: ChokepointGraph, metric: Metric, options: MonteCarloOptions = {}): Record<string, Interval> {
  const draws = options.draws ?? DEFAULT_DRAWS;
  return summarise(metric(graph), sampleDraws(graph, metric, 0, draws, options));
}
