// One node's share intervals against the uniform ranges worked out by hand on the issue-14 fixture.
import { describe, expect, it } from "vitest";
import { shareIntervals } from "../../../src/engine/uncertainty/index.ts";
import { riskGraph } from "../perspective/_fixture.ts";

const graph = riskGraph();

describe("shareIntervals", () => {
  it("draws each listed share uniformly in its range: explicit bounds, else the grade's width", () => {
    // cobalt-mined: CN 0.10 in [0.08, 0.12] (explicit), CD 0.70 grade A, so [0.68, 0.72]; the sum
    // stays under 1, so no draw is renormalised and the quantiles are those of the uniform ranges.
    const bands = shareIntervals(graph, "cobalt-mined", { draws: 4000 });
    expect(Object.keys(bands).sort()).toEqual(["CD", "CN"]);
    expect(bands["CN"]!.point).toBe(0.1);
    expect(bands["CN"]!.p5).toBeCloseTo(0.08 + 0.05 * 0.04, 3);
    expect(bands["CN"]!.p95).toBeCloseTo(0.08 + 0.95 * 0.04, 3);
    expect(bands["CD"]!.p5).toBeCloseTo(0.68 + 0.05 * 0.04, 3);
    expect(bands["CD"]!.median).toBeCloseTo(0.7, 2);
  });

  it("under a perspective, draws the importer's sourcing shares and renormalises when they sum over 1", () => {
    // KR sources hf: JP 0.4 in [0.3, 0.5] (explicit), CN 0.5 grade B, so [0.45, 0.55]; up to 1.05.
    const bands = shareIntervals(graph, "hf", { perspective: "KR", draws: 4000 });
    expect(Object.keys(bands).sort()).toEqual(["CN", "JP"]);
    expect(bands["JP"]!.p5).toBeCloseTo(0.3 + 0.05 * 0.2, 2);
    // Renormalised draws pull the top down: JP's p95 is below the uniform's 0.49, and never over 0.5.
    expect(bands["JP"]!.p95).toBeLessThan(0.49);
    expect(bands["JP"]!.p95).toBeGreaterThan(0.46);
    expect(bands["CN"]!.p95).toBeLessThanOrEqual(0.55);
  });

  it("names the node when it is not in the graph", () => {
    expect(() => shareIntervals(graph, "nope")).toThrow(/no node "nope"/);
  });
});
