// The 32-sources-per-search kernel (betweenness-batch.ts) against the brute-force count
// (_brute.ts) and against the one-source kernel (brandesSums): partial last batches, deep graphs
// whose records outgrow the first buffers, folding (reduced target weights) and source weights.
import { describe, expect, it } from "vitest";
import { type BatchScratch, batchOrder, batchSums } from "../../src/engine/structure/betweenness-batch.ts";
import { BATCH_MAX_NODES, betweennessPlan, betweennessScores, brandesSums } from "../../src/engine/structure/betweenness.ts";
import { exactRun, foldSingleOut } from "../../src/engine/structure/betweenness-reduce.ts";
import { compactFromArcs } from "../../src/engine/structure/compact-arcs.ts";
import { tallestFirst } from "../../src/engine/structure/condensation.ts";
import type { CompactGraph } from "../../src/engine/structure/compact.ts";
import { seededRandom } from "../../src/engine/structure/seeded-random.ts";
import { FAMILIES, generateFamily } from "../../src/gen/families.ts";
import { bruteDependencies, maxRel } from "./_brute.ts";

const fromArcs = (n: number, arcs: [number, number][]) =>
  compactFromArcs(n, Int32Array.from(arcs.map((a) => a[0])), Int32Array.from(arcs.map((a) => a[1])));

/** Unnormalised sums of batchSums over every source with an arc out, in batchOrder's order. */
function batched(view: CompactGraph, weights?: Float64Array): Float64Array {
  const { sources } = betweennessPlan(view);
  const ordered = batchOrder(view.upStart, view.downStart, view.downTo, sources);
  const sums = new Float64Array(view.order);
  batchSums(view.upStart, view.upTo, ordered, 0, 1, sums, weights);
  return sums;
}

/** A random digraph in which a `single` share of the nodes have one arc out (foldSingleOut's case). */
function manySingles(n: number, seed: number, single: number): CompactGraph {
  const random = seededRandom(seed);
  const arcs: [number, number][] = [];
  for (let v = 0; v < n; v++) {
    const targets = new Set<number>();
    const k = random() < single ? 1 : 3;
    while (targets.size < k) {
      const w = Math.floor(random() * n);
      if (w !== v) targets.add(w);
    }
    for (const w of targets) arcs.push([v, w]);
  }
  return fromArcs(n, arcs);
}

