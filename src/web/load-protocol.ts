// Messages between the page and the load worker (load-worker.ts, load-client.ts). Big results go
// as JSON text: Chrome deserialises a structured clone of 10k ranking entries and map entries in
// one task of ~400 ms on the page's thread, while the same data as text arrives at once and is
// parsed there piece by piece, each in its own task (tens of ms each).
import type { LoadIssue } from "../load/issues.ts";
import type { Dataset } from "../schema/dataset.ts";
import type { Positions } from "./layouts/flow.ts";
import type { ViewAnalysis } from "./session.ts";

/** The dataset as the page receives it. */
export type ReceivedData = Omit<Dataset, "origin">;

export interface WorkerRequest {
  id: number;
  files: { path: string; text: string }[];
}

/**
 * A result as JSON text, or (when it holds a number JSON cannot write: NaN, Infinity) as itself,
 * so every number the page gets equals (===) the worker's; JSON writes -0 as 0.
 */
export type Encoded<T> = { json: string } | { value: T };

export type WorkerReply =
  | { id: number; type: "progress"; stage: string; done: number; total: number }
  | { id: number; type: "done"; ok: false; issues: LoadIssue[] }
  /** `data`: the dataset without its origins (the page does not use them). */
  | { id: number; type: "done"; ok: true; data: Encoded<ReceivedData>; analysis: EncodedAnalysis; flow: Encoded<[string, { x: number; y: number }][]> }
  | { id: number; type: "failed"; message: string };

type CentralityEntry = [string, ViewAnalysis["centrality"] extends Map<string, infer C> ? C : never];

/**
 * The analysis in pieces the page parses one at a time: the ranking in blocks of RANKING_BLOCK
 * entries (10k-node data has ~5.6k, one parse of ~50-100 ms), the centrality map as entries.
 */
export interface EncodedAnalysis {
  settings: Encoded<ViewAnalysis["settings"]>;
  ranking: Encoded<ViewAnalysis["ranking"]>[];
  centrality: Encoded<CentralityEntry[]>;
}

export const RANKING_BLOCK = 1000;

export function encode<T>(value: T): Encoded<T> {
  let exact = true;
  const json = JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === "number" && !Number.isFinite(v)) exact = false;
    return v;
  });
  return exact ? { json } : { value };
}

export const decode = <T>(encoded: Encoded<T>): T => ("json" in encoded ? (JSON.parse(encoded.json) as T) : encoded.value);

export function encodeAnalysis(analysis: ViewAnalysis): EncodedAnalysis {
  const ranking: Encoded<ViewAnalysis["ranking"]>[] = [];
  for (let i = 0; i < analysis.ranking.length; i += RANKING_BLOCK) ranking.push(encode(analysis.ranking.slice(i, i + RANKING_BLOCK)));
  return { settings: encode(analysis.settings), ranking, centrality: encode([...analysis.centrality]) };
}

/** Decodes the pieces, pausing (a `yield`) after each, for the page to parse them in short tasks (measure.ts inSlices). */
export function* decodeAnalysis(encoded: EncodedAnalysis): Generator<void, ViewAnalysis> {
  const ranking: ViewAnalysis["ranking"] = [];
  for (const block of encoded.ranking) {
    for (const entry of decode(block)) ranking.push(entry);
    yield;
  }
  const centrality = new Map(decode(encoded.centrality));
  return { settings: decode(encoded.settings), ranking, centrality };
}

export const encodePositions = (positions: Positions) => encode([...positions]);
