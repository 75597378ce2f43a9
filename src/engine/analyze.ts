// One call that runs every metric the report and the view show.
import type { ChokepointGraph } from "../model/graph.ts";
import { resolveSettings, type EngineSettings, type EngineSettingsInput } from "../schema/settings.ts";
import { computeCentrality, type Centrality } from "./centrality.ts";
import { rankRisks, type RiskEntry } from "./ranking.ts";

export interface Analysis {
  settings: EngineSettings;
  ranking: RiskEntry[];
  centrality: Map<string, Centrality>;
}

export function analyze(graph: ChokepointGraph, settings: EngineSettingsInput = {}): Analysis {
  const resolved = resolveSettings(settings);
  return { settings: resolved, ranking: rankRisks(graph, resolved), centrality: computeCentrality(graph) };
}
