// Supply metrics: concentration (HHI, top share), governance-weighted concentration, partner
// exposure, the CRMA benchmark and the composite risk ranking. Builds on structure/.
export * from "./concentration.ts";
export * from "./crma.ts";
export * from "./governance.ts";
export * from "./hosts.ts";
export * from "./partners.ts";
export * from "./ranking.ts";
export * from "./percolation.ts";
export * from "./compact-concentration.ts";
