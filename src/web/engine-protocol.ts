// Messages between the page and the engine worker (engine-worker.ts, engine-client.ts): the
// scenario panel's runs (steady state, then its months), the knock-out sweep and the Monte Carlo bands, on a copy of
// the session's graph the worker loads from the session's files once. All structured-clonable; the
// availability of every node goes as one transferred Float64Array: Chrome took ~250-400 ms on the
// page's thread to deserialise a 10k-entry map of monthly arrays.
import type { KnockoutEntry, ScenarioCut, ScenarioResult, TimedCut, TimelineResult } from "../engine/index.ts";
import type { EngineSettingsInput } from "../schema/settings.ts";
import type { Interval, MetricSpec } from "../engine/uncertainty/index.ts";
import { decode, encode, type Encoded } from "./load-protocol.ts";

export type EngineRequest =
  /** Load these (already validated) files as graph `graph`; later requests name it. */
  | { type: "open"; graph: number; files: { path: string; text: string }[] }
  | { type: "close"; graph: number }
  /** The steady state of `cuts`, then the months of `timed` over `horizon` months. */
  | { type: "scenario"; id: number; graph: number; perspective: string; cuts: ScenarioCut[]; timed: TimedCut[]; horizon: number }
  /** `draws` seeded draws of `spec`, in blocks of `block` with progress between them. */
  | { type: "bands"; id: number; graph: number; spec: MetricSpec; draws: number; block: number }
  /** The knock-out sweep (every country and firm cut alone) on the perspective graph. */
  | { type: "knockouts"; id: number; graph: number; perspective: string; settings: EngineSettingsInput }
  | { type: "cancel"; id: number };

export type EngineReply =
  | { type: "scenario"; id: number; result: Packed<ScenarioResult> }
  | { type: "timeline"; id: number; timeline: Packed<TimelineResult> | undefined; error?: string }
  | { type: "progress"; id: number; done: number; total: number }
  /**
   * As JSON text (load-protocol.ts encode) in blocks of BAND_BLOCK keys, parsed one block a task:
   * ~5.6k ranking intervals took ~100 ms to deserialise as objects, and 70-170 ms as one text.
   */
  | { type: "bands"; id: number; intervals: Encoded<Record<string, Interval>>[] }
  | { type: "knockouts"; id: number; entries: Encoded<KnockoutEntry[]> }
  | { type: "failed"; id: number; message: string };

/** Every node's availability (one value, or one per month), packed: ids in order and their values in one array. */
export interface PackedAvailability {
  ids: string[];
  /** Values per id: 0 for a single number each, else the months. */
  months: number;
  values: Float64Array;
}

export type Packed<T extends { availability: unknown }> = Omit<T, "availability"> & { availability: PackedAvailability | T["availability"] };

export function packAvailability(map: Map<string, number> | Map<string, number[]>): PackedAvailability | undefined {
  const ids = [...map.keys()];
  const first = map.values().next().value as number | number[] | undefined;
  const months = Array.isArray(first) ? first.length : 0;
  const values = new Float64Array(ids.length * Math.max(months, 1));
  let i = 0;
  for (const v of map.values()) {
    // Months of unequal length cannot be packed: the map then goes as it is.
    if (Array.isArray(v) !== months > 0 || (Array.isArray(v) && v.length !== months)) return undefined;
    if (Array.isArray(v)) for (const x of v) values[i++] = x;
    else values[i++] = v;
  }
  return { ids, months, values };
}

export function unpackAvailability<M extends Map<string, number> | Map<string, number[]>>(packed: PackedAvailability | M): M {
  if (packed instanceof Map) return packed;
  const { ids, months, values } = packed;
  const map = new Map<string, number | number[]>();
  if (months === 0) ids.forEach((id, i) => map.set(id, values[i]!));
  else ids.forEach((id, i) => map.set(id, Array.from(values.subarray(i * months, (i + 1) * months))));
  return map as M;
}

/** A result with its availability packed, and what to transfer with it. */
export function pack<T extends { availability: Map<string, number> | Map<string, number[]> }>(result: T): { packed: Packed<T>; transfer: ArrayBuffer[] } {
  const availability = packAvailability(result.availability);
  if (!availability) return { packed: result, transfer: [] };
  return { packed: { ...result, availability }, transfer: [availability.values.buffer as ArrayBuffer] };
}

export function unpack<T extends { availability: Map<string, number> | Map<string, number[]> }>(packed: Packed<T>): T {
  return { ...packed, availability: unpackAvailability(packed.availability as PackedAvailability | T["availability"]) } as T;
}

export const BAND_BLOCK = 1000;

export function encodeIntervals(intervals: Record<string, Interval>): Encoded<Record<string, Interval>>[] {
  const keys = Object.keys(intervals);
  const blocks: Encoded<Record<string, Interval>>[] = [];
  for (let i = 0; i < keys.length; i += BAND_BLOCK) blocks.push(encode(Object.fromEntries(keys.slice(i, i + BAND_BLOCK).map((k) => [k, intervals[k]!]))));
  return blocks;
}

/** Decodes the blocks in order, pausing (a `yield`) after each (measure.ts inSlices). */
export function* decodeIntervals(blocks: Encoded<Record<string, Interval>>[]): Generator<void, Record<string, Interval>> {
  const intervals: Record<string, Interval> = {};
  for (const block of blocks) {
    Object.assign(intervals, decode(block));
    yield;
  }
  return intervals;
}
