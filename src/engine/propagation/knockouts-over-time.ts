// Knock-outs over time: every country and company cut alone at 100% for a duration (default 6
// months), ranked by the output-months its cut costs the sectors, with the sectors that cannot
// survive the disruption (time to survive shorter than its duration: the Risk Exposure Index idea).
import type { ChokepointGraph } from "../../model/graph.ts";
import type { NodeKind } from "../../schema/nodes.ts";
import type { EngineSettingsInput } from "../../schema/settings.ts";
import { compareIds } from "../metrics/index.ts";
import { propagationModelOf } from "./propagation.ts";
import { runTimeline } from "./timeline.ts";

export interface TimedKnockoutEntry {
  rank: number;
  node: string;
  label: string;
  kind: NodeKind;
  /** Output-months lost over the duration, summed over every sector. */
  outputMonthsLost: number;
  /** The same, as a mean over the sectors of the graph (0..months). */
  meanOutputMonthsLost: number;
  /** The largest output-months lost by one sector, and every sector with it (ties are listed). */
  worstOutputMonthsLost: number;
  worstSectors: string[];
  /** Sectors whose time to survive is shorter than the disruption (they fall below the threshold before it ends). */
  cannotSurvive: { sector: string; timeToSurvive: number }[];
  converged: boolean;
}

export interface TimedKnockoutOptions {
  /** Months each node is cut, and the horizon (default 6). */
  months?: number;
  threshold?: number;
  kinds?: readonly NodeKind[];
  settings?: EngineSettingsInput;
  onProgress?: (done: number, total: number) => void;
}

/** Cuts each node alone from month 0 for `months` months; most output-months lost first, then id. */
export function runKnockoutsOverTime(graph: ChokepointGraph, options: TimedKnockoutOptions = {}): TimedKnockoutEntry[] {
  const months = options.months ?? 6;
  const kinds = new Set<NodeKind>(options.kinds ?? ["country", "company"]);
  const model = propagationModelOf(graph);
  const targets = model.ids.filter((_id, v) => kinds.has(model.kinds[v]!));
  const sectorCount = Math.max(1, model.sectors.length);
  const entries = targets.map((node, i): Omit<TimedKnockoutEntry, "rank"> => {
    const timeline = runTimeline(graph, [{ node, severity: 1 }], { months, ...optional(options) }, model);
    let total = 0;
    let worst = 0;
    let worstSectors: string[] = [];
    for (const s of timeline.sectors) {
      total += s.outputMonthsLost;
      if (s.outputMonthsLost <= 1e-9) continue;
      if (s.outputMonthsLost > worst + 1e-12) (worst = s.outputMonthsLost), (worstSectors = [s.sector]);
      else if (s.outputMonthsLost >= worst - 1e-12) worstSectors.push(s.sector);
    }
    const cannotSurvive = timeline.sectors
      .filter((s) => s.timeToSurvive !== null && s.timeToSurvive < months)
      .map((s) => ({ sector: s.sector, timeToSurvive: s.timeToSurvive! }))
      .sort((x, y) => x.timeToSurvive - y.timeToSurvive || compareIds(x.sector, y.sector));
    options.onProgress?.(i + 1, targets.length);
    return {
      node, label: graph.getNodeAttribute(node, "label"), kind: model.kinds[model.index.get(node)!]!,
      outputMonthsLost: total, meanOutputMonthsLost: total / sectorCount, worstOutputMonthsLost: worst,
      worstSectors: worstSectors.sort(compareIds), cannotSurvive, converged: timeline.converged,
    };
  });
  entries.sort((x, y) => y.outputMonthsLost - x.outputMonthsLost || compareIds(x.node, y.node));
  return entries.map((e, i) => ({ rank: i + 1, ...e }));
}

const optional = (o: TimedKnockoutOptions) => ({
  ...(o.threshold !== undefined ? { threshold: o.threshold } : {}),
  ...(o.settings !== undefined ? { settings: o.settings } : {}),
});
