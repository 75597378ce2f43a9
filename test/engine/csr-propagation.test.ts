// The worklist propagation and the buffer-reusing knock-outs against the full-sweep originals:
// identical availabilities, sweep counts and last changes, bit for bit, on the generated 1k graph
// (which has cycles) and on random graphs.
import { describe, expect, it } from "vitest";
import { compareIds } from "../../src/engine/metrics/concentration.ts";
import { runKnockouts, type KnockoutEntry } from "../../src/engine/propagation/knockouts.ts";
import { buildPropagationModel, propagate, propagationModelOf, type PropagationModel } from "../../src/engine/propagation/propagation.ts";
import { propagateReference } from "./reference/propagation.ts";
import { compileCuts, runScenario, type ScenarioCut } from "../../src/engine/propagation/scenario.ts";
import type { ChokepointGraph } from "../../src/model/graph.ts";
import { generatedGraph } from "./_generated.ts";
import { randomGraph, rng } from "./_graphs.ts";

/** runKnockouts as first written: a fresh full propagation per cut. */
function knockoutsReference(graph: ChokepointGraph, tolerance = 1e-9, maxIterations = 1000): KnockoutEntry[] {
  const model = buildPropagationModel(graph);
  const n = model.ids.length;
  const own = new Float64Array(n).fill(1);
  const a = new Float64Array(n);
  const entries: KnockoutEntry[] = [];
  model.ids.forEach((node, v) => {
    if (model.kinds[v] !== "country" && model.kinds[v] !== "company") return;
    own[v] = 0;
    const run = propagateReference(model, own, undefined, a, tolerance, maxIterations);
    own[v] = 1;
    let total = 0;
    let worstLoss = 0;
    let worstSector: string | undefined;
    let sectorsAffected = 0;
    const spof: string[] = [];
    for (const s of model.sectors) {
      const loss = 1 - a[s]!;
      total += loss;
      if (loss > tolerance) sectorsAffected++;
      if (loss > worstLoss + 1e-12) (worstLoss = loss), (worstSector = model.ids[s]!);
      if (a[s]! <= tolerance) spof.push(model.ids[s]!);
    }
    // Ties, in a second pass: every sector within 1e-12 of the largest loss.
    const worstSectors = worstLoss > tolerance ? [...model.sectors].filter((s) => 1 - a[s]! >= worstLoss - 1e-12).map((s) => model.ids[s]!) : [];
    entries.push({
      rank: 0, node, label: graph.getNodeAttribute(node, "label"), kind: model.kinds[v]!,
      meanLoss: model.sectors.length > 0 ? total / model.sectors.length : 0,
      worstLoss, worstSector: worstLoss > tolerance ? worstSector : undefined, worstSectors,
      singlePointOfFailureFor: spof, sectorsAffected, converged: run.converged,
    });
  });
  entries.sort((x, y) => y.meanLoss - x.meanLoss || y.worstLoss - x.worstLoss || compareIds(x.node, y.node));
  entries.forEach((e, i) => (e.rank = i + 1));
  return entries;
}

/** Random node and edge cuts of a graph. */
function randomCuts(graph: ChokepointGraph, model: PropagationModel, seed: number): ScenarioCut[] {
  const r = rng(seed);
  const cuts: ScenarioCut[] = [];
  const count = 1 + Math.floor(r() * 4);
  for (let i = 0; i < count; i++) {
    const severity = r() < 0.5 ? 1 : Math.round(r() * 100) / 100;
    const k = Math.floor(r() * model.supFrom.length);
    if (r() < 0.3 && model.supFrom.length > 0) {
      const to = model.ids[model.supStart.findIndex((start, v) => start <= k && k < model.supStart[v + 1]!)]!;
      cuts.push({ edge: { from: model.ids[model.supFrom[k]!]!, to }, severity });
    } else cuts.push({ node: model.ids[Math.floor(r() * model.ids.length)]!, severity });
  }
  return graph.order > 0 ? cuts : [];
}

function expectSamePropagation(graph: ChokepointGraph, seed: number, tolerance = 1e-9, maxIterations = 1000): number {
  const model = propagationModelOf(graph);
  const { own, supKeep } = compileCuts(graph, model, randomCuts(graph, model, seed));
  const a = new Float64Array(model.ids.length);
  const b = new Float64Array(model.ids.length);
  const fast = propagate(model, own, supKeep, a, tolerance, maxIterations);
  const slow = propagateReference(model, own, supKeep, b, tolerance, maxIterations);
  expect(fast).toEqual(slow);
  expect([...a]).toEqual([...b]);
  return fast.iterations;
}

describe("worklist propagation = full sweeps", () => {
  const big = generatedGraph(1000, 8);

  it("on the generated 1k graph, for random node and edge cuts", () => {
    let most = 0;
    for (let seed = 1; seed <= 25; seed++) most = Math.max(most, expectSamePropagation(big, seed));
    expect(most).toBeGreaterThan(2); // some cut reaches a cycle
  });

  it("with a sweep limit that stops it early, and a coarse tolerance", () => {
    for (let seed = 1; seed <= 10; seed++) {
      expectSamePropagation(big, seed, 1e-9, 2);
      expectSamePropagation(big, seed, 1e-3, 1000);
    }
  });

  it("on random graphs", () => {
    for (let seed = 1; seed <= 60; seed++) expectSamePropagation(randomGraph(seed), seed);
  });

  it("runScenario reuses one cached model per graph", () => {
    const cut: ScenarioCut[] = [{ node: big.filterNodes((_n, x) => x.kind === "country")[0]!, severity: 1 }];
    const first = runScenario(big, cut);
    expect(propagationModelOf(big)).toBe(propagationModelOf(big));
    expect(runScenario(big, cut, {}, buildPropagationModel(big))).toEqual(first);
  });
});

describe("knock-outs = a fresh propagation per cut", () => {
  it("on the generated 1k graph", () => {
    const graph = generatedGraph(1000, 8);
    expect(runKnockouts(graph)).toEqual(knockoutsReference(graph));
  });

  it("on random graphs", () => {
    for (let seed = 1; seed <= 40; seed++) {
      const graph = randomGraph(seed);
      expect(runKnockouts(graph)).toEqual(knockoutsReference(graph));
    }
  });
});
