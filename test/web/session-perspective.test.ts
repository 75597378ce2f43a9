// The explorer's session under a perspective: the engine's perspective graph and every result the
// panels read recomputed on it, the world graph kept for layout, unknown importers back to the world.
import { describe, expect, it } from "vitest";
import { rankByPropagatedLoss, rankRisks } from "../../src/engine/index.ts";
import { perspectiveGraph } from "../../src/engine/perspective/index.ts";
import { readDataFiles } from "../../src/node/read-data.ts";
import { resolveSettings } from "../../src/schema/settings.ts";
import { LOSS_RANKING_BUDGET, openSession, sessionInPerspective } from "../../src/web/session.ts";

const { files } = await readDataFiles();

describe("sessionInPerspective", () => {
  const opened = openSession(files, []);
  if (!opened.ok) throw new Error("the bundled data must load");
  const world = opened.session;

  it("lists the importers the data has sourcing for", () => {
    expect(world.perspective).toBe("world");
    expect(world.perspectives).toEqual(["EU", "KR", "NL"]);
    expect(world.graph).toBe(world.base);
  });

  it("recomputes the ranking and risk entries on the engine's perspective graph, keeping the world graph as base", () => {
    const eu = sessionInPerspective(world, "EU");
    expect(eu.perspective).toBe("EU");
    expect(eu.base).toBe(world.base);
    expect(eu.graph).toBe(perspectiveGraph(world.base, "EU"));
    const expected = rankRisks(perspectiveGraph(world.base, "EU"), resolveSettings({}));
    expect(eu.analysis.ranking.map((r) => [r.node, r.score])).toEqual(expected.map((r) => [r.node, r.score]));
    // EU sourcing of gallium: China 69% (EU CRM study 2023), not the world's 98.7%.
    const top = eu.risk.get("gallium-primary")!.concentration.top!;
    expect(top.id).toBe("CN");
    expect(top.share).toBeCloseTo(0.69, 12);
    expect(world.risk.get("gallium-primary")!.concentration.top!.share).not.toBeCloseTo(0.69, 2);
  });

  it("builds the loss ranking on first read, on the perspective graph, within the size budget", () => {
    const eu = sessionInPerspective(world, "EU");
    expect(eu.lossRankingBuilt()).toBe(false);
    const expected = rankByPropagatedLoss(perspectiveGraph(world.base, "EU"), resolveSettings({}));
    expect(eu.lossRanking!.map((r) => [r.node, r.outputMonthsLost])).toEqual(expected.map((r) => [r.node, r.outputMonthsLost]));
    expect(eu.lossRankingBuilt()).toBe(true);
    expect(eu.lossRisk!.get(expected[0]!.node)!.explanation).toBe(expected[0]!.explanation);
    // World and EU orders differ (EU sourcing of silicon metal, for one), so this is not the world's.
    expect(eu.lossRanking!.slice(0, 10).map((r) => r.node)).not.toEqual(world.lossRanking!.slice(0, 10).map((r) => r.node));
    // The bundled data is far inside the budget (ranked nodes x nodes under a tenth of it).
    expect(world.analysis.ranking.length * world.graph.order).toBeLessThan(LOSS_RANKING_BUDGET / 10);
  });

  it("keeps the session for the same perspective and falls back to the world for an importer without sourcing", () => {
    const eu = sessionInPerspective(world, "EU");
    expect(sessionInPerspective(eu, "EU")).toBe(eu);
    // JP imports nothing in the data (KR, EU and NL have sourcing files).
    const jp = sessionInPerspective(eu, "JP");
    expect(jp.perspective).toBe("world");
    expect(jp.graph).toBe(world.base);
    expect(sessionInPerspective(world, "JP")).toBe(world);
  });
});
