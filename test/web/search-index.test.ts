// The indexed search against the plain scan it replaced (issue 15 item 10), on a generated 10k
// graph's names with typos, prefixes and filters, and on hand-made aliases and descriptions.
import { beforeAll, describe, expect, it } from "vitest";
import { buildGraph } from "../../src/model/index.ts";
import type { ChokepointGraph } from "../../src/model/graph.ts";
import { findNodes } from "../../src/web/panels/search-index.ts";
import { generatedGraph } from "../engine/_generated.ts";
import { findNodesPlain } from "./_search-plain.ts";

/** Queries a person might type for a name: prefixes, a dropped, doubled or swapped letter, extra words. */
function queriesFor(label: string): string[] {
  const t = label.toLowerCase();
  const mid = Math.floor(t.length / 2);
  return [
    t.slice(0, 1),
    t.slice(0, 3),
    t,
    t.slice(0, mid) + t.slice(mid + 1),
    t.slice(0, mid) + t[mid] + t.slice(mid),
    t.slice(0, mid - 1) + t[mid] + t[mid - 1] + t.slice(mid + 1),
    `${t.split(" ")[0]} zz`,
  ];
}

describe("the indexed findNodes agrees with the plain scan", () => {
  let graph: ChokepointGraph;
  beforeAll(() => {
    graph = generatedGraph(10_000);
  });
  it("on a generated 10k graph's names", () => {
    const ids = graph.nodes();
    const sample = [0, 1, 57, 400, 1234, 3333, 5000, 7777, 9001, ids.length - 1].map((i) => ids[i]!);
    const queries = [...sample.flatMap((id) => queriesFor(graph.getNodeAttribute(id, "label"))), "china", "coblt", "gen 12", "xqwv plk", "-"];
    let nonEmpty = 0;
    for (const q of queries) {
      const indexed = findNodes(graph, q);
      expect(indexed, q).toEqual(findNodesPlain(graph, q));
      if (indexed.length > 0) nonEmpty++;
    }
    // The comparison means something only if most queries find nodes.
    expect(nonEmpty).toBeGreaterThan(queries.length / 2);
  });
  it("with a filter and another limit", () => {
    const accept = (id: string) => id.length % 2 === 0;
    for (const q of ["m", "material 1", "compny", "country"]) {
      expect(findNodes(graph, q, 20, accept), q).toEqual(findNodesPlain(graph, q, 20, accept));
    }
  });
  it("on aliases, descriptions, typos and ties by label", () => {
    const small = buildGraph({
      nodes: [
        { kind: "material", id: "cobalt-refined", label: "Cobalt (refined)", aliases: ["Co metal"] },
        { kind: "material", id: "cobalt-mined", label: "Cobalt (mined)" },
        { kind: "material", id: "gallium-primary", label: "Gallium", description: "A by-product of alumina refining" },
        { kind: "company", id: "tsmc", label: "TSMC", aliases: ["Taiwan Semiconductor Manufacturing Company"] },
        { kind: "company", id: "tsmc-2", label: "TSMC", description: "Same label, later in graph order" },
      ],
      edges: [],
    });
    const queries = ["coblt", "galium", "co metal", "alumina", "taiwan semicondutor", "tsmc", "refined", "zz", "  "];
    for (const q of queries) expect(findNodes(small, q), q).toEqual(findNodesPlain(small, q));
    expect(findNodes(small, "tsmc").map((m) => m.id)).toEqual(["tsmc", "tsmc-2"]);
    expect(findNodes(small, "alumina")).toEqual([{ id: "gallium-primary", label: "Gallium", kind: "material", via: "A by-product of alumina refining" }]);
  });
});
