// Scenarios over time (issue 13): month by month over a horizon, each cut with a start, a duration
// and a linear recovery, inputs substituted along a ramp, stocks drawn until they run out. Every
// month is solved to its fixed point (timeline-solve.ts). Pure: never touches the graph.
import type { ChokepointGraph } from "../../model/graph.ts";
import { resolveSettings, type EngineSettingsInput } from "../../schema/settings.ts";
import { compareIds } from "../metrics/index.ts";
import { propagationModelOf, type PropagationModel } from "./propagation.ts";
import { compileCuts, explainPath, type CompiledCuts, type ScenarioCut } from "./scenario.ts";
import { timelineModelOf } from "./timeline-model.ts";
import { advanceMonth, monthKeeps, solveMonth, type MonthState } from "./timeline-solve.ts";

/** A cut over time: months are counted from 0, the scenario's first month. */
export type TimedCut = ScenarioCut & {
  /** First month cut (default 0). */
  start?: number;
  /** Months at full severity (default: to the horizon). */
  duration?: number;
  /** Months over which the severity falls linearly back to 0 after the duration (default 0). */
  recoveryMonths?: number;
};

export interface TimelineOptions {
  /** Months simulated (default 12). */
  months?: number;
  /** An availability below this counts as not surviving (default 0.95). */
  threshold?: number;
  tolerance?: number;
  maxIterations?: number;
  settings?: EngineSettingsInput;
}

export interface SectorTimeline {
  sector: string;
  label: string;
  /** Availability per month, 0..1. */
  availability: number[];
  /** The largest monthly loss, and every month it occurs in (ties are listed, not broken). */
  worstLoss: number;
  worstMonths: number[];
  /** Sum over months of loss: output-months lost. */
  outputMonthsLost: number;
  /** Months before availability first falls below the threshold; null if it never does. */
  timeToSurvive: number | null;
  /** Months from the end of the last cut until the sector is back to normal; null if not within the horizon. */
  timeToRecover: number | null;
  /** The explaining path at the first worst month, and its cause (empty when nothing was lost). */
  path: string[];
  cause: string;
}

export interface TimelineResult {
  months: number;
  threshold: number;
  /** Availability per month of every node. */
  availability: Map<string, number[]>;
  /** Every sector, most output-months lost first (ties by id). */
  sectors: SectorTimeline[];
  /** Sweeps per month, and the months whose solve did not converge. */
  iterations: number[];
  converged: boolean;
  nonConvergedMonths: number[];
  /** Month the last cut ends (start + duration, before any recovery ramp), or null when a cut has no duration. */
  cutsEnd: number | null;
}

const PREFIX = "chokepoint scenario:";

/** Severity of a cut in month t (a linear ramp down over recoveryMonths after the duration). */
export function severityAt(cut: TimedCut, t: number): number {
  const start = cut.start ?? 0;
  if (t < start) return 0;
  const end = cut.duration === undefined ? Infinity : start + cut.duration;
  if (t < end) return cut.severity;
  const recovery = cut.recoveryMonths ?? 0;
  return recovery <= 0 ? 0 : cut.severity * Math.max(0, 1 - (t - end + 1) / (recovery + 1));
}

function checkTiming(cut: TimedCut): void {
  for (const key of ["start", "duration", "recoveryMonths"] as const) {
    const value = cut[key];
    if (value !== undefined && !(Number.isInteger(value) && value >= 0)) {
      throw new Error(`${PREFIX} ${key} must be a whole number of months, 0 or more (got ${String(value)})`);
    }
  }
}

const untimed = (cut: TimedCut, severity: number): ScenarioCut =>
  "node" in cut ? { node: cut.node, severity } : { edge: cut.edge, severity };

