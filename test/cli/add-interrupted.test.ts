// A write interrupted midway: the rename of the finished temp file fails (as on a crash or a full
// disk). The data file must keep its old bytes and no temp file may be left behind.
import { readdir, rename } from "node:fs/promises";
import { afterEach, describe, expect, it, vi } from "vitest";
import { checksums, copyFixture, runIn } from "./helpers.ts";

vi.mock("node:fs/promises", async (importOriginal) => {
  const original = await importOriginal<typeof import("node:fs/promises")>();
  return { ...original, rename: vi.fn(original.rename) };
});

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  vi.mocked(rename).mockClear();
});

describe("an interrupted write", () => {
  it("leaves the old file intact and reports it, exit 1", async () => {
    const copy = await copyFixture("mini");
    cleanup = copy.cleanup;
    const sums = await checksums(copy.dir);
    vi.mocked(rename).mockRejectedValueOnce(Object.assign(new Error("EIO: i/o error, rename (simulated)"), { code: "EIO" }));
    const r = await runIn(["add", "node", "--kind", "company", "--id", "catl", "--label", "CATL", "--no-bundled", "--data", copy.dir]);
    expect(vi.mocked(rename)).toHaveBeenCalledTimes(1);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/could not write .*chain\.json \(EIO: i\/o error, rename \(simulated\)\); it is unchanged/);
    expect(await checksums(copy.dir)).toEqual(sums);
    expect((await readdir(copy.dir)).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });

  it("and the same add succeeds once the rename works", async () => {
    const copy = await copyFixture("mini");
    cleanup = copy.cleanup;
    const r = await runIn(["add", "node", "--kind", "company", "--id", "catl", "--label", "CATL", "--no-bundled", "--data", copy.dir]);
    expect(r.code).toBe(0);
    expect(vi.mocked(rename)).toHaveBeenCalledTimes(1);
  });
});
