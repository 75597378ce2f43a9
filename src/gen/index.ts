// Synthetic supply networks for tests and benchmarks.
export { generateNetwork, networkToSources, type GeneratedFile, type GeneratedNetwork, type NetworkOptions } from "./network.ts";
export { createRandom, WeightedPool, type Random } from "./prng.ts";
