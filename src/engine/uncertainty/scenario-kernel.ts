// A scenario per draw without a graph per draw: one propagation model of its own (never the shared
// cached one), whose supplies shares and input keeps are overwritten with each draw's values
// before the propagation runs. The structure (who supplies and needs whom, the sweep order, the
// worklist) does not change between draws, so it is built once. Tested draw by draw against
// runScenario on drawn graphs.
import type { ChokepointGraph } from "../../model/graph.ts";
import { edgeKey } from "../../model/graph.ts";
import { buildPropagationModel, runScenario, runTimeline, timelineModelOf, type PropagationModel, type ScenarioCut, type TimedCut, type TimelineModel, type TimelineOptions } from "../propagation/index.ts";
import type { UncertainInput } from "./ranges.ts";

export interface ScenarioKernel {
  graph: ChokepointGraph;
  model: PropagationModel;
  /** Per supplies entry: the input slot of its share, or -1 when unlisted (it splits the remainder). */
  supSlot: Int32Array;
  /** Per input entry: slots of substitutability and dependence (-1: fixed), and their fixed values. */
  subSlot: Int32Array;
  depSlot: Int32Array;
  baseSub: Float64Array;
  baseDep: Float64Array;
  /** The model's time extras (its own, cached with the model) and per node the stock's slot (-1: fixed). */
  timeline: TimelineModel;
  stockSlot: Int32Array;
  baseStock: Float64Array;
}

/** Compiles the kernel of a graph (under a perspective: pass the perspective graph) and its inputs. */
export function compileScenarioKernel(graph: ChokepointGraph, inputs: readonly UncertainInput[]): ScenarioKernel {
  const model = buildPropagationModel(graph);
  const slot = new Map<string, number>();
  inputs.forEach((x, i) => slot.set(`${x.kind} ${x.ref}`, i));
  const { ids, supStart, supFrom, inStart, inFrom } = model;
  const n = ids.length;
  const supSlot = new Int32Array(supFrom.length).fill(-1);
  const subSlot = new Int32Array(inFrom.length).fill(-1);
  const depSlot = new Int32Array(inFrom.length).fill(-1);
  const baseSub = new Float64Array(inFrom.length);
  const baseDep = new Float64Array(inFrom.length);
  for (let v = 0; v < n; v++) {
    for (let k = supStart[v]!; k < supStart[v + 1]!; k++) {
      const key = edgeKey(ids[supFrom[k]!]!, ids[v]!);
      const attrs = graph.getEdgeAttributes(key);
      // Every listed share is an input (ranges.ts keeps fixed ones too).
      if (attrs.kind === "supplies" && attrs.share !== undefined) supSlot[k] = slot.get(`share ${key}`)!;
    }
    for (let k = inStart[v]!; k < inStart[v + 1]!; k++) {
      const key = edgeKey(ids[inFrom[k]!]!, ids[v]!);
      const attrs = graph.getEdgeAttributes(key);
      if (attrs.kind !== "input") throw new Error(`scenario kernel: ${key} is not an input edge`);
      subSlot[k] = slot.get(`substitutability ${key}`) ?? -1;
      depSlot[k] = slot.get(`dependence ${key}`) ?? -1;
      baseSub[k] = attrs.substitutability;
      baseDep[k] = attrs.dependence ?? 1;
    }
  }
  const timeline = timelineModelOf(graph, model);
  const stockSlot = Int32Array.from(ids, (id) => slot.get(`stock ${id}`) ?? -1);
  return { graph, model, supSlot, subSlot, depSlot, baseSub, baseDep, timeline, stockSlot, baseStock: Float64Array.from(timeline.stockMonths) };
}

/** Writes one draw's values into the kernel's model (the rule's shares and keeps, the time model's inputs and stocks). */
function applyDraw(kernel: ScenarioKernel, values: Float64Array): void {
  const { model, supSlot, subSlot, depSlot, baseSub, baseDep, timeline, stockSlot, baseStock } = kernel;
  const { supStart, supShare, inKeep } = model;
  for (let v = 0; v + 1 < supStart.length; v++) {
    let listed = 0;
    let unlisted = 0;
    for (let k = supStart[v]!; k < supStart[v + 1]!; k++) {
      if (supSlot[k] === -1) unlisted++;
      else listed += values[supSlot[k]!]!;
    }
    const split = unlisted > 0 ? Math.max(0, 1 - listed) / unlisted : 0;
    for (let k = supStart[v]!; k < supStart[v + 1]!; k++) supShare[k] = supSlot[k] === -1 ? split : values[supSlot[k]!]!;
  }
  for (let k = 0; k < inKeep.length; k++) {
    const sub = subSlot[k] === -1 ? baseSub[k]! : values[subSlot[k]!]!;
    const dep = depSlot[k] === -1 ? baseDep[k]! : values[depSlot[k]!]!;
    inKeep[k] = dep * (1 - sub);
    timeline.inSubstitutability[k] = sub;
    timeline.inDependence[k] = dep;
  }
  for (let v = 0; v < stockSlot.length; v++) timeline.stockMonths[v] = stockSlot[v] === -1 ? baseStock[v]! : values[stockSlot[v]!]!;
}

/** Output-months lost by every sector over the timeline for one vector of input values. */
export function kernelTimeline(kernel: ScenarioKernel, cuts: readonly TimedCut[], options: TimelineOptions, values: Float64Array): Record<string, number> {
  applyDraw(kernel, values);
  const out: Record<string, number> = {};
  for (const s of runTimeline(kernel.graph, cuts, options, kernel.model).sectors) out[s.sector] = s.outputMonthsLost;
  return out;
}

/** Loss of every sector under the cuts for one vector of input values. */
export function kernelScenario(kernel: ScenarioKernel, cuts: readonly ScenarioCut[], values: Float64Array): Record<string, number> {
  applyDraw(kernel, values);
  const out: Record<string, number> = {};
  for (const s of runScenario(kernel.graph, cuts, {}, kernel.model).sectors) out[s.sector] = s.loss;
  return out;
}
