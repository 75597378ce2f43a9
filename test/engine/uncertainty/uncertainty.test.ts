// The Monte Carlo against independent computations on the issue-14 fixture: ranges by grade, the
// median equal to the point value where the result is linear in its inputs, intervals that widen
// as grades worsen, the share kernel equal to rankRisks, blocks of draws equal to one run, and the
// tornado's swing computed by hand.
import { describe, expect, it } from "vitest";
import { loadData } from "../../../src/node/load-data.ts";
import { rankRisks } from "../../../src/engine/metrics/index.ts";
import { perspectiveGraph } from "../../../src/engine/perspective/perspective-graph.ts";
import { drawRandom, drawValues } from "../../../src/engine/uncertainty/draw.ts";
import { intervals, sampleSpec } from "../../../src/engine/uncertainty/intervals.ts";
import { buildMetric } from "../../../src/engine/uncertainty/metrics.ts";
import { quantile } from "../../../src/engine/uncertainty/monte-carlo.ts";
import { uncertainInputs } from "../../../src/engine/uncertainty/ranges.ts";
import { compileShareKernel, kernelHhi, kernelRanking } from "../../../src/engine/uncertainty/share-kernel.ts";
import { tornado } from "../../../src/engine/uncertainty/tornado.ts";
import type { ChokepointGraph } from "../../../src/model/graph.ts";
import type { Grade } from "../../../src/schema/common.ts";
import { resolveSettings } from "../../../src/schema/settings.ts";
import { riskGraph } from "../perspective/_fixture.ts";

const graph = riskGraph();

function withGrade(g: ChokepointGraph, grade: Grade): ChokepointGraph {
  const copy = g.copy() as ChokepointGraph;
  copy.forEachEdge((key, a) => {
    if (a.kind === "supplies") copy.replaceEdgeAttributes(key, { ...a, grade, low: undefined, high: undefined } as typeof a);
  });
  return copy;
}

describe("input ranges", () => {
  it("explicit low/high where given, else the grade's width, clamped to 0..1", () => {
    const byRef = new Map(uncertainInputs(graph).map((x) => [`${x.kind} ${x.ref}`, x]));
    expect(byRef.get("share CN->cobalt-mined")).toMatchObject({ low: 0.08, high: 0.12, explicit: true });
    expect(byRef.get("share CN->cobalt-refined")).toMatchObject({ explicit: false, grade: "A" });
    expect(byRef.get("share CN->cobalt-refined")!.low).toBeCloseTo(0.72, 12);
    expect(byRef.get("share JP->li-ion-cell")).toMatchObject({ low: 0, grade: "U" }); // 0.05 - 0.20 clamped
    expect(byRef.get("share JP->li-ion-cell")!.high).toBeCloseTo(0.25, 12);
    expect(byRef.get("substitutability cobalt-mined->cobalt-refined")).toMatchObject({ low: 0, high: 0.1 }); // grade C
    expect(byRef.get("sourcing 4")).toMatchObject({ low: 0.3, high: 0.5, explicit: true }); // KR hf from JP
  });

  it("a draw never lets a node's listed shares sum over 1", () => {
    const inputs = uncertainInputs(graph);
    for (let d = 0; d < 200; d++) {
      const values = drawValues(inputs, drawRandom(7, d));
      const sums = new Map<string, number>();
      inputs.forEach((x, i) => x.kind === "share" && sums.set(x.node, (sums.get(x.node) ?? 0) + values[i]!));
      for (const s of sums.values()) expect(s).toBeLessThanOrEqual(1 + 1e-12);
    }
  });
});

