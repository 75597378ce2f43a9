// One call that runs every metric the report and the view show (knock-outs and scenarios are
// separate calls: they cost a propagation per cut).
import type { ChokepointGraph } from "../model/graph.ts";
import { resolveSettings, type EngineSettings, type EngineSettingsInput } from "../schema/settings.ts";
import { type Centrality, computeCentrality, dominatorsAll } from "./structure/index.ts";
import { type Concentration, concentrationAll, crmaCheck, type CrmaResult, type GovernanceResult, governanceWeighted, partnerExposure, type PartnerExposure, partnerSet, rankRisks, type RiskEntry } from "./metrics/index.ts";

export interface Analysis {
  settings: EngineSettings;
  ranking: RiskEntry[];
  centrality: Map<string, Centrality>;
  /** Every supplied node, highest country HHI first. */
  concentration: Concentration[];
  /** Per supplied node. */
  governance: Map<string, GovernanceResult>;
  /** Per supplied node, against `partners`. */
  partnerExposure: Map<string, PartnerExposure>;
  /** The partner set, expanded to country ids, sorted. */
  partners: string[];
  /** The 65% single-third-country benchmark against settings.crmaBloc. */
  crma: CrmaResult;
  /** Per sector: the nodes every supply path passes through. */
  dominators: Map<string, string[]>;
}

export function analyze(graph: ChokepointGraph, settings: EngineSettingsInput = {}): Analysis {
  const resolved = resolveSettings(settings);
  const concentration = concentrationAll(graph, resolved);
  const partners = partnerSet(graph, resolved);
  return {
    settings: resolved,
    ranking: rankRisks(graph, resolved),
    centrality: computeCentrality(graph),
    concentration,
    governance: new Map(concentration.map((c) => [c.node, governanceWeighted(graph, c.node, resolved)])),
    partnerExposure: new Map(concentration.map((c) => [c.node, partnerExposure(graph, c.node, resolved, partners)])),
    partners: [...partners].sort(),
    crma: crmaCheck(graph, resolved),
    dominators: dominatorsAll(graph),
  };
}
