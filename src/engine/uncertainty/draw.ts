// One Monte Carlo draw: a copy of the graph with every uncertain input drawn uniformly from its
// range, and each node's listed shares scaled down together when they would sum over 1.
import type { ChokepointGraph } from "../../model/graph.ts";
import { layersOf } from "../../model/layers.ts";
import type { SourcingEntry } from "../../schema/layers.ts";
import type { UncertainInput } from "./ranges.ts";

/** A small seeded PRNG (mulberry32); one stream per draw, so any subset of draws is reproducible alone. */
export function drawRandom(seed: number, draw: number): () => number {
  let t = (Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(draw + 1, 0x85ebca6b)) >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let x = Math.imul(t ^ (t >>> 15), 1 | t);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** Values for every input in one draw (uniform in its range), listed shares renormalised per node. */
export function drawValues(inputs: readonly UncertainInput[], random: () => number): Float64Array {
  const values = new Float64Array(inputs.length);
  inputs.forEach((x, i) => (values[i] = x.low + (x.high - x.low) * random()));
  return renormalise(inputs, values);
}

/** Shares of one node (or one importer's node) that sum over 1 are divided by their sum. */
export function renormalise(inputs: readonly UncertainInput[], values: Float64Array, shareSum?: Map<string, number>): Float64Array {
  const sums = shareSum ?? new Map<string, number>();
  if (!shareSum) {
    inputs.forEach((x, i) => {
      if (x.kind === "share" || x.kind === "sourcing") sums.set(`${x.kind}|${x.node}`, (sums.get(`${x.kind}|${x.node}`) ?? 0) + values[i]!);
    });
  }
  inputs.forEach((x, i) => {
    if (x.kind !== "share" && x.kind !== "sourcing") return;
    const sum = sums.get(`${x.kind}|${x.node}`)!;
    if (sum > 1) values[i] = values[i]! / sum;
  });
  return values;
}

/**
 * A copy of the graph with the given input values; listed shares that never vary keep their value
 * but count in the sum. Fresh attribute objects everywhere a value changes: the input graph is untouched.
 */
export function graphWith(graph: ChokepointGraph, inputs: readonly UncertainInput[], values: Float64Array): ChokepointGraph {
  const copy = graph.copy() as ChokepointGraph;
  const sourcing = layersOf(graph).sourcing;
  let drawnSourcing: SourcingEntry[] | undefined;
  inputs.forEach((x, i) => {
    const v = values[i]!;
    if (x.kind === "stock") {
      const attrs = copy.getNodeAttributes(x.ref);
      if ("stock" in attrs && attrs.stock) copy.replaceNodeAttributes(x.ref, { ...attrs, stock: { ...attrs.stock, months: v } });
      return;
    }
    if (x.kind === "sourcing") {
      drawnSourcing ??= [...sourcing];
      const index = Number(x.ref);
      drawnSourcing[index] = { ...sourcing[index]!, share: v, low: Math.min(v, sourcing[index]!.low ?? v), high: Math.max(v, sourcing[index]!.high ?? v) };
      return;
    }
    const attrs = copy.getEdgeAttributes(x.ref);
    if (attrs.kind === "supplies") copy.replaceEdgeAttributes(x.ref, { ...attrs, share: v, low: Math.min(v, attrs.low ?? v), high: Math.max(v, attrs.high ?? v) });
    else if (attrs.kind === "input") copy.replaceEdgeAttributes(x.ref, x.kind === "dependence" ? { ...attrs, dependence: v } : { ...attrs, substitutability: v });
  });
  if (drawnSourcing) copy.setAttribute("sourcing", drawnSourcing);
  return copy;
}
