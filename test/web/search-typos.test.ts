// The explorer's search on the bundled data: typos and descriptions (issue 15, part 7).
import { beforeAll, describe, expect, it } from "vitest";
import type { ChokepointGraph } from "../../src/model/graph.ts";
import { loadData } from "../../src/node/load-data.ts";
import { findNodes } from "../../src/web/panels/search.ts";

describe("findNodes tolerates typos and matches descriptions", () => {
  let graph: ChokepointGraph;
  beforeAll(async () => {
    const loaded = await loadData();
    if (!loaded.ok) throw new Error("the bundled data must load");
    graph = loaded.graph;
  });
  it("finds cobalt for 'coblt' and gallium for 'galium'", () => {
    expect(findNodes(graph, "coblt").map((m) => m.id).slice(0, 2).sort()).toEqual(["cobalt-mined", "cobalt-refined"]);
    expect(findNodes(graph, "galium").map((m) => m.id)).toContain("gallium-primary");
  });
  it("finds TSMC by its description, after name matches, and says why", () => {
    const [first] = findNodes(graph, "Taiwan Semiconductor");
    expect(first!.id).toBe("tsmc");
    expect(first!.via).toMatch(/^Taiwan Semiconductor Manufacturing/);
    // A name match still wins over a description match: "Taiwan" is a country first.
    expect(findNodes(graph, "Taiwan")[0]!.id).toBe("TW");
  });
  it("does not match short typos loosely", () => {
    expect(findNodes(graph, "zz")).toEqual([]);
  });
});
