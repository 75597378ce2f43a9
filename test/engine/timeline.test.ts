// Scenarios over time (issue 13): a month-by-month case worked by hand (a stock running out, a
// substitution ramp, a recovery ramp), the steady state kept to the bit where the new fields are
// absent, and an independent month-by-month reference (reference/timeline.ts) on random graphs.
import { describe, expect, it } from "vitest";
import { propagationModelOf, runKnockoutsOverTime, runScenario, runTimeline, severityAt, type TimedCut } from "../../src/engine/index.ts";
import type { ChokepointGraph } from "../../src/model/graph.ts";
import { loadDataset } from "../../src/load/index.ts";
import { buildGraph } from "../../src/model/graph.ts";
import { readDataFiles } from "../../src/node/read-data.ts";
import { generatedGraph } from "./_generated.ts";
import { country, graphOf, input, material, randomGraph, rng, sector, supplies, component } from "./_graphs.ts";
import { timelineReference } from "./reference/timeline.ts";

/** CN 80% and AU 20% of ore (2 months in stock); a part needs ore for 60% of its output, half of which alternatives replace after 2 months. */
function handGraph(): ChokepointGraph {
  return graphOf(
    [country("CN"), country("AU"), material("ore", { stock: { months: 2 } }), component("part"), sector("industry")],
    [
      supplies("CN", "ore", 0.8),
      supplies("AU", "ore", 0.2),
      { kind: "input", from: "ore", to: "part", substitutability: 0.5, dependence: 0.6, substitutionMonths: 2 },
      input("part", "industry"),
    ],
  );
}

describe("runTimeline, by hand", () => {
  // CN cut fully in months 0-3, half in month 4 (a 1-month recovery ramp), back from month 5.
  // ore produced: 0.2 0.2 0.2 0.2 0.6 1 1. Stock 2: covers 0.8, 0.8, then the last 0.4: ore = 1 1 0.6 0.2 0.6 1 1.
  // ore first short in month 2; substitution reached: 0 (month 2), 1/2 (month 3), full (month 4).
  // part = 1 - 0.6 x (1 - 0.5 x reached) x (1 - ore): month 2: 1 - 0.6 x 0.4 = 0.76;
  // month 3: 1 - 0.45 x 0.8 = 0.64; month 4: 1 - 0.3 x 0.4 = 0.88.
  const cut: TimedCut = { node: "CN", severity: 1, start: 0, duration: 4, recoveryMonths: 1 };
  const result = runTimeline(handGraph(), [cut], { months: 7 });

  it("draws the stock, ramps the substitution and recovers", () => {
    const ore = result.availability.get("ore")!;
    [1, 1, 0.6, 0.2, 0.6, 1, 1].forEach((x, t) => expect(ore[t]).toBeCloseTo(x, 12));
    const industry = result.sectors[0]!;
    [1, 1, 0.76, 0.64, 0.88, 1, 1].forEach((x, t) => expect(industry.availability[t]).toBeCloseTo(x, 12));
    expect(industry.outputMonthsLost).toBeCloseTo(0.24 + 0.36 + 0.12, 12);
    expect(industry.worstLoss).toBeCloseTo(0.36, 12);
    expect(industry.worstMonths).toEqual([3]);
    expect(industry.timeToSurvive).toBe(2);
    expect(result.cutsEnd).toBe(4);
    expect(industry.timeToRecover).toBe(1);
    expect(industry.path).toEqual(["CN", "ore", "part", "industry"]);
    expect(result.converged).toBe(true);
  });

  it("ramps a cut's severity back linearly over its recovery months", () => {
    const c: TimedCut = { node: "CN", severity: 0.9, start: 2, duration: 3, recoveryMonths: 2 };
    const expected = [0, 0, 0.9, 0.9, 0.9, 0.6, 0.3, 0];
    expected.forEach((x, t) => expect(severityAt(c, t)).toBeCloseTo(x, 12));
  });

  it("reports ties for the worst month instead of picking one", () => {
    // No stock, no ramp: industry = 1 - 0.8 in each of the 3 cut months, then back to normal.
    const g = graphOf([country("CN"), material("ore"), sector("industry")], [supplies("CN", "ore", 0.8), input("ore", "industry")]);
    const r = runTimeline(g, [{ node: "CN", severity: 1, duration: 3 }], { months: 5 });
    expect(r.sectors[0]!.worstMonths).toEqual([0, 1, 2]);
    expect(r.sectors[0]!.timeToSurvive).toBe(0);
    expect(r.sectors[0]!.timeToRecover).toBe(0);
    expect(runTimeline(g, [{ node: "CN", severity: 1 }], { months: 5 }).sectors[0]!.timeToRecover).toBeNull();
  });

  it("rejects a duration that is not a whole number of months", () => {
    expect(() => runTimeline(handGraph(), [{ node: "CN", severity: 1, duration: 1.5 }])).toThrow(/duration must be a whole number/);
  });
});

function expectSteadyEveryMonth(graph: ChokepointGraph, cuts: TimedCut[]) {
  const steady = runScenario(graph, cuts);
  const timeline = runTimeline(graph, cuts, { months: 3 });
  for (const [id, a] of steady.availability) expect(timeline.availability.get(id)).toEqual([a, a, a]);
}

