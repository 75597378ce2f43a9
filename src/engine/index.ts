// The engine's public surface: pure functions graph (+ settings) -> result objects. Each sub-folder
// index is the wider surface the rest of src/ may use; this file is what the library API exports.
export * from "./analyze.ts";
export * from "./dependencies.ts";
export {
  type BetweennessOptions,
  betweennessScores,
  type Centrality,
  type CentralityOptions,
  compactGraph,
  type CompactGraph,
  computeBetweenness,
  computeCentrality,
  computePagerank,
  DOMINATOR_SOURCE,
  dominators,
  dominatorsAll,
  type DominatorTree,
  dominatorTree,
  type PagerankOptions,
  pagerankScores,
  reversedDependencyGraph,
} from "./structure/index.ts";
export {
  blocMembers,
  COALITION_ID,
  type CoalitionEntry,
  type CoalitionView,
  coalitionView,
  compareIds,
  computeConcentration,
  type Concentration,
  concentrationAll,
  type CrmaBreach,
  crmaCheck,
  type CrmaOptions,
  type CrmaResult,
  exposureOf,
  foldToCountries,
  type GovernanceCountry,
  type GovernanceResult,
  governanceWeighted,
  hhi,
  mergePartners,
  partnerExposure,
  type PartnerExposure,
  partnerSet,
  rankRisks,
  resolvedShares,
  type RiskEntry,
  scaleWgi,
  type ShareEntry,
  type StageBottleneck,
  suppliedNodes,
  supplyRiskBottlenecks,
  type SupplyRiskInput,
} from "./metrics/index.ts";
export {
  buildPropagationModel,
  compileCuts,
  type CompiledCuts,
  cutNodes,
  explainPath,
  forEachUpstream,
  type KnockoutEntry,
  type KnockoutOptions,
  missingPresetNodes,
  presetCuts,
  propagate,
  type PropagationModel,
  propagationModelOf,
  type PropagationRun,
  type BacktestRow,
  runBacktest,
  runKnockouts,
  type LossRiskEntry,
  rankByPropagatedLoss,
  runKnockoutsOverTime,
  runTimeline,
  runScenario,
  SCENARIO_PRESETS,
  type ScenarioCut,
  type ScenarioOptions,
  type ScenarioPreset,
  type ScenarioResult,
  type SectorImpact,
  type SectorTimeline,
  severityAt,
  type TimedCut,
  type TimedKnockoutEntry,
  type TimedKnockoutOptions,
  type TimelineOptions,
  type TimelineResult,
  suggest,
  type Worklist,
  worklistOf,
} from "./propagation/index.ts";
export * from "./commodity-cut.ts";
export * from "./dossier.ts";
export * from "./upstream-countries.ts";
export { type EventPreset, eventPresets, eventsInForce, eventsTouching } from "./propagation/index.ts";
export { sampledBetweenness, sampleSize, type SampledBetweenness, type SampledBetweennessOptions } from "./structure/index.ts";
export { compactFromArcs } from "./structure/index.ts";
export { computePercolation, governanceRisk, type PercolationOptions } from "./metrics/index.ts";
export { percolationScores } from "./structure/index.ts";
// Graphs too large for graphology (issue 16 item 6): the compact view straight from a dataset.
export { COMPACT_ONLY_NODES, compactFromDataset, type CompactData, type KnownIndex } from "./structure/index.ts";
export { concentrationAllCompact } from "./metrics/index.ts";
export { propagationModelOfCompact, runKnockoutsCompact, runScenarioCompact } from "./propagation/index.ts";
