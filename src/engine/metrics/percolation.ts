// Percolation centrality with chokepoint's default source risk, the governance-weighted
// concentration HHI_WGI of each supplied node (the definition is in structure/percolation.ts).
import type { ChokepointGraph } from "../../model/graph.ts";
import type { EngineSettingsInput } from "../../schema/settings.ts";
import { compactGraph, percolationScores } from "../structure/index.ts";
import { suppliedNodes } from "./concentration.ts";
import { governanceWeighted } from "./governance.ts";

/** HHI_WGI of every supplied node (0 for the others), in compact index order. */
export function governanceRisk(graph: ChokepointGraph, settings: EngineSettingsInput = {}): Float64Array {
  const view = compactGraph(graph);
  const risk = new Float64Array(view.order);
  for (const node of suppliedNodes(graph)) risk[view.index.get(node)!] = governanceWeighted(graph, node, settings).hhiWgi;
  return risk;
}

export interface PercolationOptions {
  /** Risk per node id (>= 0); nodes not in the map get 0. Default: governanceRisk (HHI_WGI). */
  risk?: ReadonlyMap<string, number>;
  settings?: EngineSettingsInput;
}

/** Percolation centrality of every node by id (see the module header for the definition). */
export function computePercolation(graph: ChokepointGraph, options: PercolationOptions = {}): Map<string, number> {
  const view = compactGraph(graph);
  let risk: Float64Array;
  if (options.risk) {
    risk = new Float64Array(view.order);
    for (const [id, x] of options.risk) {
      const v = view.index.get(id);
      if (v === undefined) throw new Error(`chokepoint percolation: risk given for "${id}", which is not a node of the graph`);
      risk[v] = x;
    }
  } else risk = governanceRisk(graph, options.settings);
  const scores = percolationScores(view, risk);
  return new Map(view.ids.map((id, v) => [id, scores[v]!]));
}
