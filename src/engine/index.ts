// The engine's public surface: pure functions graph (+ settings) -> result objects.
export * from "./analyze.ts";
export * from "./centrality.ts";
export * from "./concentration.ts";
export * from "./crma.ts";
export * from "./dependencies.ts";
export * from "./dominators.ts";
export * from "./governance.ts";
export * from "./knockouts.ts";
export * from "./partners.ts";
export * from "./presets.ts";
export * from "./events.ts";
export * from "./propagation.ts";
export * from "./ranking.ts";
export * from "./scenario.ts";
export { betweennessScores, computeBetweenness, type BetweennessOptions } from "./betweenness.ts";
export { compactGraph, type CompactGraph } from "./compact.ts";
export { computePagerank, pagerankScores, type PagerankOptions } from "./pagerank.ts";
