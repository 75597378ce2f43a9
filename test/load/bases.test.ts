// A node's shares are added up, so the loader refuses suppliers of one node with different bases.
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/load/index.ts";
import { CD, CN, COBALT, file } from "./helpers.ts";

const edge = (from: string, share: number, basis?: string) => ({ kind: "supplies", from, to: "cobalt-mined", share, ...(basis ? { basis } : {}) });

describe("bases of a node's shares", () => {
  it("loads one basis per node, and edges without a basis beside it", () => {
    const r = loadDataset([file("a.json", { nodes: [CN, CD, COBALT], edges: [edge("CD", 0.7, "mine-production"), edge("CN", 0.1)] })]);
    expect(r.ok).toBe(true);
  });

  it("refuses two bases for one node across files, naming both and the path", () => {
    const r = loadDataset([
      file("a.json", { nodes: [CN, CD, COBALT], edges: [edge("CD", 0.7, "mine-production")] }),
      file("b.json", { edges: [edge("CN", 0.2, "refinery-production")] }),
    ]);
    if (r.ok) throw new Error("expected a mixed-basis node to be refused");
    expect(r.issues.map(({ file: f, path, message }) => ({ f, path, message }))).toEqual([
      {
        f: "b.json",
        path: "$.edges[0].basis",
        message:
          "shares of 'cobalt-mined' mix bases: 'refinery-production' here, 'mine-production' on the supply from 'CD' (a.json); shares of different bases cannot be added, so give all of a node's suppliers one basis",
      },
    ]);
  });
});
