// Reads backtest episode files (*.episode.json): the bundled data/episodes/ folder, or the files
// and folders given.
import { readdir, readFile, stat } from "node:fs/promises";
import { join, relative } from "node:path";
import { isEpisodeFileName, type LoadIssue, type SourceFile } from "../load/index.ts";
import { BUNDLED_DATA_DIR } from "./paths.ts";

export const BUNDLED_EPISODES_DIR = join(BUNDLED_DATA_DIR, "episodes");

export async function readEpisodeFiles(paths: string[] = [BUNDLED_EPISODES_DIR]): Promise<{ files: SourceFile[]; issues: LoadIssue[] }> {
  const files: SourceFile[] = [];
  const issues: LoadIssue[] = [];
  for (const root of paths) {
    try {
      const list = (await stat(root)).isDirectory()
        ? (await readdir(root)).filter(isEpisodeFileName).sort().map((name) => join(root, name))
        : [root];
      for (const path of list) files.push({ path: relative(process.cwd(), path) || path, text: await readFile(path, "utf8") });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      issues.push({ file: root, path: "$", message: code === "ENOENT" ? "cannot read: no such file or folder" : `cannot read: ${(error as Error).message}` });
    }
  }
  return { files, issues };
}
