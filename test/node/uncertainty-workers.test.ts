// The Monte Carlo on worker threads gives the numbers of one thread (each draw has its own stream).
import { describe, expect, it } from "vitest";
import { intervals } from "../../src/engine/uncertainty/intervals.ts";
import { intervalsParallel } from "../../src/node/uncertainty-workers.ts";
import { riskGraph } from "../engine/perspective/_fixture.ts";

describe("intervalsParallel", () => {
  it("splits the draws over threads and gives the same intervals", async () => {
    const graph = riskGraph();
    // Knock-outs have no kernel, so they go to the workers (kernel metrics always run inline).
    const spec = { name: "knockouts" as const, perspective: "KR" };
    const inline = intervals(graph, spec, { draws: 30, seed: 9 });
    expect(await intervalsParallel(graph, spec, { draws: 30, seed: 9, threads: 2 })).toEqual(inline);
  }, 60_000);
});
