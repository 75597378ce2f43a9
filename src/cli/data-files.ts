// Changes to data files, checked before anything is written: the whole dataset is validated with
// the changed files in place of the old ones, then each file is written atomically.
import { mkdir, readFile } from "node:fs/promises";
import { UsageError } from "./io.ts";
import { dirname, join, relative, resolve } from "node:path";
import { loadDataset, type LoadIssue, type SourceFile } from "../load/index.ts";
import { BUNDLED_DATA_DIR } from "../node/paths.ts";
import { writeFileAtomic } from "../node/write-atomic.ts";
import { JSON_SCHEMA_FILE } from "../schema/json-schema.ts";

export interface FileChange {
  /** As messages show it (relative to the working directory when inside it). */
  path: string;
  /** undefined for a new file. */
  before: string | undefined;
  after: string;
}

export const samePath = (a: string, b: string) => resolve(a) === resolve(b);

/** The loaded sources with each changed file replaced (or added), validated together. */
export function validateChanges(sources: SourceFile[], changes: FileChange[]): LoadIssue[] {
  const files = sources.filter((s) => !changes.some((c) => samePath(c.path, s.path)));
  files.push(...changes.map((c) => ({ path: c.path, text: c.after })));
  const result = loadDataset(files);
  return result.ok ? [] : result.issues;
}

/**
 * Writes each change atomically (temp file + rename), in order. On a failure returns a message
 * naming the file that was not written (it keeps its old content) and those written before it.
 */
export async function writeChanges(changes: FileChange[]): Promise<string | undefined> {
  const done: string[] = [];
  for (const change of changes) {
    try {
      // One level only (export --format csv --out new-folder/): a missing parent was refused before.
      await mkdir(dirname(resolve(change.path))).catch((e: NodeJS.ErrnoException) => {
        if (e.code !== "EEXIST") throw e;
      });
      await writeFileAtomic(change.path, change.after);
    } catch (error) {
      return (
        `could not write ${change.path} (${(error as Error).message}); it is unchanged` +
        (done.length > 0 ? `, but ${done.join(", ")} ${done.length > 1 ? "were" : "was"} written` : "")
      );
    }
    done.push(change.path);
  }
  return undefined;
}

/**
 * The text of a file, or undefined when it does not exist. A folder or an unreadable file is a
 * UsageError naming the path: a mistyped --out or --file.
 */
export async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EISDIR") throw new UsageError(`${path} is a folder; give a file path`);
    if (code === "ENOENT" || code === "ENOTDIR") return undefined;
    throw new UsageError(`cannot read ${path}: ${(error as Error).message}`);
  }
}

/** `$schema` for a new file inside data/: the relative path to the generated JSON Schema. */
export function schemaRefFor(path: string): string | undefined {
  const rel = relative(BUNDLED_DATA_DIR, resolve(path));
  if (rel.startsWith("..")) return undefined;
  const ref = relative(dirname(resolve(path)), join(BUNDLED_DATA_DIR, JSON_SCHEMA_FILE)).replaceAll("\\", "/");
  return ref.startsWith(".") ? ref : `./${ref}`;
}
