// Knock-outs spread over worker threads, for the compact path of huge graphs (issue 16 item 6: the
// 1,000 largest suppliers of a million-node network take ~20 s on one thread). Each cut starts
// from the all-1 state and leaves it so, so cuts are independent: every thread runs knockoutsOn
// on its own copy of the model over the whole list, claiming each cut first (a byte per node in
// shared memory), and the entries are merged and ranked as knockoutsOn ranks them. The same file is the worker's entry (loaded through tsx, as
// knockouts-worker.ts).
import { availableParallelism } from "node:os";
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import { compareIds } from "../engine/metrics/index.ts";
import { knockoutsOn, propagationModelOfCompact, type KnockoutEntry, type KnockoutOptions, type PropagationModel } from "../engine/propagation/index.ts";
import type { CompactData } from "../engine/structure/index.ts";
import type { EngineSettingsInput } from "../schema/settings.ts";
import { tsWorker, workerResult } from "./ts-worker.ts";

interface Job {
  knockoutsParallel: true;
  /** Without its id index: the knock-outs never look an id up, and at a million nodes copying the map took 0.7 s. */
  model: Omit<PropagationModel, "index">;
  settings: EngineSettingsInput;
  nodes: string[];
  /** Per model index, 1 once a thread has claimed that cut (shared memory). */
  claims: Uint8Array;
}

export interface ParallelKnockoutOptions extends Pick<KnockoutOptions, "kinds" | "nodes"> {
  /** Threads including the caller's; 1 runs inline. Default os.availableParallelism(), one per 100 cuts at most. */
  threads?: number;
  /**
   * false: the caller's thread cuts nothing and waits (it stays free, e.g. for a server's event
   * loop), so threads - 1 workers share the cuts. Default true.
   */
  callerCuts?: boolean;
}

/** runKnockoutsCompact(data, settings, options) over `threads` threads: the same entries, same order. */
export function runKnockoutsCompactParallel(data: CompactData, settings: EngineSettingsInput = {}, options: ParallelKnockoutOptions = {}): Promise<KnockoutEntry[]> {
  const label = (id: string) => data.nodes[data.view.index.get(id)!]!.label;
  return knockoutsParallel(propagationModelOfCompact(data), label, settings, options);
}

/** knockoutsOn(model, label, settings, options) over `threads` threads: the same entries, same order. */
export async function knockoutsParallel(
  model: PropagationModel,
  label: (id: string) => string,
  settings: EngineSettingsInput = {},
  options: ParallelKnockoutOptions = {},
): Promise<KnockoutEntry[]> {
  const kinds = new Set(options.kinds ?? ["country", "company"]);
  const only = options.nodes ? new Set(options.nodes) : undefined;
  const targets = model.ids.filter((id, v) => kinds.has(model.kinds[v]!) && (!only || only.has(id)));
  const wanted = options.threads ?? Math.min(availableParallelism(), Math.floor(targets.length / 100));
  const threads = Math.max(options.callerCuts === false ? 2 : 1, Math.min(wanted, targets.length));
  const engineOptions = options.kinds ? { kinds: options.kinds } : {};
  if (threads === 1) return knockoutsOn(model, label, settings, { ...engineOptions, nodes: targets });
  // Every thread walks the same list and claims each cut before running it, so a thread that
  // started late or drew cheap cuts takes more (cuts range from 6 to 300 ms at a million nodes).
  const claims = new Uint8Array(new SharedArrayBuffer(model.ids.length));
  const take = claimFrom(claims);
  // The workers start first, so they run while this thread cuts too.
  const { index: _index, ...sent } = model;
  const others = Array.from({ length: threads - 1 }, () => inWorker({ knockoutsParallel: true, model: sent, settings, nodes: targets, claims }));
  try {
    const entries = options.callerCuts === false ? [] : knockoutsOn(model, label, settings, { ...engineOptions, nodes: targets, take });
    for (const part of await Promise.all(others)) for (const e of part) entries.push({ ...e, label: label(e.node) });
    entries.sort((x, y) => y.meanLoss - x.meanLoss || y.worstLoss - x.worstLoss || compareIds(x.node, y.node));
    entries.forEach((e, i) => (e.rank = i + 1));
    return entries;
  } catch (error) {
    await Promise.allSettled(others);
    throw error;
  }
}

/** knockoutsOn's `take` for one thread: true when this thread is the first to claim the cut. */
const claimFrom = (claims: Uint8Array) => (v: number) => Atomics.compareExchange(claims, v, 0, 1) === 0;

function inWorker(job: Job): Promise<KnockoutEntry[]> {
  return workerResult(tsWorker(import.meta.url, job), (entries: KnockoutEntry[]) => entries, "chokepoint knockouts").promise;
}

function runJob(job: Job): void {
  const { ids } = job.model;
  let index: Map<string, number> | undefined;
  // The index is made only if something asks for it.
  const model: PropagationModel = {
    ...job.model,
    get index() {
      return (index ??= new Map(ids.map((id, v) => [id, v])));
    },
  };
  // Labels are the caller's (it holds the nodes); the worker sends ids only.
  const entries = knockoutsOn(model, () => "", job.settings, { nodes: job.nodes, kinds: [...new Set(model.kinds)], take: claimFrom(job.claims) });
  parentPort!.postMessage(entries);
}

if (!isMainThread && parentPort && (workerData as Job | undefined)?.knockoutsParallel) runJob(workerData as Job);
