// Backtest episodes: text of *.episode.json files -> validated episodes, or every problem with
// file and JSON path. Pure (the caller reads the files).
import { Episode } from "../schema/episodes.ts";
import type { LoadIssue } from "./issues.ts";
import type { SourceFile } from "./validate-file.ts";

export const isEpisodeFileName = (path: string) => path.endsWith(".episode.json");

const jsonPath = (path: readonly PropertyKey[]) =>
  "$" + path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("");

export function loadEpisodes(files: SourceFile[]): { episodes: Episode[]; issues: LoadIssue[] } {
  const episodes: Episode[] = [];
  const issues: LoadIssue[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    let raw: unknown;
    try {
      raw = JSON.parse(file.text);
    } catch (error) {
      issues.push({ file: file.path, path: "$", message: `not valid JSON: ${(error as Error).message}` });
      continue;
    }
    const parsed = Episode.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) issues.push({ file: file.path, path: jsonPath(issue.path), message: issue.message });
      continue;
    }
    const before = seen.get(parsed.data.id);
    if (before) issues.push({ file: file.path, path: "$.id", message: `episode id "${parsed.data.id}" is also used in ${before}` });
    else seen.set(parsed.data.id, file.path), episodes.push(parsed.data);
  }
  return { episodes, issues };
}
