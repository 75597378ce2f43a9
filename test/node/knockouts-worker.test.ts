// The worker wrapper gives the same knock-outs as the engine in-process, reports progress, aborts.
import { describe, expect, it } from "vitest";
import { runKnockouts } from "../../src/engine/propagation/knockouts.ts";
import { runKnockoutsInWorker } from "../../src/node/knockouts-worker.ts";
import { generatedGraph } from "../engine/_generated.ts";

describe("runKnockoutsInWorker", () => {
  const graph = generatedGraph(1000, 3);

  it("returns the in-process entries and reports progress up to the total", async () => {
    const progress: [number, number][] = [];
    const entries = await runKnockoutsInWorker(graph, {}, { onProgress: (done, total) => progress.push([done, total]), progressEvery: 0 });
    expect(entries).toEqual(runKnockouts(graph));
    expect(progress.at(-1)).toEqual([entries.length, entries.length]);
  });

  it("rejects when aborted", async () => {
    const controller = new AbortController();
    const run = runKnockoutsInWorker(graph, {}, { signal: controller.signal });
    controller.abort();
    await expect(run).rejects.toThrow(/aborted/);
    await expect(runKnockoutsInWorker(graph, {}, { signal: controller.signal })).rejects.toThrow(/aborted/);
  });
});
