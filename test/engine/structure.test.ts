// Centrality against textbook implementations, dominators, dependencies and knock-outs by hand.
import { describe, expect, it } from "vitest";
import { computeCentrality } from "../../src/engine/structure/centrality.ts";
import { dependencies } from "../../src/engine/dependencies.ts";
import { dominators, dominatorsAll } from "../../src/engine/structure/dominators.ts";
import { runKnockouts } from "../../src/engine/propagation/knockouts.ts";
import type { ChokepointGraph } from "../../src/model/graph.ts";
import { company, component, country, graphOf, input, locatedIn, material, sector, supplies } from "./_graphs.ts";

/** Dependency pairs (dependency -> dependent), written out here rather than taken from the model. */
function dependencyEdges(graph: ChokepointGraph): [string, string][] {
  return graph.mapEdges((_k, attrs, s, t) => (attrs.kind === "located_in" ? [t, s] : [s, t]));
}

/** Textbook PageRank by power iteration: dangling mass spread evenly, damping 0.85. */
function textbookPagerank(nodes: string[], edges: [string, string][], alpha = 0.85): Map<string, number> {
  const n = nodes.length;
  const out = new Map(nodes.map((v) => [v, [] as string[]]));
  for (const [s, t] of edges) out.get(s)!.push(t);
  let x = new Map(nodes.map((v) => [v, 1 / n]));
  for (let it = 0; it < 10_000; it++) {
    const dangling = nodes.filter((v) => out.get(v)!.length === 0).reduce((s, v) => s + x.get(v)!, 0);
    const next = new Map(nodes.map((v) => [v, (1 - alpha) / n + (alpha * dangling) / n]));
    for (const v of nodes) for (const w of out.get(v)!) next.set(w, next.get(w)! + (alpha * x.get(v)!) / out.get(v)!.length);
    const err = nodes.reduce((s, v) => s + Math.abs(next.get(v)! - x.get(v)!), 0);
    x = next;
    if (err < 1e-15) break;
  }
  return x;
}

/** Textbook Brandes (2001) for directed unweighted graphs, normalised by (n-1)(n-2). */
function textbookBetweenness(nodes: string[], edges: [string, string][]): Map<string, number> {
  const adj = new Map(nodes.map((v) => [v, [] as string[]]));
  for (const [s, t] of edges) adj.get(s)!.push(t);
  const cb = new Map(nodes.map((v) => [v, 0]));
  for (const s of nodes) {
    const stack: string[] = [];
    const pred = new Map(nodes.map((v) => [v, [] as string[]]));
    const sigma = new Map(nodes.map((v) => [v, 0]));
    const dist = new Map(nodes.map((v) => [v, -1]));
    sigma.set(s, 1);
    dist.set(s, 0);
    const queue = [s];
    while (queue.length > 0) {
      const v = queue.shift()!;
      stack.push(v);
      for (const w of adj.get(v)!) {
        if (dist.get(w)! < 0) {
          queue.push(w);
          dist.set(w, dist.get(v)! + 1);
        }
        if (dist.get(w) === dist.get(v)! + 1) {
          sigma.set(w, sigma.get(w)! + sigma.get(v)!);
          pred.get(w)!.push(v);
        }
      }
    }
    const delta = new Map(nodes.map((v) => [v, 0]));
    while (stack.length > 0) {
      const w = stack.pop()!;
      for (const v of pred.get(w)!) delta.set(v, delta.get(v)! + (sigma.get(v)! / sigma.get(w)!) * (1 + delta.get(w)!));
      if (w !== s) cb.set(w, cb.get(w)! + delta.get(w)!);
    }
  }
  const n = nodes.length;
  return new Map([...cb].map(([v, c]) => [v, c / ((n - 1) * (n - 2))]));
}

// Two origins, a company in one of them, a shared refining step and two sectors.
const chain = () =>
  graphOf(
    [country("CD"), country("CN"), country("FI"), company("umicore"), material("co-mined"), material("co-refined"), component("cell"), component("magnet"), sector("ev"), sector("wind")],
    [
      supplies("CD", "co-mined", 0.7),
      supplies("CN", "co-mined", 0.1),
      locatedIn("umicore", "FI"),
      supplies("CN", "co-refined", 0.7),
      supplies("umicore", "co-refined", 0.1),
      input("co-mined", "co-refined"),
      input("co-refined", "cell"),
      supplies("CN", "magnet", 0.9),
      input("cell", "ev"),
      input("magnet", "ev"),
      input("magnet", "wind"),
    ],
  );

