// What a scenario over time needs beyond the steady-state propagation model: per input entry its
// dependence, substitutability and substitution months (in the model's entry order), and per node
// the months of stock it holds. Built once per propagation model and cached with it.
import type { ChokepointGraph } from "../../model/graph.ts";
import type { PropagationModel } from "./propagation-model.ts";

export interface TimelineModel {
  /** Per input entry k of the propagation model. */
  inDependence: Float64Array;
  inSubstitutability: Float64Array;
  /** Months until the substitutability is reached (0: at once). */
  inSubstitutionMonths: Float64Array;
  /** Per node: months of normal throughput held as stock (0: none). */
  stockMonths: Float64Array;
}

const TIMELINE_MODELS = new WeakMap<PropagationModel, TimelineModel>();

/** The time extras of `model`, which must have been built from `graph`. */
export function timelineModelOf(graph: ChokepointGraph, model: PropagationModel): TimelineModel {
  let cached = TIMELINE_MODELS.get(model);
  if (!cached) TIMELINE_MODELS.set(model, (cached = buildTimelineModel(graph, model)));
  return cached;
}

function buildTimelineModel(graph: ChokepointGraph, m: PropagationModel): TimelineModel {
  const entries = m.inFrom.length;
  const inDependence = new Float64Array(entries).fill(1);
  const inSubstitutability = new Float64Array(entries);
  const inSubstitutionMonths = new Float64Array(entries);
  const seen = new Int32Array(m.ids.length);
  // Input entries of one target are in graph edge order (see applyDependence in propagation-model.ts).
  graph.forEachEdge((_key, attrs, _source, target) => {
    if (attrs.kind !== "input") return;
    const v = m.index.get(target)!;
    const k = m.inStart[v]! + seen[v]!++;
    inDependence[k] = attrs.dependence ?? 1;
    inSubstitutability[k] = attrs.substitutability;
    inSubstitutionMonths[k] = attrs.substitutionMonths ?? 0;
  });
  const stockMonths = new Float64Array(m.ids.length);
  for (let v = 0; v < m.ids.length; v++) {
    const attrs = graph.getNodeAttributes(m.ids[v]!);
    if ("stock" in attrs && attrs.stock) stockMonths[v] = attrs.stock.months;
  }
  return { inDependence, inSubstitutability, inSubstitutionMonths, stockMonths };
}
