// The engine's public surface: pure functions graph (+ settings) -> result objects.
export * from "./analyze.ts";
export * from "./structure/centrality.ts";
export * from "./metrics/concentration.ts";
export * from "./metrics/crma.ts";
export * from "./dependencies.ts";
export * from "./structure/dominators.ts";
export * from "./metrics/governance.ts";
export * from "./propagation/knockouts.ts";
export * from "./metrics/partners.ts";
export * from "./propagation/presets.ts";
export * from "./propagation/propagation.ts";
export * from "./metrics/ranking.ts";
export * from "./propagation/scenario.ts";
export { betweennessScores, computeBetweenness, type BetweennessOptions } from "./structure/betweenness.ts";
export { compactGraph, type CompactGraph } from "./structure/compact.ts";
export { computePagerank, pagerankScores, type PagerankOptions } from "./structure/pagerank.ts";
