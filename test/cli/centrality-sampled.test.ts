// `chokepoint centrality --eps E --delta D`: betweenness by the guaranteed sampler, with eps, delta
// and the sample count on stderr; scores within eps of the exact ones.
import { describe, expect, it } from "vitest";
import { compactGraph, computeBetweenness, sampleSize, vertexDiameterBound } from "../../src/engine/structure/index.ts";
import { loadData } from "../../src/node/load-data.ts";
import { fixture, only, runIn } from "./helpers.ts";

const mini = only("mini");

describe("centrality --eps", () => {
  it("reports eps, delta and the sample count, and every score is within eps of exact", async () => {
    const r = await runIn(["centrality", ...mini, "--eps", "0.05", "--delta", "0.2", "--json"]);
    expect(r.code).toBe(0);
    const data = await loadData({ bundled: false, extra: [fixture("mini")] });
    if (!data.ok) throw new Error("mini fixture did not load");
    const view = compactGraph(data.graph);
    const n = view.order;
    // The sampler runs at eps (n-2)/n so the bound holds on the (n-1)(n-2) scale (betweenness-sampled.ts).
    const samples = sampleSize((0.05 * (n - 2)) / n, 0.2, vertexDiameterBound(view));
    expect(r.stderr).toContain(`eps 0.05, delta 0.2, ${samples} sampled pairs`);
    const rows = JSON.parse(r.stdout) as { node: string; betweenness: number }[];
    expect(rows).toHaveLength(22);
    const exact = computeBetweenness(data.graph);
    let max = 0;
    for (const row of rows) max = Math.max(max, Math.abs(row.betweenness - exact.get(row.node)!));
    expect(max).toBeLessThanOrEqual(0.05);
    // The estimate is not the exact computation in disguise: some node differs.
    expect(rows.some((row) => row.betweenness !== exact.get(row.node))).toBe(true);
  });

  it("defaults delta to 0.1, and rejects --delta alone or an eps outside (0, 1)", async () => {
    const r = await runIn(["centrality", ...mini, "--eps", "0.1", "--top", "3"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("eps 0.1, delta 0.1,");
    expect(r.stdout.trim().split("\n").length).toBeGreaterThanOrEqual(3);
    const alone = await runIn(["centrality", ...mini, "--delta", "0.1"]);
    expect(alone.code).not.toBe(0);
    expect(alone.stderr).toContain("--delta needs --eps");
    const big = await runIn(["centrality", ...mini, "--eps", "1.5"]);
    expect(big.code).not.toBe(0);
    expect(big.stderr).toContain("--eps");
  });
});
