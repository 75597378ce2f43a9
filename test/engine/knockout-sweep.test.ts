// The sparse knock-out sweep (knockout-sweep.ts) against the worklist it replaces for single cuts:
// the same availabilities to the bit, the same sweep counts; and no sparse sweep when a share or a
// keep is not a finite number (an unmoved entry would then not add exactly 0).
import { describe, expect, it } from "vitest";
import { createKnockoutSweep } from "../../src/engine/propagation/knockout-sweep.ts";
import { buildPropagationModel, propagate } from "../../src/engine/propagation/propagation.ts";
import { generatedGraph } from "./_generated.ts";
import { graphOf, input, material, randomGraph, rng, sector } from "./_graphs.ts";

describe("sparse knock-out sweep", () => {
  it("equals propagate() for every single cut, on the 1k graph and random graphs", () => {
    for (const graph of [generatedGraph(1000, 6), ...Array.from({ length: 15 }, (_, i) => randomGraph(i + 1))]) {
      const m = buildPropagationModel(graph);
      const n = m.ids.length;
      const sweep = createKnockoutSweep(m)!;
      const a = new Float64Array(n).fill(1);
      const own = new Float64Array(n).fill(1);
      const expected = new Float64Array(n);
      for (let v = 0; v < n; v++) {
        own[v] = 0;
        const dense = propagate(m, own, undefined, expected, 1e-9, 1000);
        const run = sweep.run([v], own, a, 1e-9, 1000);
        own[v] = 1;
        expect(run).toEqual(dense);
        expect(a).toEqual(expected);
        const moved = [...sweep.moved()].sort((x, y) => x - y);
        expect(moved).toEqual([...expected.keys()].filter((u) => expected[u] !== 1));
        sweep.reset(a);
        expect(a.every((x) => x === 1)).toBe(true);
      }
    }
  });

  it("equals propagate() for several node cuts of any severity", () => {
    const graph = generatedGraph(1000, 6);
    const m = buildPropagationModel(graph);
    const n = m.ids.length;
    const sweep = createKnockoutSweep(m)!;
    const r = rng(7);
    const a = new Float64Array(n).fill(1);
    const expected = new Float64Array(n);
    for (let trial = 0; trial < 40; trial++) {
      const own = new Float64Array(n).fill(1);
      const cuts = Array.from({ length: 1 + Math.floor(r() * 4) }, () => Math.floor(r() * n));
      for (const c of cuts) own[c] = r() < 0.5 ? 0 : Math.round(r() * 100) / 100;
      const dense = propagate(m, own, undefined, expected, 1e-9, 1000);
      expect(sweep.run(cuts, own, a, 1e-9, 1000)).toEqual(dense);
      expect(a).toEqual(expected);
      sweep.reset(a);
    }
  });

  it("is not built when a keep is not finite", () => {
    const broken = { ...input("m", "s"), substitutability: undefined } as unknown as ReturnType<typeof input>;
    const g = graphOf([material("m"), sector("s")], [broken]);
    expect(createKnockoutSweep(buildPropagationModel(g))).toBeUndefined();
  });
});
