// The checks that need every file at once (merge.ts): duplicate and self edges, both bad ends of one
// edge, and supplier shares over 1 listing every listed share so far, in file order.
import { describe, expect, it } from "vitest";
import { loadDataset, type LoadIssue } from "../../src/load/index.ts";
import { CD, CN, COBALT, file } from "./helpers.ts";

const ZM = { kind: "country", id: "ZM", label: "Zambia" };
const AU = { kind: "country", id: "AU", label: "Australia" };
const COPPER = { kind: "material", id: "copper-mined", label: "Copper (mined)" };
const supplies = (from: string, to: string, share?: number) => ({ kind: "supplies", from, to, ...(share === undefined ? {} : { share }) });

function issuesOf(...files: Parameters<typeof loadDataset>[0]): Pick<LoadIssue, "file" | "path" | "message">[] {
  const result = loadDataset(files);
  if (result.ok) throw new Error("expected the data to be rejected");
  return result.issues.map(({ file, path, message }) => ({ file, path, message }));
}

describe("merge checks", () => {
  it("each edge's origin names its file and its place in that file's list", () => {
    const result = loadDataset([
      file("a.json", { nodes: [CN, CD, COBALT], edges: [supplies("CD", "cobalt-mined", 0.5)] }),
      file("b.json", { edges: [supplies("CN", "cobalt-mined", 0.1)] }),
    ]);
    if (!result.ok) throw new Error("expected the data to load");
    expect(result.dataset.origin.edges.map((o) => [o.file, o.path])).toEqual([
      ["a.json", "$.edges[0]"],
      ["b.json", "$.edges[0]"],
    ]);
    // Made on first read (merge.ts keeps typed arrays until then), then the same list every time.
    expect(result.dataset.origin.edges).toBe(result.dataset.origin.edges);
    expect(Object.keys(result.dataset.origin)).toContain("edges");
    expect(result.dataset.origin.nodes.get("cobalt-mined")).toEqual({ file: "a.json", path: "$.nodes[2]" });
  });

  it("paths count every entry of the file, the invalid ones too", () => {
    expect(
      issuesOf(file("a.json", { nodes: [CN, { kind: "planet", id: "x" }, CD, COBALT], edges: [7, supplies("CN", "nowhere")] })),
    ).toEqual([
      { file: "a.json", path: "$.nodes[1].kind", message: 'unknown kind "planet" (expected one of country, company, material, component, constellation, service, sector)' },
      { file: "a.json", path: "$.edges[0]", message: "each of 'edges' must be an object" },
      { file: "a.json", path: "$.edges[1].to", message: "edge to 'nowhere', a node that does not exist" },
    ]);
  });

  it("a duplicate edge names the first one's file and path; a self edge is refused", () => {
    expect(
      issuesOf(
        file("a.json", { nodes: [CN, CD, COBALT], edges: [supplies("CD", "cobalt-mined", 0.5), supplies("CN", "cobalt-mined")] }),
        file("b.json", { edges: [supplies("CN", "cobalt-mined", 0.1), { kind: "input", from: "cobalt-mined", to: "cobalt-mined" }] }),
      ),
    ).toEqual([
      { file: "b.json", path: "$.edges[0]", message: "duplicate edge CN -> cobalt-mined (first in a.json at $.edges[1])" },
      { file: "b.json", path: "$.edges[1]", message: "edge from 'cobalt-mined' to itself" },
    ]);
  });

  it("reports both ends of one edge", () => {
    expect(issuesOf(file("a.json", { nodes: [CN, COBALT], edges: [{ kind: "located_in", from: "nowhere", to: "cobalt-mined" }] }))).toEqual([
      { file: "a.json", path: "$.edges[0].from", message: "edge from 'nowhere', a node that does not exist" },
      {
        file: "a.json",
        path: "$.edges[0].to",
        message: "a 'located_in' edge cannot end at material 'cobalt-mined' (to must be one of: country)",
      },
    ]);
  });

  it("shares over 1: every listed share into that node so far, once per edge that keeps it over", () => {
    // cobalt: 0.5 + 0.4 = 0.9, + 0.3 = 1.2 (over), + 0.1 = 1.3 (over again). Copper's 0.9 and the
    // unlisted CN share are not part of the lists; a refused duplicate adds nothing.
    expect(
      issuesOf(
        file("a.json", {
          nodes: [CN, CD, ZM, AU, COBALT, COPPER],
          edges: [supplies("CD", "cobalt-mined", 0.5), supplies("ZM", "copper-mined", 0.9), supplies("ZM", "cobalt-mined", 0.4)],
        }),
        file("b.json", {
          edges: [
            supplies("CN", "cobalt-mined"),
            supplies("CD", "cobalt-mined", 0.2),
            supplies("AU", "cobalt-mined", 0.3),
            supplies("CN", "copper-mined", 0.05),
          ],
        }),
        file("c.json", { edges: [{ kind: "supplies", from: "CN", to: "cobalt-mined", share: 0.1 }] }),
      ),
    ).toEqual([
      { file: "b.json", path: "$.edges[1]", message: "duplicate edge CD -> cobalt-mined (first in a.json at $.edges[0])" },
      {
        file: "b.json",
        path: "$.edges[2].share",
        message: "shares of the suppliers of 'cobalt-mined' sum to 1.2, over 1 (CD 0.5, ZM 0.4, AU 0.3)",
      },
      { file: "c.json", path: "$.edges[0]", message: "duplicate edge CN -> cobalt-mined (first in b.json at $.edges[0])" },
    ]);
  });

  it("shares over 1 again on a later edge lists the earlier over-1 share too", () => {
    expect(
      issuesOf(
        file("a.json", {
          nodes: [CN, CD, ZM, AU, COBALT],
          edges: [supplies("CD", "cobalt-mined", 0.5), supplies("ZM", "cobalt-mined", 0.4), supplies("AU", "cobalt-mined", 0.3)],
        }),
        file("b.json", { edges: [supplies("CN", "cobalt-mined", 0.1)] }),
      ).map((i) => i.message),
    ).toEqual([
      "shares of the suppliers of 'cobalt-mined' sum to 1.2, over 1 (CD 0.5, ZM 0.4, AU 0.3)",
      "shares of the suppliers of 'cobalt-mined' sum to 1.3, over 1 (CD 0.5, ZM 0.4, AU 0.3, CN 0.1)",
    ]);
  });
});
