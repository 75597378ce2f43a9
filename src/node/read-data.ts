// Reads data files from disk: the bundled data/ folder and any extra files or folders given.
import { readdir, readFile, stat } from "node:fs/promises";
import { join, relative } from "node:path";
import { isDataFileName, type LoadIssue, type SourceFile } from "../load/index.ts";
import { BUNDLED_DATA_DIR } from "./paths.ts";

export interface ReadOptions {
  /** Extra files or folders, loaded on top of the bundled data. */
  extra?: string[];
  /** Leave out the bundled data/ folder (to check a file on its own). */
  bundled?: boolean;
}

export async function readDataFiles(options: ReadOptions = {}): Promise<{ files: SourceFile[]; issues: LoadIssue[] }> {
  const roots = [...(options.bundled === false ? [] : [BUNDLED_DATA_DIR]), ...(options.extra ?? [])];
  const files: SourceFile[] = [];
  const issues: LoadIssue[] = [];
  for (const root of roots) {
    try {
      for (const path of await listJson(root)) {
        files.push({ path: displayPath(path), text: await readFile(path, "utf8") });
      }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const reason = code === "ENOENT" ? "no such file or folder" : (error as Error).message;
      issues.push({ file: displayPath(root), path: "$", message: `cannot read: ${reason}` });
    }
  }
  return { files, issues };
}

async function listJson(path: string): Promise<string[]> {
  if (!(await stat(path)).isDirectory()) return [path];
  const out: string[] = [];
  const entries = await readdir(path, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    const child = join(path, entry.name);
    if (entry.isDirectory()) out.push(...(await listJson(child)));
    else if (isDataFileName(entry.name)) out.push(child);
  }
  return out;
}

function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith("..") || rel === "" ? path : rel;
}
