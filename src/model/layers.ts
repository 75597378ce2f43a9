// The dataset's lists beside nodes and edges, as the graph carries them (graph attributes set by
// buildGraph). A graph built by hand without them reads as having none.
import type { DatasetLayers } from "../schema/dataset.ts";
import type { ChokepointGraph } from "./graph.ts";

export function layersOf(graph: ChokepointGraph): Readonly<DatasetLayers> {
  const attributes = graph.getAttributes() as Partial<DatasetLayers>;
  return {
    sourcing: attributes.sourcing ?? [],
    importReliance: attributes.importReliance ?? [],
    events: attributes.events ?? [],
    euFactors: attributes.euFactors ?? [],
  };
}