/** Runs cuts month by month over the horizon. Throws "chokepoint scenario: ..." on bad cuts or options. */
export function runTimeline(
  graph: ChokepointGraph,
  cuts: readonly TimedCut[],
  options: TimelineOptions = {},
  model: PropagationModel = propagationModelOf(graph),
): TimelineResult {
  const { scenario } = resolveSettings(options.settings ?? {});
  const tolerance = options.tolerance ?? scenario.tolerance;
  const maxIterations = options.maxIterations ?? scenario.maxIterations;
  const months = options.months ?? 12;
  const threshold = options.threshold ?? 0.95;
  if (!(Number.isInteger(months) && months >= 1)) throw new Error(`${PREFIX} months must be a whole number, 1 or more`);
  if (!(threshold > 0 && threshold <= 1)) throw new Error(`${PREFIX} threshold must be above 0 and at most 1`);
  cuts.forEach(checkTiming);
  compileCuts(graph, model, cuts.map((c) => untimed(c, c.severity))); // every id and severity checked once
  const tm = timelineModelOf(graph, model);
  const n = model.ids.length;
  const state: MonthState = {
    own: new Float64Array(n), supKeep: undefined, keep: new Float64Array(model.inKeep.length),
    stockLeft: Float64Array.from(tm.stockMonths), produced: new Float64Array(n), a: new Float64Array(n),
  };
  const since = new Int32Array(model.inKeep.length).fill(-1);
  const history: Float64Array[] = [];
  const compiledAt: CompiledCuts[] = [];
  const keepAt: Float64Array[] = [];
  const iterations: number[] = [];
  const nonConvergedMonths: number[] = [];
  for (let t = 0; t < months; t++) {
    const compiled = compileCuts(graph, model, cuts.map((c) => untimed(c, severityAt(c, t))).filter((c) => c.severity > 0));
    state.own = compiled.own;
    state.supKeep = compiled.supKeep;
    monthKeeps(model, tm, since, t, state.keep);
    const run = solveMonth(model, state, tolerance, maxIterations);
    iterations.push(run.iterations);
    if (!run.converged) nonConvergedMonths.push(t);
    history.push(Float64Array.from(state.a));
    compiledAt.push(compiled);
    keepAt.push(Float64Array.from(state.keep));
    advanceMonth(model, state, since, t, tolerance);
  }
  const cutsEnd = lastCutEnd(cuts);
  const sectors = [...model.sectors].map((v) => sectorTimeline(graph, model, v, { history, compiledAt, keepAt }, threshold, tolerance, cutsEnd));
  sectors.sort((x, y) => y.outputMonthsLost - x.outputMonthsLost || compareIds(x.sector, y.sector));
  const availability = new Map<string, number[]>();
  for (let v = 0; v < n; v++) availability.set(model.ids[v]!, history.map((a) => a[v]!));
  return { months, threshold, availability, sectors, iterations, converged: nonConvergedMonths.length === 0, nonConvergedMonths, cutsEnd };
}

function lastCutEnd(cuts: readonly TimedCut[]): number | null {
  let end = 0;
  for (const c of cuts) {
    if (c.duration === undefined) return null;
    end = Math.max(end, (c.start ?? 0) + c.duration);
  }
  return end;
}

function sectorTimeline(
  graph: ChokepointGraph,
  model: PropagationModel,
  v: number,
  months: { history: Float64Array[]; compiledAt: CompiledCuts[]; keepAt: Float64Array[] },
  threshold: number,
  tolerance: number,
  cutsEnd: number | null,
): SectorTimeline {
  const { history, compiledAt, keepAt } = months;
  const sector = model.ids[v]!;
  const availability = history.map((a) => a[v]!);
  let worstLoss = 0;
  let worstMonths: number[] = [];
  let outputMonthsLost = 0;
  availability.forEach((a, t) => {
    const loss = 1 - a;
    outputMonthsLost += loss;
    if (loss <= tolerance) return;
    if (loss > worstLoss + 1e-12) (worstLoss = loss), (worstMonths = [t]);
    else if (loss >= worstLoss - 1e-12) worstMonths.push(t);
  });
  const below = availability.findIndex((a) => a < threshold);
  const timeToSurvive = below < 0 ? null : below;
  let timeToRecover: number | null = null;
  if (cutsEnd !== null) {
    if (worstMonths.length === 0) timeToRecover = 0;
    else {
      const back = availability.findIndex((a, t) => t >= cutsEnd && a >= 1 - tolerance);
      timeToRecover = back < 0 ? null : back - cutsEnd;
    }
  }
  const worst = worstMonths[0];
  const { path, cause } = worst === undefined ? { path: [], cause: "" } : explainPath({ ...model, inKeep: keepAt[worst]! }, history[worst]!, compiledAt[worst]!, v);
  const label = graph.getNodeAttribute(sector, "label");
  return { sector, label, availability, worstLoss, worstMonths, outputMonthsLost, timeToSurvive, timeToRecover, path, cause };
}
