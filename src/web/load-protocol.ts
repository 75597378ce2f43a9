// Messages between the page and the load worker (load-worker.ts, load-client.ts). Everything is
// structured-clonable: plain objects, arrays and Maps.
import type { LoadIssue } from "../load/issues.ts";
import type { Dataset } from "../schema/dataset.ts";

/** The dataset as the page receives it. */
export type ReceivedData = Omit<Dataset, "origin">;
import type { Positions } from "./layouts/flow.ts";
import type { ViewAnalysis } from "./session.ts";

export interface WorkerRequest {
  id: number;
  files: { path: string; text: string }[];
}

export type WorkerReply =
  | { id: number; type: "progress"; stage: string; done: number; total: number }
  | { id: number; type: "done"; ok: false; issues: LoadIssue[] }
  /** `data`: the dataset without its origins (the page does not use them), as JSON text. */
  | { id: number; type: "done"; ok: true; data: string; analysis: ViewAnalysis; flow: Positions }
  | { id: number; type: "failed"; message: string };
