export * from "./analyze.ts";
export * from "./centrality.ts";
export * from "./concentration.ts";
export * from "./ranking.ts";
