import { describe, expect, it } from "vitest";
import { formatIssue, loadDataset, type LoadIssue } from "../../src/load/index.ts";
import { CD, CN, COBALT, file, source } from "./helpers.ts";

function issuesOf(...files: Parameters<typeof loadDataset>[0]): LoadIssue[] {
  const result = loadDataset(files);
  if (result.ok) throw new Error("expected the data to be rejected");
  return result.issues;
}

describe("loading reports each kind of mistake with file, JSON path and line", () => {
  it("accepts a valid dataset", () => {
    const result = loadDataset([
      file("a.json", {
        nodes: [CN, CD, COBALT],
        edges: [{ kind: "supplies", from: "CD", to: "cobalt-mined", share: 0.759, year: 2024, source }],
      }),
    ]);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.dataset.nodes.map((n) => n.id)).toEqual(["CN", "CD", "cobalt-mined"]);
      expect(result.dataset.origin.nodes.get("CD")).toEqual({ file: "a.json", path: "$.nodes[1]" });
    }
  });

  it("invalid JSON, with line and column", () => {
    const issues = issuesOf({ path: "broken.json", text: '{\n  "nodes": [\n    {"kind": "country",}\n  ]\n}\n' });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: "broken.json", path: "$", line: 3, column: 24 });
    expect(issues[0]!.message).toMatch(/^invalid JSON: expected a double-quoted property name/);
  });

  it("unknown kind", () => {
    const issues = issuesOf(file("k.json", { nodes: [{ kind: "mineral", id: "x", label: "X" }] }));
    expect(issues).toEqual([
      expect.objectContaining({ file: "k.json", path: "$.nodes[0].kind", line: 4, message: expect.stringMatching(/^unknown kind "mineral" \(expected one of country, company/) }),
    ]);
  });

  it("missing field", () => {
    const issues = issuesOf(file("m.json", { nodes: [{ kind: "sector", id: "electric-vehicles" }] }));
    expect(issues).toEqual([expect.objectContaining({ path: "$.nodes[0].label", message: "missing required field 'label' (string)" })]);
  });

  it("share outside 0..1", () => {
    const issues = issuesOf(
      file("s.json", { nodes: [CD, COBALT], edges: [{ kind: "supplies", from: "CD", to: "cobalt-mined", share: 1.7 }] }),
    );
    expect(issues).toEqual([
      expect.objectContaining({ path: "$.edges[0].share", line: 20, message: "a share must be between 0 and 1 (a fraction, not a percent)" }),
    ]);
  });

  it("suppliers' shares summing over 1, across files", () => {
    const issues = issuesOf(
      file("a.json", { nodes: [CN, CD, COBALT], edges: [{ kind: "supplies", from: "CD", to: "cobalt-mined", share: 0.76 }] }),
      file("b.json", { edges: [{ kind: "supplies", from: "CN", to: "cobalt-mined", share: 0.3 }] }),
    );
    expect(issues).toEqual([
      expect.objectContaining({
        file: "b.json",
        path: "$.edges[0].share",
        message: "shares of the suppliers of 'cobalt-mined' sum to 1.06, over 1 (CD 0.76, CN 0.3)",
      }),
    ]);
  });

  it("duplicate id across files", () => {
    const issues = issuesOf(file("a.json", { nodes: [CN] }), file("b.json", { nodes: [{ ...CN, label: "PRC" }] }));
    expect(issues).toEqual([
      expect.objectContaining({ file: "b.json", path: "$.nodes[0].id", message: "duplicate id 'CN' (first defined in a.json at $.nodes[0])" }),
    ]);
  });

  it("an edge whose end does not exist", () => {
    const issues = issuesOf(file("e.json", { nodes: [COBALT], edges: [{ kind: "supplies", from: "CD", to: "cobalt-mined" }] }));
    expect(issues).toEqual([
      expect.objectContaining({ path: "$.edges[0].from", message: "edge from 'CD', a node that does not exist" }),
    ]);
  });

  it("an edge whose kinds do not fit the table", () => {
    const issues = issuesOf(file("t.json", { nodes: [CD, COBALT], edges: [{ kind: "located_in", from: "cobalt-mined", to: "CD" }] }));
    expect(issues).toEqual([
      expect.objectContaining({
        path: "$.edges[0].from",
        message: "a 'located_in' edge cannot start at material 'cobalt-mined' (from must be one of: company)",
      }),
    ]);
  });

  it("collects every problem at once, from every file", () => {
    const issues = issuesOf(
      file("a.json", { nodes: [{ kind: "country", id: "XX", label: "Nowhere" }, { kind: "sector", id: "Bad Id", label: "x" }] }),
      file("b.json", { nodes: [CD], edges: [{ kind: "supplies", from: "CD", to: "nothing", weight: 3 }] }),
      { path: "c.json", text: "[" },
    );
    expect(issues.map(formatIssue)).toEqual([
      "a.json:5:13 $.nodes[0].id: is not an assigned ISO 3166-1 alpha-2 code",
      "a.json:10:13 $.nodes[1].id: must be kebab-case (a-z, 0-9 and single dashes), e.g. cobalt-refined",
      "b.json:10:5 $.edges[0]: unknown field 'weight' ('weight' is reserved: use share or substitutability)",
      "c.json:1:2 $: invalid JSON: expected a value but found end of file",
    ]);
  });
});

describe("ids that name Object.prototype members are harmless", () => {
  it("accepts `constructor` as an ordinary node id", () => {
    const result = loadDataset([
      file("p.json", {
        nodes: [CD, { kind: "material", id: "constructor", label: "Constructor" }],
        edges: [{ kind: "supplies", from: "CD", to: "constructor", share: 0.5 }],
      }),
    ]);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.dataset.nodes.map((n) => n.id)).toEqual(["CD", "constructor"]);
  });

  it("rejects `__proto__` as an id or a field and pollutes nothing", () => {
    const text = '{"nodes": [{"kind": "material", "id": "__proto__", "label": "x", "__proto__": {"polluted": true}}]}';
    const result = loadDataset([{ path: "proto.json", text }]);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.map((i) => i.path)).toEqual(["$.nodes[0].id", "$.nodes[0]"]);
      expect(result.issues[1]!.message).toBe("unknown field '__proto__'");
    }
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });
});
