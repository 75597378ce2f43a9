// p5-p95 of one node's supplier shares (the explorer's bars): only that node's share inputs are
// drawn, with the same ranges and per-node renormalisation as every Monte Carlo draw, so the
// intervals are those of the full run's marginals without drawing the whole graph.
import type { ChokepointGraph } from "../../model/graph.ts";
import { perspectiveGraph, WORLD, type Perspective } from "../perspective/index.ts";
import { drawRandom, drawValues } from "./draw.ts";
import { DEFAULT_DRAWS, DEFAULT_SEED, summarise, type Interval, type MonteCarloOptions } from "./monte-carlo.ts";
import { DEFAULT_WIDTHS, uncertainInputs } from "./ranges.ts";

/** Supplier id -> interval of its listed share of `node` (importer's sourcing under a perspective). */
export function shareIntervals(
  graph: ChokepointGraph,
  node: string,
  options: MonteCarloOptions & { perspective?: Perspective } = {},
): Record<string, Interval> {
  const view = perspectiveGraph(graph, options.perspective ?? WORLD);
  if (!view.hasNode(node)) throw new Error(`chokepoint uncertainty: no node "${node}" in the graph`);
  const inputs = uncertainInputs(view, options.widths ?? DEFAULT_WIDTHS).filter((x) => x.kind === "share" && x.node === node);
  const from = inputs.map((x) => view.source(x.ref));
  const point = Object.fromEntries(inputs.map((x, i) => [from[i]!, x.point]));
  const samples: Record<string, number[]> = Object.fromEntries(from.map((id) => [id, []]));
  const draws = options.draws ?? DEFAULT_DRAWS;
  for (let d = 0; d < draws; d++) {
    const values = drawValues(inputs, drawRandom(options.seed ?? DEFAULT_SEED, d));
    from.forEach((id, i) => samples[id]!.push(values[i]!));
  }
  return summarise(point, samples);
}
