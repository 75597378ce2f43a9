// Lines and columns for the loader's messages, and the duplicate keys JSON.parse cannot see. Both
// take a scan of the file's text, so they are done together, once per file that has a problem:
// a valid file is never scanned, and a 1,000,000-node file with one bad entry is scanned once.
import type { LoadIssue } from "./issues.ts";
import { childPath, parsePath, positionsOf, scanJson } from "./json-locate.ts";

export interface FileToLocate {
  file: string;
  text: string;
  duplicateKeys: boolean;
}

/**
 * Fills in line and column of each issue (at its path, or the closest ancestor in the text: a
 * missing field has none), and returns the issues with one more for each repeated key, in front
 * of its file's own.
 */
export function locateIssues(files: FileToLocate[], issues: LoadIssue[]): LoadIssue[] {
  const byFile = new Map<string, LoadIssue[]>();
  for (const issue of issues) {
    if (issue.line !== undefined) continue;
    const list = byFile.get(issue.file);
    if (list) list.push(issue);
    else byFile.set(issue.file, [issue]);
  }
  const duplicates: LoadIssue[] = [];
  for (const file of files) {
    const own = byFile.get(file.file) ?? [];
    if (own.length === 0 && !file.duplicateKeys) continue;
    // The scan records where every path leading to a wanted one starts, so ancestors come free.
    const scan = scanJson(file.text, { paths: own.map((i) => i.path), duplicates: file.duplicateKeys });
    if (!scan.ok) continue; // cannot happen: the text parsed; the issues keep no line rather than a wrong one
    const lines = positionsOf(file.text, [...scan.offsets.values(), ...scan.duplicates.flatMap((d) => [d.first, d.second])]);
    const where = (offset: number) => `${lines.get(offset)!.line}:${lines.get(offset)!.column}`;
    for (const issue of own) {
      const offset = ancestors(issue.path).map((p) => scan.offsets.get(p)).find((o) => o !== undefined);
      if (offset !== undefined) Object.assign(issue, lines.get(offset));
    }
    for (const d of scan.duplicates) {
      duplicates.push({
        file: file.file,
        path: d.path,
        message: `duplicate key '${d.key}' at ${where(d.second)}, first at ${where(d.first)} (JSON keeps only the last: remove or rename one)`,
        ...lines.get(d.second),
      });
    }
  }
  if (duplicates.length === 0) return issues;
  // Each file's duplicate keys before its other problems: they explain missing entries.
  const out: LoadIssue[] = [];
  for (const issue of issues) {
    for (let k = 0; k < duplicates.length; k++) {
      if (duplicates[k]!.file === issue.file) out.push(...duplicates.splice(k--, 1));
    }
    out.push(issue);
  }
  return [...duplicates, ...out];
}

/** `$.a[3].b`, `$.a[3]`, `$.a`, `$`: a path and its ancestors, nearest first. */
function ancestors(path: string): string[] {
  const out = ["$"];
  for (const segment of parsePath(path) ?? []) out.push(childPath(out[out.length - 1]!, segment));
  return out.reverse();
}