describe("centrality", () => {
  it("agrees with a textbook PageRank on the reversed dependency graph within 1e-6", () => {
    const g = chain();
    const reversed = dependencyEdges(g).map(([s, t]) => [t, s] as [string, string]);
    const expected = textbookPagerank(g.nodes(), reversed);
    const got = computeCentrality(g);
    for (const [v, pr] of expected) expect(Math.abs(got.get(v)!.pagerank - pr)).toBeLessThan(1e-6);
    expect([...got.values()].reduce((s, c) => s + c.pagerank, 0)).toBeCloseTo(1, 9);
    // The supplier many depend on outranks a sector nobody depends on.
    expect(got.get("CN")!.pagerank).toBeGreaterThan(got.get("ev")!.pagerank);
  });

  it("agrees with a textbook Brandes on the dependency graph within 1e-6, unweighted", () => {
    const g = chain();
    const expected = textbookBetweenness(g.nodes(), dependencyEdges(g));
    const got = computeCentrality(g);
    for (const [v, b] of expected) expect(Math.abs(got.get(v)!.betweenness - b)).toBeLessThan(1e-6);
    // co-refined by hand: sources co-mined, umicore, CD, FI reach cell and ev only through it (8 pairs);
    // CN reaches cell only through it, but ev more shortly via magnet (1 pair). 9 of 9 x 8 ordered pairs.
    expect(got.get("co-refined")!.betweenness).toBeCloseTo(9 / 72, 12);
  });

  it("ignores an edge attribute named weight", () => {
    const g = chain();
    (g.getEdgeAttributes("CN->co-refined") as Record<string, unknown>)["weight"] = 1000;
    const expected = textbookBetweenness(g.nodes(), dependencyEdges(g));
    const got = computeCentrality(g);
    for (const [v, b] of expected) expect(Math.abs(got.get(v)!.betweenness - b)).toBeLessThan(1e-6);
  });

  it("counts degree on the data graph as it is", () => {
    const c = computeCentrality(chain());
    expect(c.get("umicore")).toMatchObject({ inDegree: 0, outDegree: 2 });
    expect(c.get("co-refined")).toMatchObject({ inDegree: 3, outDegree: 1 });
  });
});

describe("dominators", () => {
  it("finds the origin and the join of a diamond, not its arms", () => {
    const g = graphOf(
      [country("CN"), material("a"), material("b"), component("c"), sector("s")],
      [supplies("CN", "a", 0.5), supplies("CN", "b", 0.5), input("a", "c"), input("b", "c"), input("c", "s")],
    );
    expect(dominators(g, "s")).toEqual(["CN", "c"]);
    expect(dominators(g, "c")).toEqual(["CN"]);
  });

  it("finds every node of a chain, and nothing above a second origin", () => {
    const chainOnly = graphOf(
      [country("CN"), material("a"), component("b"), sector("s")],
      [supplies("CN", "a", 1), input("a", "b"), input("b", "s")],
    );
    expect(dominators(chainOnly, "s")).toEqual(["CN", "a", "b"]);
    const twoOrigins = graphOf(
      [country("CN"), country("US"), material("a"), component("b"), sector("s")],
      [supplies("CN", "a", 0.5), supplies("US", "a", 0.5), input("a", "b"), input("b", "s")],
    );
    expect(dominators(twoOrigins, "s")).toEqual(["a", "b"]);
  });

  it("maps every sector, with a company under its host country", () => {
    const all = dominatorsAll(chain());
    expect([...all.keys()]).toEqual(["ev", "wind"]);
    expect(all.get("wind")).toEqual(["CN", "magnet"]);
    expect(all.get("ev")).toEqual([]);
    expect(() => dominators(chain(), "evs")).toThrow(/^chokepoint dominators: no node "evs"/);
  });
});

describe("dependencies", () => {
  it("walks upstream and downstream with the shortest depth, company under its host", () => {
    const d = dependencies(chain(), "co-refined");
    expect(d.upstream).toEqual([
      { id: "CN", depth: 1 },
      { id: "co-mined", depth: 1 },
      { id: "umicore", depth: 1 },
      { id: "CD", depth: 2 },
      { id: "FI", depth: 2 },
    ]);
    expect(d.downstream).toEqual([
      { id: "cell", depth: 1 },
      { id: "ev", depth: 2 },
    ]);
    expect(dependencies(chain(), "FI").downstream.map((x) => x.id)).toEqual(["umicore", "co-refined", "cell", "ev"]);
  });
});

describe("runKnockouts", () => {
  it("ranks every country and company by mean sector loss and names single points of failure", () => {
    const progress: [number, number][] = [];
    const k = runKnockouts(chain(), {}, { onProgress: (done, total) => progress.push([done, total]) });
    expect(k.map((e) => e.node)).toEqual(["CN", "CD", "FI", "umicore"]);
    const cn = k[0]!;
    // CN: magnet 0.1 -> wind 0.1, ev = min(cell, magnet); cell = co-refined = min(1 - 0.7, co-mined 0.9) = 0.1
    expect(cn.worstLoss).toBeCloseTo(0.9, 12);
    expect(cn.meanLoss).toBeCloseTo(0.9, 12);
    expect(cn.singlePointOfFailureFor).toEqual([]);
    expect(k[1]).toMatchObject({ node: "CD", worstSector: "ev", sectorsAffected: 1 });
    expect(k[1]!.meanLoss).toBeCloseTo(0.35, 12);
    expect(k[2]!.meanLoss).toBeCloseTo(0.05, 12); // FI takes umicore's 10% with it
    expect(progress).toEqual([[1, 4], [2, 4], [3, 4], [4, 4]]);
  });

  it("names a single point of failure when a cut drops a sector to 0", () => {
    const g = graphOf([country("CN"), material("a"), sector("s")], [supplies("CN", "a", 1), input("a", "s")]);
    expect(runKnockouts(g)[0]).toMatchObject({ node: "CN", worstLoss: 1, worstSector: "s", singlePointOfFailureFor: ["s"] });
  });
});
