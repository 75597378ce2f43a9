// Sector reach by bitsets over the condensation = one breadth-first walk per node (the path
// rankRisks used before), on the generated 1k graph (which has cycles) and on random graphs.
import { describe, expect, it } from "vitest";
import { sectorReach } from "../../src/engine/structure/reach.ts";
import { indexDependencies, reachable, type ChokepointGraph } from "../../src/model/index.ts";
import { generatedGraph } from "./_generated.ts";
import { graphOf, input, material, randomGraph, sector } from "./_graphs.ts";

function expectSameAsWalks(graph: ChokepointGraph): void {
  const { down } = indexDependencies(graph);
  const reach = sectorReach(graph);
  expect(reach.sectors).toEqual(graph.filterNodes((_n, a) => a.kind === "sector").sort());
  graph.forEachNode((node) => {
    const walked = [...reachable(down, node).keys()].filter((n) => graph.getNodeAttribute(n, "kind") === "sector").sort();
    expect(reach.sectorsBelow(node), node).toEqual(walked);
  });
}

describe("sectorReach", () => {
  it("matches a walk per node on the generated 1k graph", () => expectSameAsWalks(generatedGraph(1000, 6)));

  it("matches a walk per node on random graphs", () => {
    for (let seed = 1; seed <= 40; seed++) expectSameAsWalks(randomGraph(seed));
  });

  it("counts the sectors of a cycle for its other members, never a node for itself", () => {
    const g = graphOf(
      [material("a"), material("b"), sector("s"), sector("t")],
      [input("a", "b"), input("b", "a"), input("b", "s")],
    );
    g.addDirectedEdgeWithKey("s->a", "s", "a", { kind: "input", from: "s", to: "a", substitutability: 0 });
    expectSameAsWalks(g);
    expect(sectorReach(g).sectorsBelow("s")).toEqual([]);
    expect(sectorReach(g).sectorsBelow("a")).toEqual(["s"]);
  });
});
