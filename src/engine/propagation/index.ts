// Disruption propagation: the propagation model, its sweeps, scenarios, presets and knock-outs.
// Builds on structure/ and metrics/.
export * from "./knockout-sweep.ts";
export * from "./knockouts.ts";
export * from "./presets.ts";
export * from "./propagation-model.ts";
export * from "./propagation.ts";
export * from "./scenario.ts";
export * from "./timeline.ts";
export * from "./timeline-model.ts";
export * from "./timeline-solve.ts";
export * from "./knockouts-over-time.ts";
export * from "./backtest.ts";
export * from "./loss-ranking.ts";
export * from "./events.ts";
export * from "./compact-scale.ts";
