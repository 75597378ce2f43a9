// The load worker: reads, validates and analyses data files off the page's thread (issue 15 part
// 10). It runs the CLI's loader, builds the graph, ranks risks, computes centrality and the flow
// layout, and sends back the validated dataset with those results; the page then builds its own
// graph from the dataset (sigma needs it on the page's thread) and skips the rest.
import { loadDataset } from "../load/load-dataset.ts";
import type { SourceFile } from "../load/validate-file.ts";
import { buildGraph } from "../model/graph.ts";
import { flowLayout } from "./layouts/flow.ts";
import { analyseForView } from "./session.ts";
import { encode, encodeAnalysis, encodePositions, type WorkerReply, type WorkerRequest } from "./load-protocol.ts";

const post = (reply: WorkerReply) => (self as unknown as Worker).postMessage(reply);

self.addEventListener("message", (event: MessageEvent<WorkerRequest>) => {
  const { id, files } = event.data;
  try {
    post({ id, type: "progress", stage: `checking ${files.length} files`, done: 0, total: 3 });
    const loaded = loadDataset(files as SourceFile[]);
    if (!loaded.ok) return post({ id, type: "done", ok: false, issues: loaded.issues });
    post({ id, type: "progress", stage: `analysing ${loaded.dataset.nodes.length} nodes`, done: 1, total: 3 });
    const graph = buildGraph(loaded.dataset);
    const analysis = analyseForView(graph);
    post({ id, type: "progress", stage: "laying out", done: 2, total: 3 });
    const flow = flowLayout(graph);
    // The page builds its graph from nodes, edges and layers only: the origins (file and path of
    // every entry) stay here; the Add form, which needs them, reloads the files itself.
    const { origin: _origin, ...data } = loaded.dataset;
    post({ id, type: "done", ok: true, data: encode(data), analysis: encodeAnalysis(analysis), flow: encodePositions(flow) });
  } catch (error) {
    post({ id, type: "failed", message: error instanceof Error ? error.message : String(error) });
  }
});