describe("Brandes with 32 sources per search", () => {
  it("counts a diamond by hand: s -> a, b -> t (each of a, b on one of the two s-t paths)", () => {
    const view = fromArcs(4, [[0, 1], [0, 2], [1, 3], [2, 3]]);
    expect([...batched(view)]).toEqual([0, 0.5, 0.5, 0]);
  });

  for (const family of FAMILIES) {
    it(`equals the brute-force sums on a 150-node ${family} graph (5 batches, the last one partial)`, () => {
      const arcs = generateFamily(family, 150, 7);
      const view = compactFromArcs(arcs.order, arcs.from, arcs.to);
      expect(betweennessPlan(view).sources.length % 32).not.toBe(0);
      expect(maxRel(batched(view), bruteDependencies(view))).toBeLessThan(1e-12);
    });
  }

  it("equals brute force on a 300-node cycle with chords (32 x 300 records, past the first buffers)", () => {
    const arcs: [number, number][] = [];
    for (let v = 0; v < 300; v++) arcs.push([v, (v + 1) % 300]);
    for (let v = 0; v < 300; v += 37) arcs.push([v, (v + 150) % 300]);
    const view = fromArcs(300, arcs);
    const sums = batched(view);
    expect(Math.min(...sums)).toBeGreaterThan(0);
    expect(maxRel(sums, bruteDependencies(view))).toBeLessThan(1e-12);
  });

  it("weights each source's sums (percolation-style weights) as brute force does", () => {
    const view = manySingles(120, 3, 0);
    const weights = Float64Array.from({ length: 120 }, (_, v) => 1 + (v % 7) / 3);
    expect(maxRel(batched(view, weights), bruteDependencies(view, (s) => weights[s]!))).toBeLessThan(1e-12);
  });

  for (const single of [0.6, 0.3]) {
    it(`with folding, equals brute force and the one-source kernel where ${single * 100}% have one arc out`, () => {
      for (const [n, seed] of [[120, 11], [1500, 5]] as const) {
        const view = manySingles(n, seed, single);
        const fold = foldSingleOut(view.upStart, view.upTo, betweennessPlan(view).sources)!;
        expect(fold.sources.length).toBeLessThan(n * (1 - single / 4));
        const got = new Float64Array(n);
        const ordered = batchOrder(view.upStart, view.downStart, view.downTo, fold.sources);
        batchSums(view.upStart, view.upTo, ordered, 0, 1, got, fold.weights, fold.folded, fold.foldStart, fold.foldOf);
        const want = new Float64Array(n);
        brandesSums(view.upStart, view.upTo, fold.sources, 0, 1, want, fold.weights, view.downStart, view.downTo, fold.folded, fold.foldStart, fold.foldOf);
        expect(maxRel(got, want)).toBeLessThan(1e-12);
        if (n === 120) expect(maxRel(got, bruteDependencies(view))).toBeLessThan(1e-12);
      }
    });
  }

  it("is left to the one-source kernel above BATCH_MAX_NODES nodes, with the same scores", () => {
    // 170 disjoint copies of a 100-node random graph (some nodes with one arc out): 17,000 nodes.
    const copy = manySingles(100, 8, 0.3);
    const arcs: [number, number][] = [];
    for (let c = 0; c < 170; c++) for (let v = 0; v < 100; v++) for (let k = copy.upStart[v]!; k < copy.upStart[v + 1]!; k++) arcs.push([c * 100 + v, c * 100 + copy.upTo[k]!]);
    const view = fromArcs(17_000, arcs);
    expect(view.order).toBeGreaterThan(BATCH_MAX_NODES);
    const run = exactRun(view);
    const fold = run.fold!;
    const ordered = batchOrder(run.arcs.start, run.arcs.revStart, run.arcs.revTo, fold.sources);
    const sums = new Float64Array(view.order);
    batchSums(run.arcs.start, run.arcs.to, ordered, 0, 1, sums, fold.weights, fold.folded, fold.foldStart, fold.foldOf);
    const scale = 1 / ((view.order - 1) * (view.order - 2));
    expect(maxRel(betweennessScores(view), sums.map((x) => x * scale))).toBeLessThan(1e-12);
    expect(Math.max(...sums)).toBeGreaterThan(0);
  });

  it("gives the same sums, to the bit, with working arrays kept from a larger graph and slots holding garbage", () => {
    const arcs = generateFamily("supply", 300, 3);
    const view = compactFromArcs(arcs.order, arcs.from, arcs.to);
    const run = exactRun(view);
    const fold = run.fold!;
    const ordered = batchOrder(run.arcs.start, run.arcs.revStart, run.arcs.revTo, fold.sources);
    const fresh = new Float64Array(view.order);
    batchSums(run.arcs.start, run.arcs.to, ordered, 0, 1, fresh, fold.weights, fold.folded, fold.foldStart, fold.foldOf);
    // Kept from a call on a larger graph of another family (arrays longer than needed, records and
    // DAG arrays grown), then the slots overwritten with any finite values.
    const scratch: BatchScratch = {};
    const larger = generateFamily("ba", 700, 4);
    const other = compactFromArcs(larger.order, larger.from, larger.to);
    const otherRun = exactRun(other);
    const otherSums = new Float64Array(other.order);
    const otherSources = otherRun.fold ? otherRun.fold.sources : otherRun.sources;
    batchSums(otherRun.arcs.start, otherRun.arcs.to, otherSources, 0, 1, otherSums, otherRun.fold?.weights, otherRun.fold?.folded, otherRun.fold?.foldStart, otherRun.fold?.foldOf, scratch);
    expect(scratch.slots!.length).toBe(other.order * 32);
    expect(scratch.seen!.every((x) => x === 0) && scratch.bitOf!.every((x) => x === -1)).toBe(true);
    const random = seededRandom(5);
    for (let i = 0; i < scratch.slots!.length; i++) scratch.slots![i] = (random() - 0.5) * 1e300;
    const reused = new Float64Array(view.order);
    batchSums(run.arcs.start, run.arcs.to, ordered, 0, 1, reused, fold.weights, fold.folded, fold.foldStart, fold.foldOf, scratch);
    expect([...reused]).toEqual([...fresh]);
    expect(Math.max(...fresh)).toBeGreaterThan(0);
    // And the larger graph again, after the smaller one, as from fresh arrays.
    const again = new Float64Array(other.order);
    batchSums(otherRun.arcs.start, otherRun.arcs.to, otherSources, 0, 1, again, otherRun.fold?.weights, otherRun.fold?.folded, otherRun.fold?.foldStart, otherRun.fold?.foldOf, scratch);
    const otherFresh = new Float64Array(other.order);
    batchSums(otherRun.arcs.start, otherRun.arcs.to, otherSources, 0, 1, otherFresh, otherRun.fold?.weights, otherRun.fold?.folded, otherRun.fold?.foldStart, otherRun.fold?.foldOf);
    expect([...again]).toEqual([...otherFresh]);
  });

  it("splits into batches first, first + stride, ... that add up to the whole (the worker threads' share)", () => {
    const arcs = generateFamily("er", 400, 2);
    const view = compactFromArcs(arcs.order, arcs.from, arcs.to);
    const { sources } = betweennessPlan(view);
    const whole = new Float64Array(view.order);
    batchSums(view.upStart, view.upTo, sources, 0, 1, whole);
    const parts = new Float64Array(view.order);
    for (let first = 0; first < 3; first++) batchSums(view.upStart, view.upTo, sources, first, 3, parts);
    expect(maxRel(parts, whole)).toBeLessThan(1e-12);
  });

  it("orders the sources by a search against the arcs from the sinks: those feeding one node together", () => {
    // Even nodes 0..6 -> 8, odd nodes 1..7 -> 9; 8 and 9 are sinks.
    const view = fromArcs(10, [0, 1, 2, 3, 4, 5, 6, 7].map((v) => [v, 8 + (v % 2)] as [number, number]));
    const ordered = batchOrder(view.upStart, view.downStart, view.downTo, Int32Array.from([0, 1, 2, 3, 4, 5, 6, 7]));
    expect([...ordered]).toEqual([0, 2, 4, 6, 1, 3, 5, 7]);
  });

  it("tallestFirst groups the sources by height, tallest first, keeping the search order within a height", () => {
    const view = fromArcs(10, [0, 1, 2, 3, 4, 5, 6, 7].map((v) => [v, 8 + (v % 2)] as [number, number]));
    const height = Int32Array.from([0, 1, 0, 1, 2, 0, 2, 1, 0, 0]);
    const ordered = tallestFirst(batchOrder(view.upStart, view.downStart, view.downTo, Int32Array.from([0, 1, 2, 3, 4, 5, 6, 7])), height);
    expect([...ordered]).toEqual([4, 6, 1, 3, 7, 0, 2, 5]);
  });
});