describe("Monte Carlo", () => {
  it("median equals the point value where the result is linear (N-1 of refined cobalt: 1 - CN share)", () => {
    // CN 0.74 +/- 0.02 (A) is always the largest (FI 0.10 +/- 0.05), shares never reach 1: left = 1 - s_CN, uniform.
    const r = intervals(graph, { name: "n1" }, { draws: 2000, seed: 3 })["cobalt-refined"]!;
    expect(r.point).toBeCloseTo(0.26, 12);
    expect(r.median).toBeCloseTo(0.26, 2);
    expect(Math.abs(r.median - 0.26)).toBeLessThan(0.003);
    // Uniform on 0.24..0.28: p5 = 0.242, p95 = 0.278.
    expect(r.p5).toBeCloseTo(0.242, 2);
    expect(r.p95).toBeCloseTo(0.278, 2);
  });

  it("intervals widen as grades worsen", () => {
    const width = (grade: Grade) => {
      const r = intervals(withGrade(graph, grade), { name: "hhi" }, { draws: 400 })["cobalt-refined"]!;
      return r.p95 - r.p5;
    };
    const widths = (["A", "B", "C", "U"] as const).map(width);
    for (let i = 1; i < widths.length; i++) expect(widths[i]!).toBeGreaterThan(widths[i - 1]!);
  });

  it("is reproducible by seed, and blocks of draws give the draws of one run", () => {
    const whole = sampleSpec(graph, { name: "scenario", cuts: [{ node: "JP", severity: 1 }] }, { draws: 40, seed: 5 });
    const a = sampleSpec(graph, { name: "scenario", cuts: [{ node: "JP", severity: 1 }] }, { draws: 40, seed: 5, first: 0, count: 25 });
    const b = sampleSpec(graph, { name: "scenario", cuts: [{ node: "JP", severity: 1 }] }, { draws: 40, seed: 5, first: 25, count: 15 });
    expect([...a["electronics"]!, ...b["electronics"]!]).toEqual(whole["electronics"]);
    const other = sampleSpec(graph, { name: "scenario", cuts: [{ node: "JP", severity: 1 }] }, { draws: 40, seed: 6 });
    expect(other["electronics"]).not.toEqual(whole["electronics"]);
  });

  it("gives the probability of a CRMA breach", () => {
    const r = intervals(graph, { name: "crma", allMaterials: true }, { draws: 300 });
    expect(r["cobalt-refined"]!.mean).toBe(1); // CN 0.72..0.76 always over 0.65
    // cobalt-mined: CD 0.70 +/- 0.02 (A) always over 0.65, so 1 as well.
    expect(r["cobalt-mined"]!.mean).toBe(1);
  });

  it("quantiles interpolate between order statistics", () => {
    expect(quantile([1, 2, 3, 4, 5], 0.5)).toBe(3);
    expect(quantile([0, 10], 0.05)).toBeCloseTo(0.5, 12);
  });
});

describe("share kernel", () => {
  it("gives rankRisks' scores and ranks at the point values, on the fixture and the bundled data", async () => {
    const data = await loadData();
    if (!data.ok) throw new Error("bundled data does not load");
    for (const g of [graph, perspectiveGraph(graph, "KR"), data.graph]) {
      const inputs = uncertainInputs(g);
      const kernel = compileShareKernel(g, inputs);
      const hhi = kernelHhi(kernel, Float64Array.from(inputs, (x) => x.point));
      const { score, rank } = kernelRanking(kernel, hhi);
      const expected = rankRisks(g, resolveSettings());
      kernel.nodes.forEach((m, n) => {
        const e = expected.find((x) => x.node === m.node)!;
        expect(score[n]).toBeCloseTo(e.score, 9);
        expect(rank[n]).toBe(e.rank);
      });
    }
  });
});

describe("tornado", () => {
  it("names the input that moves a result most, with its swing", () => {
    // Seen from KR with Japan cut: electronics loses 0.8 x s (s = Japan's share of Korea's HF, 0.3..0.5).
    const kr = perspectiveGraph(graph, "KR");
    const t = tornado(kr, buildMetric({ name: "scenario", cuts: [{ node: "JP", severity: 1 }] }), "electronics");
    expect(t.point).toBeCloseTo(0.32, 12);
    expect(t.bars[0]!.input.ref).toBe("JP->hf");
    expect(t.bars[0]!.atLow).toBeCloseTo(0.24, 12);
    expect(t.bars[0]!.atHigh).toBeCloseTo(0.4, 12);
  });
});
