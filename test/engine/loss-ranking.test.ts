// The risk ranking by propagated loss: the composite ranking cannot tell these two materials apart
// (one supplier each, one sector each), the propagated loss can (dependence and a stock).
import { describe, expect, it } from "vitest";
import { rankByPropagatedLoss, rankRisks, resolveSettings, runTimeline } from "../../src/index.ts";
import { generatedGraph } from "./_generated.ts";
import { country, graphOf, material, sector, supplies } from "./_graphs.ts";

describe("rankByPropagatedLoss", () => {
  const g = graphOf(
    [country("CN"), country("JP"), material("a"), material("b", { stock: { months: 2 } }), sector("s1"), sector("s2")],
    [
      supplies("CN", "a", 1),
      supplies("JP", "b", 1),
      { kind: "input", from: "a", to: "s1", substitutability: 0 },
      { kind: "input", from: "b", to: "s2", substitutability: 0, dependence: 0.2 },
    ],
  );
  const settings = resolveSettings();

  it("ranks by output-months lost when the top supplier withholds the node for 6 months", () => {
    // a: s1 loses everything for 6 months = 6. b: the stock covers months 0-1, then s2 loses 0.2 x 1 for 4 months = 0.8.
    const ranking = rankByPropagatedLoss(g, settings);
    expect(ranking.map((e) => [e.node, e.supplier])).toEqual([["a", "CN"], ["b", "JP"]]);
    expect(ranking[0]!.outputMonthsLost).toBe(6);
    expect(ranking[1]!.outputMonthsLost).toBeCloseTo(0.8, 12);
    expect(ranking[1]!.explanation).toBe("JP supplies 100% of b; withheld for 6 months it costs the sectors 0.80 output-months (1 sector(s) hit; most: s2 0.80)");
    expect(rankByPropagatedLoss(g, settings, { months: 3 })[1]!.outputMonthsLost).toBeCloseTo(0.2, 12);
  });

  it("where the composite ranking scores both the same", () => {
    const [x, y] = rankRisks(g, settings);
    expect(x!.score).toBe(y!.score);
  });
});

describe("rankByPropagatedLoss without stocks or substitution months", () => {
  it("gives, from one steady state per node, the output-months a month-by-month run gives", () => {
    // The generated networks have no stocks and no substitution months: the fast path applies.
    const g = generatedGraph(600, 3);
    const settings = resolveSettings();
    const ranking = rankByPropagatedLoss(g, settings, { months: 4 });
    expect(ranking.length).toBeGreaterThan(50);
    for (const e of ranking.slice(0, 40)) {
      const timeline = runTimeline(g, [{ edge: { from: e.supplier, to: e.node }, severity: 1, duration: 4 }], { months: 4, settings });
      const total = timeline.sectors.filter((s) => s.outputMonthsLost > 1e-9).reduce((s, x) => s + x.outputMonthsLost, 0);
      expect(e.outputMonthsLost).toBeCloseTo(total, 8);
    }
    expect(ranking.some((e) => e.outputMonthsLost > 0.1)).toBe(true);
  });
});
