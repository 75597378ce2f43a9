// The bundled data files as text, bundled by vite at build time. They go through the same loader
// as the CLI's files.
import { isDataFileName } from "../load/load-dataset.ts";
import type { SourceFile } from "../load/validate-file.ts";

const RAW = import.meta.glob("/data/**/*.json", { query: "?raw", import: "default", eager: true }) as Record<string, string>;

export const BUNDLED_FILES: SourceFile[] = Object.entries(RAW)
  .filter(([path]) => isDataFileName(path))
  .map(([path, text]) => ({ path: path.replace(/^\//, ""), text }))
  .sort((a, b) => (a.path < b.path ? -1 : 1));
