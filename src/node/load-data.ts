// Disk -> validated dataset -> graph, in one call for the CLI and scripts.
import { loadDataset, type LoadIssue } from "../load/index.ts";
import { buildGraph, type ChokepointGraph } from "../model/graph.ts";
import type { Dataset } from "../schema/dataset.ts";
import { readDataFiles, type ReadOptions } from "./read-data.ts";

export type LoadedData = { ok: true; dataset: Dataset; graph: ChokepointGraph; files: string[] } | { ok: false; issues: LoadIssue[] };

/** The graph's attributes are the dataset's objects (not copies): edit neither in place. */
export async function loadData(options: ReadOptions = {}): Promise<LoadedData> {
  const read = await readDataFiles(options);
  const loaded = loadDataset(read.files);
  const issues = [...read.issues, ...(loaded.ok ? [] : loaded.issues)];
  if (!loaded.ok || issues.length > 0) return { ok: false, issues };
  return { ok: true, dataset: loaded.dataset, graph: buildGraph(loaded.dataset, { shareAttributes: true }), files: read.files.map((f) => f.path) };
}
