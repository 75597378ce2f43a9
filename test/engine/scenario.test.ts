// Disruption propagation: DOMAIN.md's worked example, cycles, hosts, substitutability, edge cuts,
// presets, explaining paths and validation, by hand; then properties with fast-check.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { presetCuts, SCENARIO_PRESETS } from "../../src/engine/propagation/presets.ts";
import { runScenario } from "../../src/engine/propagation/scenario.ts";
import {
  company,
  component,
  constellation,
  country,
  graphOf,
  input,
  locatedIn,
  material,
  operates,
  randomGraph,
  rng,
  sector,
  service,
  supplies,
  workedExample,
} from "./_graphs.ts";

describe("runScenario, by hand", () => {
  it("reproduces DOMAIN.md's worked example: li-ion-cell = 0.25 after cutting CN", () => {
    const r = runScenario(workedExample(), [{ node: "CN", severity: 1 }]);
    expect(r.availability.get("cobalt-refined")).toBeCloseTo(0.26, 15);
    expect(r.availability.get("li-ion-cell")).toBe(0.25);
    expect(r.converged).toBe(true);
    expect(r.iterations).toBe(2);
    expect(r.sectors).toEqual([
      {
        sector: "electric-vehicles",
        label: "electric-vehicles",
        availability: 0.25,
        loss: 0.75,
        path: ["CN", "li-ion-cell", "electric-vehicles"],
        cause: "CN",
      },
    ]);
  });

  it("explains through the input when the input is the scarcer one", () => {
    const r = runScenario(workedExample(), [{ node: "FI", severity: 1 }, { node: "KR", severity: 0.1 }]);
    // cell supply = 1 - 0.15 x 0.1 = 0.985; cobalt = 0.9
    expect(r.availability.get("li-ion-cell")).toBeCloseTo(0.9, 12);
    expect(r.sectors[0]!.path).toEqual(["FI", "cobalt-refined", "li-ion-cell", "electric-vehicles"]);
  });

  it("converges on a cycle to the fixed point computed by hand", () => {
    // gps needs timing (substitutability 0.5); timing comes from gps (0.5) and CN (0.5).
    // Cut CN: t = 0.5 g, g = 0.5 + 0.5 t  =>  t = 1/3, g = 2/3.
    const g = graphOf(
      [country("US"), country("CN"), constellation("gps"), service("timing"), sector("telecom")],
      [operates("US", "gps"), input("timing", "gps", 0.5), supplies("gps", "timing", 0.5), supplies("CN", "timing", 0.5), input("timing", "telecom")],
    );
    const r = runScenario(g, [{ node: "CN", severity: 1 }]);
    expect(r.converged).toBe(true);
    expect(r.iterations).toBeGreaterThan(2);
    expect(r.maxDelta).toBeLessThan(1e-9);
    expect(r.availability.get("timing")).toBeCloseTo(1 / 3, 8);
    expect(r.availability.get("gps")).toBeCloseTo(2 / 3, 8);
    expect(r.sectors[0]!.cause).toBe("CN");
    const short = runScenario(g, [{ node: "CN", severity: 1 }], { maxIterations: 3 });
    expect(short.converged).toBe(false);
    expect(short.maxDelta).toBeGreaterThan(1e-9);
  });

  it("lets a company fall with its host, and a constellation with its operator", () => {
    const g = graphOf(
      [country("TW"), country("KR"), country("US"), company("tsmc"), component("chip"), constellation("gps"), service("pnt"), sector("phones")],
      [
        locatedIn("tsmc", "TW"),
        supplies("tsmc", "chip", 0.6),
        supplies("KR", "chip", 0.4),
        operates("US", "gps"),
        supplies("gps", "pnt"),
        input("chip", "phones"),
        input("pnt", "phones"),
      ],
    );
    const tw = runScenario(g, [{ node: "TW", severity: 1 }]);
    expect(tw.availability.get("tsmc")).toBe(0);
    expect(tw.availability.get("chip")).toBeCloseTo(0.4, 12);
    expect(tw.sectors[0]!.path).toEqual(["TW", "tsmc", "chip", "phones"]);
    const us = runScenario(g, [{ node: "US", severity: 0.5 }]);
    expect(us.availability.get("gps")).toBe(0.5);
    expect(us.availability.get("pnt")).toBe(0.5);
    expect(us.sectors[0]!.path).toEqual(["US", "gps", "pnt", "phones"]);
  });

  it("halves a loss through an input of substitutability 0.5", () => {
    const build = (s: number) =>
      graphOf([country("CN"), country("AU"), material("m"), sector("s")], [supplies("CN", "m", 0.6), supplies("AU", "m", 0.4), input("m", "s", s)]);
    const hard = runScenario(build(0), [{ node: "CN", severity: 1 }]).sectors[0]!;
    const soft = runScenario(build(0.5), [{ node: "CN", severity: 1 }]).sectors[0]!;
    expect(hard.loss).toBeCloseTo(0.6, 12);
    expect(soft.loss).toBeCloseTo(0.3, 12);
  });

  it("splits the remainder between unlisted suppliers (GNSS as alternatives)", () => {
    const g = graphOf(
      ["gps", "galileo", "beidou", "glonass"].map(constellation).concat([service("gnss-timing"), sector("finance")]),
      [...["gps", "galileo", "beidou", "glonass"].map((c) => supplies(c, "gnss-timing")), input("gnss-timing", "finance")],
    );
    const r = runScenario(g, presetCuts(g, "gps-outage"));
    expect(r.availability.get("gnss-timing")).toBeCloseTo(0.75, 12);
  });

  it("cuts one supplier's supply of one node, through its firms, and leaves it available elsewhere", () => {
    const g = graphOf(
      [country("JP"), country("US"), company("jsr"), material("photoresist"), material("fluorinated-polyimide"), material("hydrogen-fluoride"), material("steel"), sector("chips"), sector("cars")],
      [
        locatedIn("jsr", "JP"),
        supplies("jsr", "photoresist", 0.9),
        supplies("JP", "fluorinated-polyimide", 0.9),
        supplies("JP", "hydrogen-fluoride", 0.7),
        supplies("US", "hydrogen-fluoride", 0.3),
        supplies("JP", "steel", 0.5),
        input("photoresist", "chips"),
        input("fluorinated-polyimide", "chips"),
        input("hydrogen-fluoride", "chips"),
        input("steel", "cars"),
      ],
    );
    const r = runScenario(g, presetCuts(g, "japan-2019-korea"));
    expect(r.availability.get("JP")).toBe(1);
    expect(r.availability.get("jsr")).toBe(1);
    expect(r.availability.get("steel")).toBe(1);
    expect(r.availability.get("hydrogen-fluoride")).toBeCloseTo(0.3, 12);
    expect(r.availability.get("chips")).toBeCloseTo(0.1, 12);
    expect(r.sectors[0]!.cause).toBe("JP");
    expect(r.sectors[0]!.path[0]).toBe("JP");
    expect(r.sectors.find((s) => s.sector === "cars")).toMatchObject({ loss: 0, path: [], cause: "" });
  });

  it("rejects bad cuts with an error that says what to write instead", () => {
    const g = workedExample();
    expect(() => runScenario(g, [{ node: "cn", severity: 1 }])).toThrow(/^chokepoint scenario: no node "cn".*did you mean "CN"/);
    expect(() => runScenario(g, [{ node: "CN", severity: 50 }])).toThrow(/^chokepoint scenario: severity of CN .*0\.5 for half/);
    expect(() => runScenario(g, [{ node: "CN", severity: Number.NaN }])).toThrow(/^chokepoint scenario:/);
    expect(() => runScenario(g, [{ edge: { from: "FI", to: "li-ion-cell" }, severity: 1 }])).toThrow(
      /^chokepoint scenario: FI does not supply li-ion-cell.*cut the node instead/,
    );
  });

  it("gives a clear error for a preset whose nodes are not in the graph, or an unknown preset", () => {
    expect(() => presetCuts(workedExample(), "taiwan-blockade")).toThrow(/^chokepoint scenario: preset "taiwan-blockade" needs "TW"/);
    expect(() => presetCuts(workedExample(), "mars")).toThrow(/^chokepoint scenario: no preset "mars"; use one of china-stops-exporting/);
    expect(Object.keys(SCENARIO_PRESETS).sort()).toEqual(["china-stops-exporting", "gps-outage", "japan-2019-korea", "taiwan-blockade"]);
    for (const [id, p] of Object.entries(SCENARIO_PRESETS)) expect(p.id).toBe(id);
  });
});

