// Riondato-Kornaropoulos sampled betweenness: the sample size formula, the vertex-diameter bound
// against the true vertex diameter, and the guarantee (max error <= eps) against exact scores, on
// small random graphs and on 10k-node graphs of the three bench families (seeded: the guarantee is
// probabilistic, 1 - delta per run).
import { describe, expect, it } from "vitest";
import { betweennessScores } from "../../src/engine/structure/betweenness.ts";
import { sampledBetweenness, sampleSize } from "../../src/engine/structure/betweenness-sampled.ts";
import { compactFromArcs } from "../../src/engine/structure/compact-arcs.ts";
import { vertexDiameterBound } from "../../src/engine/structure/vertex-diameter.ts";
import { FAMILIES, generateFamily } from "../../src/gen/families.ts";
import { createRandom } from "../../src/gen/prng.ts";
import { bruteDependencies, vertexDiameter } from "./_brute.ts";

function randomArcs(n: number, m: number, seed: number) {
  const random = createRandom(seed);
  const from: number[] = [];
  const to: number[] = [];
  for (let i = 0; i < m; i++) {
    const u = random.int(n);
    const v = random.int(n);
    if (u !== v) {
      from.push(u);
      to.push(v);
    }
  }
  return compactFromArcs(n, Int32Array.from(from), Int32Array.from(to));
}

const maxError = (a: Float64Array, b: Float64Array) => a.reduce((m, x, i) => Math.max(m, Math.abs(x - b[i]!)), 0);

describe("sampled betweenness (Riondato-Kornaropoulos)", () => {
  it("sizes the sample by (0.5 / eps^2)(floor(log2(VD - 2)) + 1 + ln(1/delta))", () => {
    // VD 10: floor(log2 8) = 3; (0.5 / 1e-4)(3 + 1 + ln 10) = 5000 x 6.302585 = 31512.9 -> 31513.
    expect(sampleSize(0.01, 0.1, 10)).toBe(31513);
    // VD 3 (a single interior node at most): log term 0; 0.5 / 0.01 x (1 + ln 20) = 199.786 -> 200.
    expect(sampleSize(0.1, 0.05, 3)).toBe(200);
  });

  it("bounds the vertex diameter from above on random graphs (chains, cycles, DAG parts)", () => {
    for (let seed = 1; seed <= 30; seed++) {
      const n = 5 + (seed % 20);
      const view = randomArcs(n, Math.round(n * (0.8 + (seed % 4) * 0.5)), seed);
      expect(vertexDiameterBound(view)).toBeGreaterThanOrEqual(vertexDiameter(view));
    }
    // A directed path of 6 nodes: exactly 6.
    const path = compactFromArcs(6, Int32Array.from([0, 1, 2, 3, 4]), Int32Array.from([1, 2, 3, 4, 5]));
    expect(vertexDiameterBound(path)).toBe(6);
  });

  it("stays within eps of the brute-force scores on small random graphs", () => {
    for (let seed = 1; seed <= 6; seed++) {
      const n = 20 + seed * 5;
      const view = randomArcs(n, n * 3, seed);
      const exact = bruteDependencies(view).map((x) => x / ((n - 1) * (n - 2)));
      const result = sampledBetweenness(view, { eps: 0.02, delta: 0.1, seed });
      expect(result.samples).toBe(sampleSize((0.02 * (n - 2)) / n, 0.1, result.vertexDiameter));
      expect(maxError(result.scores, exact)).toBeLessThanOrEqual(0.02);
    }
  });

  it("is exact where every pair has one shortest path through the middle: a directed star through a hub", () => {
    // 0,1 -> 2 -> 3,4: the only pairs with an interior node are (0|1, 3|4), all through 2: 4 of 20 ordered pairs.
    const view = compactFromArcs(5, Int32Array.from([0, 1, 2, 2]), Int32Array.from([2, 2, 3, 4]));
    const result = sampledBetweenness(view, { eps: 0.05, delta: 0.1 });
    // Estimate of 4/20 on the n(n-1) scale, times n/(n-2): true value 4 / (4 x 3) = 1/3.
    expect(Math.abs(result.scores[2]! - 1 / 3)).toBeLessThanOrEqual(0.05);
    expect([0, 1, 3, 4].map((v) => result.scores[v])).toEqual([0, 0, 0, 0]);
  });

  it.each(FAMILIES)("keeps the max error within eps = 0.01 on the 10k-node %s graph (seed 1)", (family) => {
    const arcs = generateFamily(family, 10_000, 1);
    const view = compactFromArcs(arcs.order, arcs.from, arcs.to);
    const result = sampledBetweenness(view, { eps: 0.01, delta: 0.1, seed: 1 });
    expect(result.eps).toBe(0.01);
    expect(result.delta).toBe(0.1);
    expect(maxError(result.scores, betweennessScores(view))).toBeLessThanOrEqual(0.01);
  }, 120_000);

  it("rejects eps or delta outside (0, 1)", () => {
    const view = randomArcs(10, 20, 1);
    expect(() => sampledBetweenness(view, { eps: 0 })).toThrow(/eps and delta/);
    expect(() => sampledBetweenness(view, { delta: 1 })).toThrow(/eps and delta/);
  });
});
