// The Monte Carlo on worker threads: each thread samples its own block of draws (every draw has its
// own seeded stream, so blocks give the same numbers as one thread) and the samples are joined in
// draw order. The graph travels as graphology's serialised export; workers register tsx first.
import { availableParallelism } from "node:os";
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import { DirectedGraph } from "graphology";
import type { SerializedGraph } from "graphology-types";
import { intervals, KERNEL_METRICS, sampleSpec } from "../engine/uncertainty/index.ts";
import { buildMetric, type MetricSpec } from "../engine/uncertainty/index.ts";
import { DEFAULT_DRAWS, summarise, type Interval, type MonteCarloOptions } from "../engine/uncertainty/index.ts";
import type { ChokepointGraph, EdgeAttributes, NodeAttributes } from "../model/graph.ts";
import { tsWorker } from "./ts-worker.ts";

interface Job {
  graph: SerializedGraph<NodeAttributes, EdgeAttributes>;
  spec: MetricSpec;
  options: MonteCarloOptions & { first: number; count: number };
}

function runBlock(job: Job): Promise<Record<string, number[]>> {
  const worker = tsWorker(import.meta.url, job);
  return new Promise((resolve, reject) => {
    worker.once("message", (samples: Record<string, number[]>) => {
      resolve(samples);
      void worker.terminate();
    });
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`chokepoint uncertainty: a worker stopped (exit ${code}) before it finished`)));
  });
}

export interface ParallelMonteCarloOptions extends MonteCarloOptions {
  /** Threads; default os.availableParallelism(). 1, or a kernel metric (KERNEL_METRICS), runs inline. */
  threads?: number;
}

/** intervals(graph, spec, options) with the draws split over worker threads; the same numbers. */
export async function intervalsParallel(graph: ChokepointGraph, spec: MetricSpec, options: ParallelMonteCarloOptions = {}): Promise<Record<string, Interval>> {
  const draws = options.draws ?? DEFAULT_DRAWS;
  const threads = Math.min(options.threads ?? availableParallelism(), draws);
  // The kernels draw 1,000 draws in under a second on one thread; a worker's start-up (tsx and the
  // engine loaded again) measured 1.8 s on the 2-core machine, so kernel metrics never pay for it.
  if (threads <= 1 || KERNEL_METRICS.includes(spec.name)) return intervals(graph, spec, options);
  const serialised = graph.export();
  const { threads: _t, ...rest } = options;
  const size = Math.ceil(draws / threads);
  const blocks = await Promise.all(
    Array.from({ length: threads }, (_, i) => ({ first: i * size, count: Math.max(0, Math.min(size, draws - i * size)) }))
      .filter((b) => b.count > 0)
      .map((b) => runBlock({ graph: serialised, spec, options: { ...rest, draws, ...b } })),
  );
  const samples: Record<string, number[]> = {};
  for (const block of blocks) for (const [key, values] of Object.entries(block)) (samples[key] ??= []).push(...values);
  return summarise(buildMetric(spec)(graph), samples);
}

if (!isMainThread && parentPort && (workerData as Job | undefined)?.spec) {
  const job = workerData as Job;
  const graph = DirectedGraph.from(job.graph) as ChokepointGraph;
  parentPort.postMessage(sampleSpec(graph, job.spec, job.options));
}
