// Knock-outs off the main thread: runKnockouts in a worker_threads worker, with progress messages
// and abort (the worker is terminated). The graph travels as graphology's serialised export.
// The same file is the worker's entry: it runs the knock-outs when loaded in a worker thread.
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import type { SerializedGraph } from "graphology-types";
import { runKnockouts, type KnockoutEntry, type KnockoutOptions } from "../engine/propagation/index.ts";
import { createGraph, type ChokepointGraph, type EdgeAttributes, type NodeAttributes } from "../model/graph.ts";
import type { EngineSettingsInput } from "../schema/settings.ts";
import { tsWorker, workerResult } from "./ts-worker.ts";

interface Job {
  graph: SerializedGraph<NodeAttributes, EdgeAttributes>;
  settings: EngineSettingsInput;
  kinds: KnockoutOptions["kinds"];
  /** Post progress at most this often (ms). */
  progressEvery: number;
}

type Message = { type: "progress"; done: number; total: number } | { type: "done"; entries: KnockoutEntry[] };

export interface WorkerKnockoutOptions extends Omit<KnockoutOptions, "onProgress"> {
  /** Called with cuts done and total, at most every `progressEvery` ms and once at the end. */
  onProgress?: (done: number, total: number) => void;
  /** Default 100 ms. */
  progressEvery?: number;
}

/** runKnockouts(graph, settings) in a worker thread; same entries, same order. */
export function runKnockoutsInWorker(
  graph: ChokepointGraph,
  settings: EngineSettingsInput = {},
  options: WorkerKnockoutOptions = {},
): Promise<KnockoutEntry[]> {
  if (options.signal?.aborted) return Promise.reject(new Error("chokepoint knockouts: aborted"));
  const job: Job = { graph: graph.export(), settings, kinds: options.kinds, progressEvery: options.progressEvery ?? 100 };
  const run = workerResult(
    tsWorker(import.meta.url, job),
    (message: Message) => {
      if (message.type !== "progress") return message.entries;
      options.onProgress?.(message.done, message.total);
      return undefined;
    },
    "chokepoint knockouts",
  );
  const onAbort = () => run.stop(new Error("chokepoint knockouts: aborted"));
  options.signal?.addEventListener("abort", onAbort, { once: true });
  return run.promise.finally(() => options.signal?.removeEventListener("abort", onAbort));
}

function runJob(job: Job): void {
  const graph: ChokepointGraph = createGraph();
  graph.import(job.graph);
  let last = 0;
  const entries = runKnockouts(graph, job.settings, {
    ...(job.kinds ? { kinds: job.kinds } : {}),
    onProgress(done, total) {
      const now = performance.now();
      if (done < total && now - last < job.progressEvery) return;
      last = now;
      parentPort!.postMessage({ type: "progress", done, total } satisfies Message);
    },
  });
  parentPort!.postMessage({ type: "done", entries } satisfies Message);
}

if (!isMainThread && parentPort && (workerData as Job | undefined)?.graph) runJob(workerData as Job);
