// Reads data files from disk: the bundled data/ folder and any extra files or folders given.
// Every readable file is read; each one that is not is reported by its own path, and reading goes
// on. Folders are followed through symlinks once each (by their real path), so a loop ends.
import { readdir, readFile, realpath, stat } from "node:fs/promises";
import { basename, join, relative } from "node:path";
import { decodeDataFile, isDataFileName, type LoadIssue, type SourceFile } from "../load/index.ts";
import { BUNDLED_DATA_DIR } from "./paths.ts";

export interface ReadOptions {
  /** Extra files or folders, loaded on top of the bundled data. */
  extra?: string[];
  /** Leave out the bundled data/ folder (to check a file on its own). */
  bundled?: boolean;
}

export interface ReadResult {
  files: SourceFile[];
  issues: LoadIssue[];
  /** Extra roots that do not exist or hold no data file: a usage mistake rather than bad data. */
  missing: string[];
  empty: string[];
}

const reasonOf = (error: unknown) => {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file or folder";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ELOOP") return "too many levels of symbolic links";
  return (error as Error).message;
};

export async function readDataFiles(options: ReadOptions = {}): Promise<ReadResult> {
  const out: ReadResult = { files: [], issues: [], missing: [], empty: [] };
  const extra = options.extra ?? [];
  const roots = [...(options.bundled === false ? [] : [BUNDLED_DATA_DIR]), ...extra];
  const seen = new Set<string>();
  for (const [r, root] of roots.entries()) {
    const isExtra = r >= roots.length - extra.length;
    let info;
    try {
      info = await stat(root);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT" && isExtra) out.missing.push(root);
      else out.issues.push({ file: displayPath(root), path: "$", message: `cannot read: ${reasonOf(error)}` });
      continue;
    }
    const before = out.files.length + out.issues.length;
    if (info.isDirectory()) await readFolder(root, seen, out);
    else await readOne(root, out);
    if (isExtra && info.isDirectory() && out.files.length + out.issues.length === before) out.empty.push(root);
  }
  return out;
}

async function readOne(path: string, out: ReadResult): Promise<void> {
  try {
    const decoded = decodeDataFile(displayPath(path), await readFile(path));
    if (decoded.ok) out.files.push(decoded.source);
    else out.issues.push(decoded.issue);
  } catch (error) {
    out.issues.push({ file: displayPath(path), path: "$", message: `cannot read: ${reasonOf(error)}` });
  }
}

/** Depth-first over a folder, with a stack rather than recursion, in name order. */
async function readFolder(root: string, seen: Set<string>, out: ReadResult): Promise<void> {
  const pending = [root];
  while (pending.length > 0) {
    const dir = pending.pop()!;
    let entries;
    try {
      const real = await realpath(dir);
      if (seen.has(real)) {
        if (dir !== root) out.issues.push({ file: displayPath(dir), path: "$", message: `skipped: a link to ${displayPath(real)}, which is read already (a symlink loop?)` });
        continue;
      }
      seen.add(real);
      entries = (await readdir(dir)).sort();
    } catch (error) {
      out.issues.push({ file: displayPath(dir), path: "$", message: `cannot read: ${reasonOf(error)}` });
      continue;
    }
    const folders: string[] = [];
    for (const name of entries) {
      const child = join(dir, name);
      let info;
      try {
        info = await stat(child);
      } catch (error) {
        if (isDataFileName(name)) out.issues.push({ file: displayPath(child), path: "$", message: `cannot read: ${reasonOf(error)}` });
        continue;
      }
      if (info.isDirectory()) folders.push(child);
      else if (isDataFileName(basename(child))) await readOne(child, out);
    }
    pending.push(...folders.reverse());
  }
}

function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith("..") || rel === "" ? path : rel;
}
