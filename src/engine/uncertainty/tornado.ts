// One-at-a-time sensitivity (a tornado): move each uncertain input to its low and then its high
// bound, all others at their point values, and rank inputs by how far one result moves.
import type { ChokepointGraph } from "../../model/graph.ts";
import { graphWith, renormalise } from "./draw.ts";
import { compileSpec } from "./intervals.ts";
import type { MetricSpec } from "./metrics.ts";
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

type TornadoOptions = { top?: number; widths?: UncertaintyWidths };

/** The inputs that move `metric(graph)[key]` most, largest swing first (zero swings left out). */
export function tornado(graph: ChokepointGraph, metric: Metric, key: string, options: TornadoOptions = {}): Tornado {
  const inputs = uncertainInputs(graph, options.widths ?? DEFAULT_WIDTHS);
  return bars(inputs, metric(graph)[key], key, options, (values) => metric(graphWith(graph, inputs, values))[key]);
}

/**
 * The tornado of a kernel metric (KERNEL_METRICS) by spec, with no graph per bar: the same bars
 * as tornado() on the graph the spec's metric reads (the perspective graph, or the base for SR and N-1).
 */
export function tornadoSpec(graph: ChokepointGraph, spec: MetricSpec, key: string, options: TornadoOptions = {}): Tornado {
  const { inputs, draw } = compileSpec(graph, spec, options.widths ?? DEFAULT_WIDTHS);
  const valueOf = (values: Float64Array) => {
    for (const [k, v] of draw(values)) if (k === key) return v;
    return undefined;
  };
  return bars(inputs, valueOf(Float64Array.from(inputs, (x) => x.point)), key, options, valueOf);
}

function bars(inputs: UncertainInput[], point: number | undefined, key: string, options: TornadoOptions, valueAt: (values: Float64Array) => number | undefined): Tornado {
  if (point === undefined) throw new RangeError(`tornado: the metric gives no value named '${key}'`);
  const base = Float64Array.from(inputs, (x) => x.point);
  const at = (i: number, v: number) => {
    const values = Float64Array.from(base);
    values[i] = v;
    return valueAt(renormalise(inputs, values)) ?? NaN;
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
