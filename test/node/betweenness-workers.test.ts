// Betweenness spread over worker threads gives the single-thread scores: exact and sampled, on
// the generated 1k graph and on random small graphs, with 2 and 3 threads.
import { afterAll, describe, expect, it } from "vitest";
import { betweennessScores } from "../../src/engine/structure/betweenness.ts";
import { exactRun } from "../../src/engine/structure/betweenness-reduce.ts";
import { compactFromArcs } from "../../src/engine/structure/compact-arcs.ts";
import { compactGraph } from "../../src/engine/structure/compact.ts";
import { FAMILIES, generateFamily } from "../../src/gen/families.ts";
import { betweennessScoresParallel, closeBetweennessWorkers } from "../../src/node/betweenness-workers.ts";
import { generatedGraph } from "../engine/_generated.ts";
import { randomGraph } from "../engine/_graphs.ts";

afterAll(closeBetweennessWorkers);

const expectClose = (got: Float64Array, want: Float64Array) => {
  expect(got.length).toBe(want.length);
  for (let v = 0; v < want.length; v++) expect(Math.abs(got[v]! - want[v]!)).toBeLessThanOrEqual(1e-12 * Math.max(1, want[v]!));
};

describe("betweenness on worker threads", () => {
  const view = compactGraph(generatedGraph(1000));

  it("equals the single-thread exact scores on the generated 1k graph (2 and 3 threads)", async () => {
    const single = betweennessScores(view);
    expect(Math.max(...single)).toBeGreaterThan(0);
    expectClose(await betweennessScoresParallel(view, { threads: 2 }), single);
    expectClose(await betweennessScoresParallel(view, { threads: 3 }), single);
  });

  it("equals the single-thread estimate with sampled pivots", async () => {
    expectClose(await betweennessScoresParallel(view, { threads: 2, pivots: 100, seed: 7 }), betweennessScores(view, { pivots: 100, seed: 7 }));
  });

  it("folds and picks the orientation as the single thread does (every family, 3 threads)", async () => {
    for (const family of FAMILIES) {
      const arcs = generateFamily(family, 1200, 5);
      const graph = compactFromArcs(arcs.order, arcs.from, arcs.to);
      expect(exactRun(graph).fold).toBeDefined();
      expectClose(await betweennessScoresParallel(graph, { threads: 3 }), betweennessScores(graph));
    }
    // Our generated network is searched against its arcs (exactRun picks "reverse" there).
    expect(exactRun(view).reversed).toBe(true);
  });

  it("handles calls in parallel and graphs smaller than the thread count", async () => {
    const graphs = Array.from({ length: 8 }, (_, i) => compactGraph(randomGraph(i + 1)));
    const results = await Promise.all(graphs.map((g) => betweennessScoresParallel(g, { threads: 3 })));
    results.forEach((scores, i) => expectClose(scores, betweennessScores(graphs[i]!)));
  });
});
