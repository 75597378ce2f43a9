// Knock-outs over worker threads give the one-thread entries: the same values, ranks and order.
import { describe, expect, it } from "vitest";
import { propagationModelOf, runKnockouts, runKnockoutsCompact } from "../../src/engine/propagation/index.ts";
import { compactFromDataset } from "../../src/engine/structure/index.ts";
import { generateNetwork, networkToSources } from "../../src/gen/index.ts";
import { datasetIndexOf, loadDataset } from "../../src/load/index.ts";
import { buildGraph } from "../../src/model/index.ts";
import { knockoutsParallel, runKnockoutsCompactParallel } from "../../src/node/knockouts-parallel.ts";

describe("knock-outs on worker threads", () => {
  const result = loadDataset(networkToSources(generateNetwork({ nodes: 2000, seed: 5 })));
  if (!result.ok) throw new Error("generated data did not load");
  const data = result.dataset;
  const compact = compactFromDataset(data, datasetIndexOf(data));

  it("match one thread on the compact path, for every cut and for a subset", async () => {
    const one = runKnockoutsCompact(compact);
    expect(one.length).toBeGreaterThan(300);
    expect(one.some((e) => e.meanLoss > 0)).toBe(true);
    expect(await runKnockoutsCompactParallel(compact, {}, { threads: 2 })).toEqual(one);
    const some = data.nodes.filter((n, i) => (n.kind === "company" || n.kind === "country") && i % 4 === 0).map((n) => n.id);
    expect(await runKnockoutsCompactParallel(compact, {}, { threads: 3, nodes: some })).toEqual(runKnockoutsCompact(compact, {}, { nodes: some }));
  }, 60_000);

  it("match one thread when only the workers cut, two of them claiming from one list", async () => {
    // At this size the caller's thread can finish every cut before a worker has started; here the
    // workers take them all, so their claims and entries are what is checked.
    expect(await runKnockoutsCompactParallel(compact, {}, { threads: 3, callerCuts: false })).toEqual(runKnockoutsCompact(compact));
  }, 60_000);

  it("match one thread on a graph's model, with kinds", async () => {
    const graph = buildGraph(data);
    const label = (id: string) => graph.getNodeAttribute(id, "label");
    const kinds = ["country"] as const;
    expect(await knockoutsParallel(propagationModelOf(graph), label, {}, { threads: 2, kinds })).toEqual(runKnockouts(graph, {}, { kinds }));
  }, 60_000);
});
