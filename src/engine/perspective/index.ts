// Issue 14's engine surface: perspective, EU supply risk, N-1, the CRMA list, and uncertainty.
export * from "./supply-mix.ts";
export * from "./perspective-graph.ts";
export * from "./eu-supply-risk.ts";
export * from "./n1.ts";
export * from "./crma-list.ts";
export * from "../uncertainty/ranges.ts";
export { drawRandom, drawValues, graphWith } from "../uncertainty/draw.ts";
export * from "../uncertainty/monte-carlo.ts";
export * from "../uncertainty/metrics.ts";
export * from "../uncertainty/intervals.ts";
export * from "../uncertainty/tornado.ts";
