// Graphs from the generator, through the real loader, for the compact-path tests.
import { generateNetwork, networkToSources } from "../../src/gen/index.ts";
import { loadDataset } from "../../src/load/index.ts";
import { buildGraph, type ChokepointGraph } from "../../src/model/index.ts";

export function generatedGraph(nodes: number, seed = 1): ChokepointGraph {
  const result = loadDataset(networkToSources(generateNetwork({ nodes, seed })));
  if (!result.ok) throw new Error("generated data did not load");
  return buildGraph(result.dataset);
}