describe("runTimeline without the new fields is today's steady state, to the bit", () => {
  it("on random graphs, every node every month", () => {
    for (let seed = 1; seed <= 40; seed++) {
      const g = randomGraph(seed);
      const countries = g.filterNodes((_n, a) => a.kind === "country");
      expectSteadyEveryMonth(g, [{ node: countries[seed % countries.length]!, severity: 0.3 + 0.7 * rng(seed)() }]);
    }
  });

  it("on the mini and rich fixtures and the bundled data, every country cut", async () => {
    for (const extra of [["test/fixtures/mini"], ["test/fixtures/rich"], []]) {
      const read = await readDataFiles({ bundled: extra.length === 0, extra });
      const loaded = loadDataset(read.files);
      if (!loaded.ok) throw new Error(`fixture ${extra.join()} did not load`);
      const g = buildGraph(loaded.dataset);
      // The bundled data is calibrated (stocks, substitution months): take the time fields off, keep
      // dependence (the steady state applies it too), so the comparison is still "without the new fields".
      g.forEachNode((id, a) => {
        if ("stock" in a) g.removeNodeAttribute(id, "stock" as never);
      });
      g.forEachEdge((key, a) => {
        if (a.kind === "input" && a.substitutionMonths !== undefined) g.removeEdgeAttribute(key, "substitutionMonths" as never);
      });
      for (const c of g.filterNodes((_n, a) => a.kind === "country")) expectSteadyEveryMonth(g, [{ node: c, severity: 1 }]);
    }
  });

  it("on generated networks, with dependence 1 written out on every input", () => {
    for (const seed of [1, 2]) {
      const g = generatedGraph(600, seed);
      const countries = g.filterNodes((_n, a) => a.kind === "country");
      expectSteadyEveryMonth(g, [{ node: countries[0]!, severity: 1 }]);
      const before = runScenario(g, [{ node: countries[1]!, severity: 1 }]).availability;
      const explicit = generatedGraph(600, seed);
      explicit.forEachEdge((key, attrs) => {
        if (attrs.kind === "input") explicit.setEdgeAttribute(key, "dependence" as never, 1 as never);
      });
      expect(runScenario(explicit, [{ node: countries[1]!, severity: 1 }]).availability).toEqual(before);
    }
  });
});

/** A random graph with random dependence, substitution months and stocks added. */
function timedRandomGraph(seed: number): ChokepointGraph {
  const g = randomGraph(seed);
  const r = rng(seed * 7919);
  g.forEachEdge((key, attrs) => {
    if (attrs.kind !== "input") return;
    if (r() < 0.6) g.setEdgeAttribute(key, "dependence" as never, (Math.round(r() * 100) / 100) as never);
    if (r() < 0.6) g.setEdgeAttribute(key, "substitutionMonths" as never, Math.floor(r() * 5) as never);
  });
  g.forEachNode((id, attrs) => {
    if (attrs.kind === "material" && r() < 0.4) g.setNodeAttribute(id, "stock" as never, { months: Math.round(r() * 30) / 10 } as never);
  });
  return g;
}

describe("runTimeline against the independent reference", () => {
  it("agrees on 60 random graphs with stocks, dependence, ramps and timed cuts", () => {
    for (let seed = 1; seed <= 60; seed++) {
      const g = timedRandomGraph(seed);
      const r = rng(seed * 31);
      const countries = g.filterNodes((_n, a) => a.kind === "country");
      const supplied = g.filterNodes((n) => g.someInEdge(n, (_k, e) => e.kind === "supplies"));
      const cuts: TimedCut[] = [
        { node: countries[Math.floor(r() * countries.length)]!, severity: Math.round(r() * 100) / 100, start: Math.floor(r() * 3), duration: 1 + Math.floor(r() * 5), recoveryMonths: Math.floor(r() * 3) },
      ];
      const to = supplied[Math.floor(r() * supplied.length)];
      if (to) {
        const from = g.inNeighbors(to)[0]!;
        cuts.push({ edge: { from, to }, severity: 1, start: 1, duration: 3 });
      }
      const ours = runTimeline(g, cuts, { months: 9, tolerance: 1e-12 }, propagationModelOf(g));
      const theirs = timelineReference(g, cuts, 9, 1e-12);
      for (const [id, series] of theirs) {
        const mine = ours.availability.get(id)!;
        series.forEach((x, t) => expect(Math.abs(mine[t]! - x), `${id} month ${t} seed ${seed}`).toBeLessThan(1e-9));
      }
    }
  });
});

describe("runKnockoutsOverTime", () => {
  it("ranks by output-months lost and flags sectors that cannot survive the disruption", () => {
    const ranking = runKnockoutsOverTime(handGraph(), { months: 6 });
    // CN for 6 months: industry 1 1 0.76 0.64 0.76 0.76 -> 1.08 output-months; AU: ore 0.8 is covered by the stock for 2.5 months,
    // then 1 - 0.6 x 0.2 = 0.88 (month 2, half covered: ore 0.9 -> 0.94), ...
    expect(ranking[0]!.node).toBe("CN");
    expect(ranking[0]!.outputMonthsLost).toBeCloseTo(0.24 + 0.36 + 0.24 + 0.24, 12);
    expect(ranking[0]!.worstSectors).toEqual(["industry"]);
    expect(ranking[0]!.cannotSurvive).toEqual([{ sector: "industry", timeToSurvive: 2 }]);
    expect(ranking.map((e) => e.node)).toEqual(["CN", "AU"]);
  });
});
