// The SR, N-1 and scenario kernels against the generic Monte Carlo (a drawn copy of the graph per
// draw, the metric run on it): the same draws must give the same numbers, draw by draw, on the
// issue-14 fixture (every perspective) and on the bundled data; and the tornado's bars likewise.
import { describe, expect, it } from "vitest";
import { loadData } from "../../../src/node/load-data.ts";
import { sampleSpec } from "../../../src/engine/uncertainty/intervals.ts";
import { buildMetric, type MetricSpec } from "../../../src/engine/uncertainty/metrics.ts";
import { sampleDraws } from "../../../src/engine/uncertainty/monte-carlo.ts";
import { uncertainInputs } from "../../../src/engine/uncertainty/ranges.ts";
import { tornado, tornadoSpec } from "../../../src/engine/uncertainty/tornado.ts";
import { perspectiveGraph } from "../../../src/engine/perspective/perspective-graph.ts";
import type { ChokepointGraph } from "../../../src/model/graph.ts";
import { riskGraph } from "../perspective/_fixture.ts";

const DRAWS = 12;

function expectSameSamples(graph: ChokepointGraph, spec: MetricSpec) {
  const viaKernel = sampleSpec(graph, spec, { draws: DRAWS, seed: 11 });
  const viaGraphs = sampleDraws(graph, buildMetric(spec), 0, DRAWS, { seed: 11 });
  expect(Object.keys(viaKernel).sort()).toEqual(Object.keys(viaGraphs).sort());
  for (const [key, values] of Object.entries(viaGraphs)) {
    expect(viaKernel[key]!.length, key).toBe(DRAWS);
    values.forEach((v, d) => expect(viaKernel[key]![d], `${key} draw ${d}`).toBeCloseTo(v, 10));
  }
  // The draws vary, so equal samples are not two constant columns.
  return Object.values(viaGraphs).some((values) => new Set(values).size > 1);
}

describe("kernels give the drawn-graph numbers", () => {
  const fixture = riskGraph();

  it("SR and N-1 on the fixture, from the world, the EU and Korea", () => {
    let varied = false;
    for (const perspective of ["world", "EU", "KR"]) {
      varied = expectSameSamples(fixture, { name: "sr", perspective }) || varied;
      varied = expectSameSamples(fixture, { name: "n1", perspective }) || varied;
    }
    expect(varied).toBe(true);
  });

  it("a scenario on the fixture (cut JP, cut CN at 60%)", () => {
    expect(expectSameSamples(fixture, { name: "scenario", cuts: [{ node: "JP", severity: 1 }] })).toBe(true);
    expect(expectSameSamples(fixture, { name: "scenario", cuts: [{ node: "CN", severity: 0.6 }] })).toBe(true);
  });

  it("a 6-month timeline on the fixture, and one with a drawn stock", () => {
    const cuts = [{ node: "JP", severity: 1, duration: 3, recoveryMonths: 1 }];
    expect(expectSameSamples(fixture, { name: "timeline", cuts, months: 6 })).toBe(true);
    // Two months of hydrogen fluoride in stock, grade B: drawn in 2 x (1 -/+ 0.25) = 1.5..2.5 months.
    const stocked = fixture.copy() as ChokepointGraph;
    stocked.mergeNodeAttributes("hf", { stock: { months: 2, grade: "B" } } as never);
    expect(uncertainInputs(stocked).find((x) => x.kind === "stock")).toMatchObject({ ref: "hf", point: 2, low: 1.5, high: 2.5, explicit: false });
    expect(expectSameSamples(stocked, { name: "timeline", cuts, months: 6 })).toBe(true);
    // (Under a perspective the kernel draws the perspective graph's inputs, the generic path the base
    // graph's: the same ranges in another order, so the streams differ and a draw-by-draw match cannot hold.)
  });

  it("SR, N-1 and China stops exporting on the bundled data", async () => {
    const data = await loadData();
    if (!data.ok) throw new Error("bundled data does not load");
    expect(expectSameSamples(data.graph, { name: "sr" })).toBe(true);
    expect(expectSameSamples(data.graph, { name: "n1", perspective: "EU" })).toBe(true);
    expect(expectSameSamples(data.graph, { name: "scenario", cuts: [{ node: "CN", severity: 1 }] })).toBe(true);
    expect(expectSameSamples(data.graph, { name: "timeline", cuts: [{ node: "CN", severity: 1, duration: 6, recoveryMonths: 3 }], months: 12 })).toBe(true);
  });
});

describe("the tornado on kernels", () => {
  it("gives the bars of the tornado on drawn graphs (scenario from KR, SR from the EU, a timeline)", () => {
    const fixture = riskGraph();
    const cuts = [{ node: "JP", severity: 1, duration: 3 }];
    const cases: [MetricSpec, string, ChokepointGraph][] = [
      [{ name: "scenario", perspective: "KR", cuts }, "electronics", perspectiveGraph(fixture, "KR")],
      [{ name: "timeline", cuts, months: 6 }, "electronics", fixture],
      [{ name: "sr", perspective: "EU" }, "cobalt-refined", fixture],
    ];
    for (const [spec, key, graph] of cases) {
      // tornado() reads the graph the metric reads, so a view-based metric runs at "world" on the perspective graph.
      const onView = spec.name === "scenario" || spec.name === "timeline";
      const expected = tornado(graph, buildMetric(onView ? { ...spec, perspective: "world" } : spec), key);
      const got = tornadoSpec(fixture, spec, key);
      expect(got.point).toBeCloseTo(expected.point, 12);
      expect(got.bars.length).toBeGreaterThan(0);
      expect(got.bars.map((b) => `${b.input.kind} ${b.input.ref}`)).toEqual(expected.bars.map((b) => `${b.input.kind} ${b.input.ref}`));
      got.bars.forEach((b, i) => {
        expect(b.atLow).toBeCloseTo(expected.bars[i]!.atLow, 12);
        expect(b.atHigh).toBeCloseTo(expected.bars[i]!.atHigh, 12);
      });
    }
  });
});
