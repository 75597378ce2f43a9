// One-at-a-time sensitivity (a tornado): move each uncertain input to its low and then its high
// bound, all others at their point values, and rank inputs by how far one result moves.
import type { ChokepointGraph } from "../../model/graph.ts";
import { graphWith, renormalise } from "./draw.ts";
import type { Metric } from "./monte-carlo.ts";
import { DEFAULT_WIDTHS, uncertainInputs, type UncertainInput, type UncertaintyWidths } from "./ranges.ts";

export interface TornadoBar {
  input: UncertainInput;
  /** The result with the input at its low and at its high bound. */
  atLow: number;
  atHigh: number;
  /** |atHigh - atLow| */
  swing: number;
}

export interface Tornado {
  key: string;
  point: number;
  bars: TornadoBar[];
}

/** The inputs that move `metric(graph)[key]` most, largest swing first (zero swings left out). */
export function tornado(graph: ChokepointGraph, metric: Metric, key: string, options: { top?: number; widths?: UncertaintyWidths } = {}): Tornado {
  const inputs = uncertainInputs(graph, options.widths ?? DEFAULT_WIDTHS);
  const base = Float64Array.from(inputs, (x) => x.point);
  const point = metric(graph)[key];
  if (point === undefined) throw new RangeError(`tornado: the metric gives no value named '${key}'`);
  const at = (i: number, v: number) => {
    const values = Float64Array.from(base);
    values[i] = v;
    return metric(graphWith(graph, inputs, renormalise(inputs, values)))[key] ?? NaN;
  };
  const bars: TornadoBar[] = [];
  inputs.forEach((input, i) => {
    if (input.high <= input.low) return;
    const atLow = at(i, input.low);
    const atHigh = at(i, input.high);
    const swing = Math.abs(atHigh - atLow);
    if (swing > 1e-12) bars.push({ input, atLow, atHigh, swing });
  });
  bars.sort((a, b) => b.swing - a.swing || (a.input.ref < b.input.ref ? -1 : 1));
  return { key, point, bars: bars.slice(0, options.top ?? bars.length) };
}
