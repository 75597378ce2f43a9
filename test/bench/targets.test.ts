// The bench's million-node sum and target (issue 16 item 6): the steps the issue lists that ran,
// wall or CPU, and the skipped ones left out.
import { describe, expect, it } from "vitest";
import type { SizeResult } from "../../src/bench/size-run.ts";
import { summarise } from "../../src/bench/stats.ts";
import { compactPath, STEPS } from "../../src/bench/steps.ts";
import { checkTargets, millionTotal } from "../../src/bench/targets.ts";

function result(nodes: number): SizeResult {
  const steps: SizeResult["steps"] = {};
  const cpu: Record<string, number> = {};
  STEPS.forEach((step, i) => {
    const skipped = step.skip?.(nodes);
    steps[step.id] = skipped !== undefined ? { skipped } : summarise([1000 * (i + 1)]);
    cpu[step.id] = 10 * (i + 1);
  });
  return { nodes, edges: 5 * nodes, files: 1, megabytes: 1, runs: 1, generateMs: 0, steps, stepRssMiB: {}, stepCpuMs: cpu, peakRssMiB: 3000 };
}

describe("bench: issue 16's million-node steps", () => {
  it("takes the compact path above 250k nodes only", () => {
    expect(compactPath(200_000)).toBe(false);
    expect(compactPath(1_000_000)).toBe(true);
  });

  it("sums the listed steps that ran, by wall and by CPU time", () => {
    const r = result(1_000_000);
    const ran = STEPS.map((s, i) => ({ s, i })).filter(({ s }) => s.million && s.skip?.(1_000_000) === undefined);
    // read + validate, compact view, concentration, PageRank, guaranteed betweenness, model, scenario, knock-outs.
    expect(ran.map(({ s }) => s.id)).toEqual(["load", "compact", "concentration", "pagerank", "betweenness-guaranteed", "propagation-model", "scenario", "knockouts"]);
    const position = (id: string) => STEPS.findIndex((s) => s.id === id) + 1;
    const expected = ran.reduce((sum, { s }) => sum + position(s.id), 0);
    expect(millionTotal(r)).toBe(1000 * expected);
    expect(millionTotal(r, r.stepCpuMs)).toBe(10 * expected);
  });

  it("judges the 1m targets: under 60 s, under 8 GiB", () => {
    const lines = checkTargets([result(1_000_000)]).filter((t) => t.text.startsWith("1000k"));
    expect(millionTotal(result(1_000_000))).toBeGreaterThan(60_000);
    expect(lines.map((t) => t.met)).toEqual([false, true]);
  });
});
