// Runs the CLI as a real subprocess (node src/cli/bin.js) or in-process through runCli, and
// captures stdout, stderr and the exit code.
import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { CliIO } from "../../src/cli/io.ts";
import { runCli } from "../../src/cli/main.ts";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../..");
export const BIN = join(ROOT, "src/cli/bin.js");
export const fixture = (name: string) => join(ROOT, "test/fixtures", name);
/** Global options that load one fixture folder and nothing else. */
export const only = (name: string) => ["--no-bundled", "--data", fixture(name)];

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runBin(args: string[], options: { stdin?: string; cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: options.cwd ?? ROOT, env: { ...process.env, NO_COLOR: "1", ...options.env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
    child.stdin?.end(options.stdin ?? "");
  });
}

export async function runIn(args: string[], options: { stdin?: string; io?: Partial<CliIO> } = {}): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, {
    out: (t) => void (stdout += t),
    err: (t) => void (stderr += t),
    readStdin: async () => options.stdin ?? "",
    stdinIsTTY: options.stdin === undefined,
    env: {},
    ...options.io,
  });
  return { code, stdout, stderr };
}

/** A throw-away copy of a fixture folder; returns its path and a cleanup. */
export async function copyFixture(name: string): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const base = await mkdtemp(join(tmpdir(), "chokepoint-test-"));
  const dir = join(base, name);
  await cp(fixture(name), dir, { recursive: true });
  return { dir, cleanup: () => rm(base, { recursive: true, force: true }) };
}

export const readText = (path: string) => readFile(path, "utf8");

/** sha256 of every file under `dir` (relative path -> hash), to prove nothing changed. */
export async function checksums(dir: string): Promise<Record<string, string>> {
  const { createHash } = await import("node:crypto");
  const { readdir } = await import("node:fs/promises");
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out[path.slice(dir.length + 1)] = createHash("sha256").update(await readFile(path)).digest("hex");
  }
  return out;
}
