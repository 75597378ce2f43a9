// Text of data files -> one validated dataset, or every problem found. Pure: no file system,
// so the CLI and the browser share it.
import type { Dataset } from "../schema/dataset.ts";
import type { LoadIssue } from "./issues.ts";
import { locateIssues, type FileToLocate } from "./locate-issues.ts";
import { mergeFiles } from "./merge.ts";
import { validateFile, type SourceFile, type ValidatedFile } from "./validate-file.ts";

export type LoadResult = { ok: true; dataset: Dataset } | { ok: false; issues: LoadIssue[] };

/**
 * Files ending in `.schema.json` are the generated JSON Schema, not data; episode files
 * (data/episodes/*.episode.json, issue 13) sit beside the data but are not data files; hidden files
 * (a name starting with a dot, as the atomic writer's temp files do) are never data either.
 */
export const isDataFileName = (path: string) =>
  path.endsWith(".json") && !path.endsWith(".schema.json") && !path.endsWith(".episode.json") && !/(^|[/\\])\.[^/\\]*$/.test(path);

export function loadDataset(files: SourceFile[]): LoadResult {
  const issues: LoadIssue[] = [];
  const validated: ValidatedFile[] = [];
  const scanned: FileToLocate[] = [];
  for (const source of files) {
    const result = validateFile(source);
    issues.push(...result.issues);
    if (result.file) validated.push(result.file);
    scanned.push({ file: source.path, text: result.text, duplicateKeys: result.duplicateKeys });
  }
  const merged = mergeFiles(validated);
  issues.push(...merged.issues);
  const located = locateIssues(scanned, issues);
  // All or nothing: a dataset with any problem is not handed on, so nothing is half-loaded.
  return located.length > 0 ? { ok: false, issues: located } : { ok: true, dataset: merged.dataset };
}
