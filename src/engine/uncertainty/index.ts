// Uncertainty: ranges by grade, seeded Monte Carlo draws, intervals and one-at-a-time sensitivity.
// Builds on perspective/ (every metric can be drawn under an importer's view).
export * from "./ranges.ts";
export { drawRandom, drawValues, graphWith } from "./draw.ts";
export * from "./monte-carlo.ts";
export * from "./metrics.ts";
export * from "./intervals.ts";
export * from "./tornado.ts";
export * from "./share-intervals.ts";