// Random cuts on a random graph: a node subset with severities, as index/severity pairs.
const scenarioArb = fc.record({
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  cuts: fc.array(fc.record({ pick: fc.nat(1000), severity: fc.double({ min: 0, max: 1, noNaN: true }) }), { maxLength: 4 }),
});

function cutsFor(graph: ReturnType<typeof randomGraph>, cuts: { pick: number; severity: number }[]) {
  const nodes = graph.nodes().sort();
  return cuts.map((c) => ({ node: nodes[c.pick % nodes.length]!, severity: c.severity }));
}

describe("runScenario, properties", () => {
  it("keeps every availability in 0..1", () => {
    fc.assert(
      fc.property(scenarioArb, ({ seed, cuts }) => {
        const g = randomGraph(seed);
        for (const a of runScenario(g, cutsFor(g, cuts)).availability.values()) {
          expect(a).toBeGreaterThanOrEqual(0);
          expect(a).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("never raises an availability when more is cut", () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer(), ({ seed, cuts }, extraSeed) => {
        const g = randomGraph(seed);
        const base = cutsFor(g, cuts);
        const r = rng(extraSeed);
        // More: every cut at least as severe, plus one more node.
        const more = base.map((c) => ({ node: c.node, severity: c.severity + (1 - c.severity) * r() }));
        more.push(...cutsFor(g, [{ pick: Math.floor(r() * 1000), severity: r() }]));
        const a = runScenario(g, base).availability;
        const b = runScenario(g, more).availability;
        for (const [id, value] of b) expect(value).toBeLessThanOrEqual(a.get(id)! + 1e-7);
      }),
      { numRuns: 200 },
    );
  });

  it("hurts no more by withholding one supply than by cutting the supplier", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.nat(1000), fc.double({ min: 0, max: 1, noNaN: true }), (seed, pick, severity) => {
        const g = randomGraph(seed);
        const edges = g.filterEdges((_k, attrs) => attrs.kind === "supplies");
        if (edges.length === 0) return;
        const edge = edges[pick % edges.length]!;
        const from = g.source(edge);
        const withheld = runScenario(g, [{ edge: { from, to: g.target(edge) }, severity }]).availability;
        const cut = runScenario(g, [{ node: from, severity }]).availability;
        for (const [id, value] of cut) expect(value).toBeLessThanOrEqual(withheld.get(id)! + 1e-7);
      }),
      { numRuns: 200 },
    );
  });

  it("changes nothing at severity 0", () => {
    fc.assert(
      fc.property(scenarioArb, ({ seed, cuts }) => {
        const g = randomGraph(seed);
        const r = runScenario(g, cutsFor(g, cuts).map((c) => ({ ...c, severity: 0 })));
        for (const a of r.availability.values()) expect(a).toBe(1);
        expect(r.sectors.every((s) => s.loss === 0 && s.path.length === 0)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
