// The engine worker: scenarios (steady state and months), knock-outs and the Monte Carlo bands off the page's
// thread (issue 15 part 10). It loads each session's files once through the CLI's loader and runs
// the same engine functions the page ran, on the same perspective graph, so the results are the
// ones the page computed before. Bands run in blocks with a task between them, so a cancel (the
// view moved on) is read before the next block.
import { buildPropagationModel, runKnockouts, runScenario, runTimeline, type PropagationModel } from "../engine/index.ts";
import { perspectiveGraph } from "../engine/perspective/index.ts";
import { buildMetric, specSampler, summarise } from "../engine/uncertainty/index.ts";
import { loadDataset } from "../load/load-dataset.ts";
import type { SourceFile } from "../load/validate-file.ts";
import { buildGraph, type ChokepointGraph } from "../model/graph.ts";
import { encodeIntervals, pack, type EngineReply, type EngineRequest } from "./engine-protocol.ts";
import { encode } from "./load-protocol.ts";

const post = (reply: EngineReply, transfer: ArrayBuffer[] = []) => (self as unknown as Worker).postMessage(reply, transfer);

interface Loaded {
  base: ChokepointGraph;
  views: Map<string, { graph: ChokepointGraph; propagation: PropagationModel }>;
}

const graphs = new Map<number, Loaded | Error>();
const cancelled = new Set<number>();

function loaded(handle: number): Loaded {
  const entry = graphs.get(handle);
  if (!entry) throw new Error(`no graph ${handle} in the engine worker`);
  if (entry instanceof Error) throw entry;
  return entry;
}

/** The perspective graph and its propagation index, as the page's session builds them. */
function view(handle: number, perspective: string) {
  const entry = loaded(handle);
  let v = entry.views.get(perspective);
  if (!v) {
    const graph = perspectiveGraph(entry.base, perspective);
    v = { graph, propagation: buildPropagationModel(graph) };
    entry.views.set(perspective, v);
  }
  return v;
}

function open(handle: number, files: SourceFile[]): void {
  const result = loadDataset(files);
  graphs.set(handle, result.ok ? { base: buildGraph(result.dataset), views: new Map() } : new Error(`the engine worker could not load the files (${result.issues.length} problem(s))`));
}

async function scenario(request: Extract<EngineRequest, { type: "scenario" }>): Promise<void> {
  const { id, graph: handle, perspective, cuts, timed, horizon } = request;
  const { graph, propagation } = view(handle, perspective);
  const steady = pack(runScenario(graph, cuts, {}, propagation));
  post({ type: "scenario", id, result: steady.packed }, steady.transfer);
  // The months cost about twice the steady state: a newer scenario cancels them.
  await new Promise((resolve) => setTimeout(resolve, 0));
  if (cancelled.delete(id)) return;
  try {
    const months = pack(runTimeline(graph, timed, { months: horizon }, propagation));
    post({ type: "timeline", id, timeline: months.packed }, months.transfer);
  } catch (error) {
    post({ type: "timeline", id, timeline: undefined, error: message(error) });
  }
}

async function bands(request: Extract<EngineRequest, { type: "bands" }>): Promise<void> {
  const { id, spec, draws, block } = request;
  const { base } = loaded(request.graph);
  const samples: Record<string, number[]> = {};
  const sample = specSampler(base, spec);
  for (let first = 0; first < draws; first += block) {
    post({ type: "progress", id, done: first, total: draws });
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (cancelled.delete(id)) return;
    const part = sample(first, Math.min(block, draws - first));
    for (const [k, values] of Object.entries(part)) (samples[k] ??= []).push(...values);
  }
  post({ type: "bands", id, intervals: encodeIntervals(summarise(buildMetric(spec)(base), samples)) });
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

self.addEventListener("message", (event: MessageEvent<EngineRequest>) => {
  const request = event.data;
  const id = "id" in request ? request.id : -1;
  try {
    if (request.type === "open") open(request.graph, request.files as SourceFile[]);
    else if (request.type === "close") graphs.delete(request.graph);
    else if (request.type === "cancel") cancelled.add(request.id);
    else if (request.type === "knockouts") {
      const { graph } = view(request.graph, request.perspective);
      post({ type: "knockouts", id, entries: encode(runKnockouts(graph, request.settings)) });
    }
    else {
      const run = request.type === "scenario" ? scenario(request) : bands(request);
      void run.catch((error: unknown) => post({ type: "failed", id, message: message(error) }));
    }
  } catch (error) {
    post({ type: "failed", id, message: message(error) });
  }
});
