// Messages between the page and the engine worker (engine-worker.ts, engine-client.ts): the
// scenario panel's runs (steady state, then its months) and the Monte Carlo bands, on a copy of
// the session's graph the worker loads from the session's files once. All structured-clonable.
import type { ScenarioCut, ScenarioResult, TimedCut, TimelineResult } from "../engine/index.ts";
import type { Interval, MetricSpec } from "../engine/uncertainty/index.ts";

export type EngineRequest =
  /** Load these (already validated) files as graph `graph`; later requests name it. */
  | { type: "open"; graph: number; files: { path: string; text: string }[] }
  | { type: "close"; graph: number }
  /** The steady state of `cuts`, then the months of `timed` over `horizon` months. */
  | { type: "scenario"; id: number; graph: number; perspective: string; cuts: ScenarioCut[]; timed: TimedCut[]; horizon: number }
  /** `draws` seeded draws of `spec`, in blocks of `block` with progress between them. */
  | { type: "bands"; id: number; graph: number; spec: MetricSpec; draws: number; block: number }
  | { type: "cancel"; id: number };

export type EngineReply =
  | { type: "scenario"; id: number; result: ScenarioResult }
  | { type: "timeline"; id: number; timeline: TimelineResult | undefined; error?: string }
  | { type: "progress"; id: number; done: number; total: number }
  | { type: "bands"; id: number; intervals: Record<string, Interval> }
  | { type: "failed"; id: number; message: string };
