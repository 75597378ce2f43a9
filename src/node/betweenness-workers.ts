// Exact (or sampled) betweenness spread over worker threads: Brandes' sources are independent, so
// each thread expands every t-th source and the sums are added. The calling thread takes a share
// too. Workers are kept for the next call (unreferenced while idle, so a CLI still exits) and get
// the kernel as source text (brandesSums is self-contained), so they start without tsx or a build.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { batchScratch, batchSums, type BetweennessOptions, betweennessPlan, brandesSums, type CompactGraph, exactRun, exactSources } from "../engine/structure/index.ts";

export interface ParallelBetweennessOptions extends BetweennessOptions {
  /**
   * Threads including the caller's; 1 runs inline. Default: os.availableParallelism(), but one
   * thread per 1,000 sources at most, since starting a worker costs more than a small graph's run.
   */
  threads?: number;
}

interface Job {
  id: number;
  start: Int32Array;
  to: Int32Array;
  revStart: Int32Array;
  revTo: Int32Array;
  sources: Int32Array;
  first: number;
  stride: number;
  /** Exact runs: batchSums over batches of 32 sources (first, stride count batches); else brandesSums. */
  batched: boolean;
  /** Exact runs: the folding of betweenness-reduce.ts (weights, folded, foldStart, foldOf). */
  weights?: Float64Array;
  folded?: Float64Array;
  foldStart?: Int32Array;
  foldOf?: Int32Array;
}

const WORKER_SOURCE = `
const { parentPort } = require("node:worker_threads");
const brandesSums = ${brandesSums.toString()};
const batchSums = ${batchSums.toString()};
const scratch = {}; // batchSums' working arrays, kept from job to job as betweenness.ts keeps the caller's
parentPort.on("message", (job) => {
  const sums = new Float64Array(job.start.length - 1);
  if (job.batched) batchSums(job.start, job.to, job.sources, job.first, job.stride, sums, job.weights, job.folded, job.foldStart, job.foldOf, scratch);
  else brandesSums(job.start, job.to, job.sources, job.first, job.stride, sums, job.weights, job.revStart, job.revTo, job.folded, job.foldStart, job.foldOf);
  parentPort.postMessage({ id: job.id, sums }, [sums.buffer]);
});
`;

interface PooledWorker {
  worker: Worker;
  pending: Map<number, { resolve: (sums: Float64Array) => void; reject: (error: Error) => void }>;
}

const pool: (PooledWorker | undefined)[] = [];
let nextJob = 0;

function pooledWorker(i: number): PooledWorker {
  const existing = pool[i];
  if (existing) return existing;
  const entry: PooledWorker = { worker: new Worker(WORKER_SOURCE, { eval: true }), pending: new Map() };
  entry.worker.unref();
  entry.worker.on("message", ({ id, sums }: { id: number; sums: Float64Array }) => {
    entry.pending.get(id)?.resolve(sums);
    entry.pending.delete(id);
    if (entry.pending.size === 0) entry.worker.unref();
  });
  const fail = (error: Error) => {
    if (pool[i] === entry) pool[i] = undefined;
    for (const job of entry.pending.values()) job.reject(error);
    entry.pending.clear();
  };
  entry.worker.on("error", fail);
  entry.worker.on("exit", (code) => fail(new Error(`chokepoint betweenness: worker exited with code ${code}`)));
  pool[i] = entry;
  return entry;
}

function runOn(entry: PooledWorker, job: Omit<Job, "id">): Promise<Float64Array> {
  const id = nextJob++;
  return new Promise((resolve, reject) => {
    entry.pending.set(id, { resolve, reject });
    entry.worker.ref(); // keep the process alive until the answer is in
    entry.worker.postMessage({ ...job, id } satisfies Job);
  });
}

/** betweennessScores(view, options) with the sources spread over `threads` threads; the same scores. */
export async function betweennessScoresParallel(
  view: CompactGraph,
  options: ParallelBetweennessOptions = {},
): Promise<Float64Array> {
  const plan = betweennessPlan(view, options);
  const { scale } = plan;
  // Exact runs search the orientation exactRun picks, folded, as betweennessScores does.
  const exact = options.pivots === undefined || plan.sources.length === candidateCount(view);
  const run = exact ? exactRun(view, options.orientation) : undefined;
  const arcs = run ? run.arcs : { start: view.upStart, to: view.upTo, revStart: view.downStart, revTo: view.downTo };
  const fold = run?.fold;
  // As betweennessScores runs them; with batches, first and stride count batches.
  const { batched, sources } = run ? exactSources(view, run) : { batched: false, sources: plan.sources };
  const wanted = options.threads ?? Math.min(availableParallelism(), Math.floor(sources.length / 1000));
  const threads = Math.max(1, Math.min(wanted, sources.length));
  const centrality = new Float64Array(view.order);
  const { start, to, revStart, revTo } = arcs;
  const folding = fold ? { weights: fold.weights, folded: fold.folded, foldStart: fold.foldStart, foldOf: fold.foldOf } : {};
  const others = Array.from({ length: threads - 1 }, (_, k) =>
    runOn(pooledWorker(k), { start, to, revStart, revTo, sources, first: k + 1, stride: threads, batched, ...folding }),
  );
  if (batched) batchSums(start, to, sources, 0, threads, centrality, fold?.weights, fold?.folded, fold?.foldStart, fold?.foldOf, batchScratch());
  else brandesSums(start, to, sources, 0, threads, centrality, fold?.weights, revStart, revTo, fold?.folded, fold?.foldStart, fold?.foldOf);
  for (const sums of await Promise.all(others)) for (let v = 0; v < sums.length; v++) centrality[v]! += sums[v]!;
  for (let v = 0; v < centrality.length; v++) centrality[v]! *= scale;
  return centrality;
}

function candidateCount(view: CompactGraph): number {
  let count = 0;
  for (let v = 0; v < view.order; v++) if (view.upStart[v + 1]! > view.upStart[v]!) count++;
  return count;
}

/** Ends the pooled workers (tests; a CLI does not need it: idle workers do not keep it alive). */
export async function closeBetweennessWorkers(): Promise<void> {
  const workers = pool.splice(0).filter((entry) => entry !== undefined);
  await Promise.all(workers.map((entry) => entry.worker.terminate()));
}
