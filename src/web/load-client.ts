// Opens a session through the load worker: the files are checked and analysed there, and the page
// builds the graph from the validated dataset. Where workers are unavailable, the same work runs
// here (openSession). Progress is reported as the worker moves through its stages.
import type { SourceFile } from "../load/validate-file.ts";
import { LAYER_LISTS, type DataOrigin, type LayerList } from "../schema/dataset.ts";
import { decode, decodeAnalysis, type WorkerReply, type WorkerRequest } from "./load-protocol.ts";
import { inSlices, measured, nextTask } from "./measure.ts";
import { openSession, sessionFromDatasetInSlices, type OpenResult } from "./session.ts";

export type Progress = (stage: string, done: number, total: number) => void;

let worker: Worker | undefined;
let next = 0;

function getWorker(): Worker | undefined {
  if (typeof Worker === "undefined") return undefined;
  worker ??= new Worker(new URL("./load-worker.ts", import.meta.url), { type: "module" });
  return worker;
}

export function openSessionOffThread(bundled: SourceFile[], userFiles: SourceFile[], onProgress: Progress = () => {}): Promise<OpenResult> {
  const w = getWorker();
  if (!w) return Promise.resolve(openSession(bundled, userFiles));
  const id = ++next;
  return new Promise((resolve, reject) => {
    const listen = (event: MessageEvent<WorkerReply>) => {
      // Chrome deserialises a message when its data is first read: that is the receiving cost.
      const received = performance.now();
      const reply = event.data;
      if (reply.id === id && reply.type === "done") performance.measure("chokepoint:receive", { start: received, end: performance.now() });
      if (reply.id !== id) return;
      if (reply.type === "progress") return onProgress(reply.stage, reply.done, reply.total);
      w.removeEventListener("message", listen);
      if (reply.type === "failed") return reject(new Error(`the load worker failed: ${reply.message}`));
      if (!reply.ok) return resolve({ ok: false, issues: reply.issues });
      onProgress("drawing", 3, 3);
      build(reply).then(resolve, reject);
    };
    // What is left on the page's thread, each piece in a task of its own after the one that
    // received the message (input waiting meanwhile goes first), named for bench:web.
    const build = async (reply: Extract<WorkerReply, { ok: true }>): Promise<OpenResult> => {
      await nextTask();
      const data = measured("parse-data", () => decode(reply.data));
      await nextTask();
      const analysis = await inSlices("parse-analysis", decodeAnalysis(reply.analysis));
      await nextTask();
      const flow = measured("parse-flow", () => new Map(decode(reply.flow)));
      await nextTask();
      // Origins (file and path of each entry) stay in the worker: the view reports problems from there.
      const origin = { nodes: new Map(), edges: [], ...emptyLayerOrigins() };
      const session = await sessionFromDatasetInSlices(bundled, userFiles, { ...data, origin }, { analysis, flow });
      return { ok: true, session };
    };
    w.addEventListener("message", listen);
    const request: WorkerRequest = { id, files: [...bundled, ...userFiles].map((f) => ({ path: f.path, text: f.text })) };
    w.postMessage(request);
  });
}

/** One empty origin list per layer list, so a new layer needs no change here. */
function emptyLayerOrigins(): Record<LayerList, DataOrigin[]> {
  return Object.fromEntries(LAYER_LISTS.map((list) => [list, [] as DataOrigin[]])) as Record<LayerList, DataOrigin[]>;
}
