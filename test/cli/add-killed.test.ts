// `add` killed with SIGKILL at random moments, including right after its temp file appears (no
// cleanup code runs then): every data file stays parseable and valid, and the next run leaves no
// temp file behind. Real subprocesses, since only a real kill shows what is left on disk.
import { spawn } from "node:child_process";
import { readdir, readFile, watch } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/load/index.ts";
import { BIN, copyFixture, runBin } from "./helpers.ts";

const ROUNDS = Number(process.env["CHOKEPOINT_KILL_ROUNDS"] ?? 8);

async function datasetOk(dir: string): Promise<boolean> {
  const names = (await readdir(dir)).filter((n) => n.endsWith(".json") && !n.startsWith("."));
  const files = await Promise.all(names.map(async (n) => ({ path: n, text: await readFile(join(dir, n), "utf8") })));
  return loadDataset(files).ok;
}

/** Starts `add`, kills it after `delay` ms or as soon as a temp file appears, whichever is first. */
async function addAndKill(dir: string, id: string, delay: number, onTemp: boolean): Promise<void> {
  const child = spawn(process.execPath, [BIN, "add", "node", "--kind", "company", "--id", id, "--label", id, "--no-bundled", "--data", dir], { stdio: "ignore" });
  const ended = new Promise((resolve) => child.on("exit", resolve));
  const abort = new AbortController();
  if (onTemp) {
    void (async () => {
      try {
        for await (const event of watch(dir, { signal: abort.signal })) {
          if (event.filename?.endsWith(".tmp")) child.kill("SIGKILL");
        }
      } catch {
        // aborted
      }
    })();
  }
  const timer = setTimeout(() => child.kill("SIGKILL"), delay);
  await ended;
  clearTimeout(timer);
  abort.abort();
}

describe("add killed at random moments", () => {
  it(`keeps every data file valid and the next run removes left temp files (${ROUNDS} kills)`, async () => {
    const copy = await copyFixture("mini");
    let left = 0;
    try {
      for (let k = 0; k < ROUNDS; k++) {
        await addAndKill(copy.dir, `killed-${k}`, 300 + Math.floor(Math.random() * 2500), k % 2 === 0);
        expect(await datasetOk(copy.dir)).toBe(true);
        if ((await readdir(copy.dir)).some((n) => n.endsWith(".tmp"))) left++;
      }
      if (process.env["CHOKEPOINT_KILL_REPORT"]) console.log(`${left} of ${ROUNDS} kills left a temp file`);
      const next = await runBin(["add", "node", "--kind", "company", "--id", "after-kills", "--label", "After", "--no-bundled", "--data", copy.dir]);
      expect(next.code).toBe(0);
      expect((await readdir(copy.dir)).filter((n) => n.endsWith(".tmp"))).toEqual([]);
      expect(await datasetOk(copy.dir)).toBe(true);
    } finally {
      await copy.cleanup();
    }
  }, 240_000);
});
