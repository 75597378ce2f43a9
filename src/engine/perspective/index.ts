// An importer's view of supply (perspective), the EU supply-risk method, IEA N-1 and the CRMA list.
// Builds on metrics/ and propagation/.
export * from "./supply-mix.ts";
export * from "./perspective-graph.ts";
export * from "./eu-supply-risk.ts";
export * from "./n1.ts";
export * from "./crma-list.ts";

