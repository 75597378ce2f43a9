// chokepoint's library API: load data, build the graph, run the engine. Every engine function is
// pure over the graph (it never writes to it) and returns plain result objects:
//   import { loadData, analyze, runScenario, runKnockouts, dependencies } from "chokepoint";
//   const data = await loadData({ extra: ["my-data/"] });
//   if (data.ok) {
//     console.log(analyze(data.graph).ranking.slice(0, 5));
//     console.log(runScenario(data.graph, [{ node: "CN", severity: 1 }]).sectors.slice(0, 5));
//   }
export * from "./engine/index.ts";
export * from "./load/index.ts";
export * from "./model/index.ts";
export type { Dataset, DataFile, Edge, Node, NodeKind, EdgeKind, EngineSettings, EngineSettingsInput } from "./schema/index.ts";
export { resolveSettings } from "./schema/index.ts";
export { loadData, type LoadedData } from "./node/load-data.ts";
export { readDataFiles, type ReadOptions } from "./node/read-data.ts";
export { betweennessScoresParallel, closeBetweennessWorkers, type ParallelBetweennessOptions } from "./node/betweenness-workers.ts";
export * from "./engine/perspective/index.ts";
export * from "./engine/uncertainty/index.ts";
export { intervalsParallel, type ParallelMonteCarloOptions } from "./node/uncertainty-workers.ts";
