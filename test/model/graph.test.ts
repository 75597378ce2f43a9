// buildGraph: the same graphology graph as adding the nodes and edges plainly (neighbour order,
// edge lookups, degrees), whether the attributes are copied (default) or shared.
import { DirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { buildGraph, buildGraphInSlices, edgeKey } from "../../src/model/graph.ts";
import type { Edge } from "../../src/schema/edges.ts";
import type { Node } from "../../src/schema/nodes.ts";

// "2024" and "10" are valid kebab-case ids that look like array indices: object keys order them first.
const nodes: Node[] = [
  { kind: "country", id: "CN", label: "China", blocs: [] },
  { kind: "country", id: "CD", label: "DR Congo", blocs: [] },
  { kind: "company", id: "2024", label: "Firm 2024" },
  { kind: "company", id: "acme", label: "Acme" },
  { kind: "material", id: "cobalt-mined", label: "Cobalt" },
  { kind: "material", id: "10", label: "Ten" },
  { kind: "sector", id: "ev", label: "Electric vehicles" },
];
const edges: Edge[] = [
  { kind: "supplies", from: "CD", to: "cobalt-mined", share: 0.7 },
  { kind: "supplies", from: "acme", to: "cobalt-mined" },
  { kind: "supplies", from: "2024", to: "cobalt-mined", share: 0.1 },
  { kind: "supplies", from: "CN", to: "10" },
  { kind: "located_in", from: "acme", to: "CN" },
  { kind: "located_in", from: "2024", to: "CD" },
  { kind: "input", from: "cobalt-mined", to: "ev", substitutability: 0 },
  { kind: "input", from: "10", to: "ev", substitutability: 0.5 },
];

function plain(): DirectedGraph {
  const g = new DirectedGraph();
  for (const n of nodes) g.addNode(n.id, { ...n });
  for (const e of edges) g.addDirectedEdgeWithKey(edgeKey(e.from, e.to), e.from, e.to, { ...e });
  return g;
}

describe("buildGraph", () => {
  for (const shareAttributes of [false, true]) {
    it(`matches a plain graphology build (shareAttributes: ${shareAttributes})`, () => {
      const graph = buildGraph({ nodes, edges }, { shareAttributes });
      const expected = plain();
      expect(graph.export()).toEqual(expected.export());
      for (const id of nodes.map((n) => n.id)) {
        expect(graph.outNeighbors(id)).toEqual(expected.outNeighbors(id));
        expect(graph.inNeighbors(id)).toEqual(expected.inNeighbors(id));
        expect(graph.inEdges(id)).toEqual(expected.inEdges(id));
        expect([graph.inDegree(id), graph.outDegree(id)]).toEqual([expected.inDegree(id), expected.outDegree(id)]);
      }
      expect(graph.inNeighbors("cobalt-mined")).toEqual(["2024", "CD", "acme"]);
      expect(graph.hasDirectedEdge("acme", "CN")).toBe(true);
      expect(graph.hasDirectedEdge("CN", "acme")).toBe(false);
      expect(graph.edge("10", "ev")).toBe("10->ev");
      expect(graph.areNeighbors("cobalt-mined", "ev")).toBe(true);
    });
  }

  it("copies attributes by default, so editing the graph leaves the dataset as it was", () => {
    const graph = buildGraph({ nodes, edges });
    expect(graph.getNodeAttributes("CN")).not.toBe(nodes[0]);
    graph.setNodeAttribute("CN", "label", "changed");
    expect(nodes[0]!.label).toBe("China");
  });

  it("shares the dataset's objects when asked", () => {
    const graph = buildGraph({ nodes, edges }, { shareAttributes: true });
    expect(graph.getNodeAttributes("CN")).toBe(nodes[0]);
    expect(graph.getEdgeAttributes("CD->cobalt-mined")).toBe(edges[0]);
  });
});

describe("buildGraphInSlices", () => {
  it("pauses after every slice of nodes or edges and returns the graph buildGraph builds", () => {
    const steps = buildGraphInSlices({ nodes, edges }, {}, 3);
    let pauses = 0;
    let step = steps.next();
    while (!step.done) {
      pauses++;
      step = steps.next();
    }
    // 7 nodes + 8 edges = 15 additions: a pause after the 3rd, 6th, 9th, 12th and 15th.
    expect(pauses).toBe(5);
    expect(step.value.export()).toEqual(plain().export());
    expect(step.value.export()).toEqual(buildGraph({ nodes, edges }).export());
  });
});

