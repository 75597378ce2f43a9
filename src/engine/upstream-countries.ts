// Which countries a sector's (or any node's) supply rests on, summed along the whole chain: for each
// country upstream, the loss of the node when that country alone stops (100%), next to its direct
// share. A direct-supplier list misses the country three stages up; this does not.
import { indexDependencies, type DependencyIndex } from "../model/dependencies.ts";
import type { ChokepointGraph } from "../model/graph.ts";
import { resolveSettings, type EngineSettingsInput } from "../schema/settings.ts";
import { compareIds, computeConcentration } from "./metrics/index.ts";
import { propagationModelOf, type PropagationModel } from "./propagation/index.ts";
import { isSinglePointOfFailure, runScenario, suggest } from "./propagation/index.ts";

export interface UpstreamCountry {
  country: string;
  label: string;
  /** 1 - availability of the node when this country alone is cut 100%. */
  loss: number;
  /** The cut drops the node to 0 (the shared single-point-of-failure rule). */
  singlePointOfFailure: boolean;
  /** Its share of the node's own supply (companies folded into hosts); 0 when it is further up. */
  directShare: number;
  /** Shortest number of dependency steps from the country to the node. */
  depth: number;
}

/**
 * Countries upstream of `node`, each cut alone, largest loss first (ties by id); countries whose
 * cut costs the node nothing are left out. One scenario per upstream country, on one compiled model.
 */
export function upstreamCountries(
  graph: ChokepointGraph,
  node: string,
  settings: EngineSettingsInput = {},
  model: PropagationModel = propagationModelOf(graph),
  index: DependencyIndex = indexDependencies(graph),
): UpstreamCountry[] {
  if (!graph.hasNode(node)) throw new Error(`chokepoint upstream: no node "${node}" in the graph; ${suggest(graph, node)}`);
  const resolved = resolveSettings(settings);
  const tolerance = resolved.scenario.tolerance;
  const direct = new Map(computeConcentration(graph, node, resolved).countries.map((c) => [c.id, c.share]));
  const depths = upstreamDepths(index, node);
  const out: UpstreamCountry[] = [];
  for (const [country, depth] of depths) {
    if (graph.getNodeAttribute(country, "kind") !== "country") continue;
    const a = runScenario(graph, [{ node: country, severity: 1 }], { settings }, model).availability.get(node)!;
    if (1 - a <= tolerance) continue;
    out.push({
      country,
      label: graph.getNodeAttribute(country, "label"),
      loss: 1 - a,
      singlePointOfFailure: isSinglePointOfFailure(a, tolerance),
      directShare: direct.get(country) ?? 0,
      depth,
    });
  }
  return out.sort((x, y) => y.loss - x.loss || compareIds(x.country, y.country));
}

function upstreamDepths(index: DependencyIndex, start: string): Map<string, number> {
  const depth = new Map<string, number>([[start, 0]]);
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    for (const u of index.up.get(v) ?? []) {
      if (!depth.has(u)) depth.set(u, depth.get(v)! + 1), queue.push(u);
    }
  }
  depth.delete(start);
  return depth;
}
