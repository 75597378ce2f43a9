// Text of data files -> one validated dataset, or every problem found. Pure: no file system,
// so the CLI and the browser share it.
import type { Dataset } from "../schema/dataset.ts";
import type { LoadIssue } from "./issues.ts";
import { mergeFiles } from "./merge.ts";
import { validateFile, type SourceFile, type ValidatedFile } from "./validate-file.ts";

export type LoadResult = { ok: true; dataset: Dataset } | { ok: false; issues: LoadIssue[] };

/** Files ending in `.schema.json` are the generated JSON Schema, not data. */
// Episode files (data/episodes/*.episode.json, issue 13) sit beside the data but are not data files.
export const isDataFileName = (path: string) => path.endsWith(".json") && !path.endsWith(".schema.json") && !path.endsWith(".episode.json");

export function loadDataset(files: SourceFile[]): LoadResult {
  const issues: LoadIssue[] = [];
  const validated: ValidatedFile[] = [];
  for (const source of files) {
    const result = validateFile(source);
    issues.push(...result.issues);
    if (result.file) validated.push(result.file);
  }
  const merged = mergeFiles(validated);
  issues.push(...merged.issues);
  // All or nothing: a dataset with any problem is not handed on, so nothing is half-loaded.
  return issues.length > 0 ? { ok: false, issues } : { ok: true, dataset: merged.dataset };
}
