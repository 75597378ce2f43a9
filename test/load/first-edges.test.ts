// The merge's duplicate-edge check (first-edges.ts: stamps within a run of one `to`, a hash table
// for a `to` that comes back) against a Map of every pair, on edge lists in runs, shuffled, and mixed.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FirstEdges } from "../../src/load/first-edges.ts";

/** Each pair's answer as the merge uses it: the first kept edge with that pair, or -1 (then the edge is kept). */
function answers(pairs: [number, number][], check: (from: number, to: number, edge: number, ends: Int32Array) => number): number[] {
  const from = new Int32Array(pairs.length);
  let kept = 0;
  return pairs.map(([f, t]) => {
    const first = check(f, t, kept, from);
    if (first < 0) from[kept++] = f;
    return first;
  });
}

function reference(pairs: [number, number][]): number[] {
  const seen = new Map<string, number>();
  let kept = 0;
  return pairs.map(([f, t]) => {
    const first = seen.get(`${f} ${t}`);
    if (first !== undefined) return first;
    seen.set(`${f} ${t}`, kept++);
    return -1;
  });
}

function firstEdges(pairs: [number, number][], nodes: number): number[] {
  let table: FirstEdges | undefined;
  return answers(pairs, (f, t, edge, ends) => (table ??= new FirstEdges(nodes, pairs.length, ends)).firstOf(f, t, edge));
}

const nodes = 12;
const pair = fc.tuple(fc.integer({ min: 0, max: nodes - 1 }), fc.integer({ min: 0, max: nodes - 1 }));
/** Runs of one `to` (as data files list suppliers), some repeated later, with duplicates inside and across runs. */
const runs = fc.array(fc.tuple(fc.integer({ min: 0, max: nodes - 1 }), fc.array(fc.integer({ min: 0, max: nodes - 1 }), { maxLength: 8 })), { maxLength: 12 });

describe("FirstEdges (the merge's duplicate-edge check)", () => {
  it("finds the same first edge as a Map of every pair, in any order", () => {
    fc.assert(fc.property(fc.array(pair, { maxLength: 80 }), (pairs) => {
      expect(firstEdges(pairs, nodes)).toEqual(reference(pairs));
    }), { numRuns: 3000, seed: 16 });
  });

  it("and on edges in runs of one `to`, a `to` coming back later", () => {
    fc.assert(
      fc.property(runs, (list) => {
        const pairs = list.flatMap(([to, froms]) => froms.map((f): [number, number] => [f, to]));
        expect(firstEdges(pairs, nodes)).toEqual(reference(pairs));
      }),
      { numRuns: 3000, seed: 17 },
    );
  });

  it("names the first edge of a pair repeated in the same run and in a later one", () => {
    // Edges 0-2 into node 5, one into 6, then 5 again: (1,5) repeats in the run, (2,5) in a later run.
    const pairs: [number, number][] = [[1, 5], [2, 5], [1, 5], [3, 5], [1, 6], [2, 5], [4, 5], [1, 6]];
    expect(firstEdges(pairs, 8)).toEqual([-1, -1, 0, -1, -1, 1, -1, 3]);
  });
});
