// The flow layout's columns: depth = longest dependency chain above a node, cycles sharing one
// column, sectors last. (It used to relax depths over a cycle until `order` rounds had passed:
// ~500M steps on a generated 10k graph.)
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/model/graph.ts";
import type { Edge, Node } from "../../src/schema/index.ts";
import { flowLayout } from "../../src/web/layouts/flow.ts";

const node = (kind: Node["kind"], id: string) => ({ kind, id, label: id }) as Node;
const input = (from: string, to: string): Edge => ({ kind: "input", from, to, substitutability: 0 });

describe("flowLayout", () => {
  it("puts a cycle in one column after its supplier and the sector in the last column", () => {
    const graph = buildGraph({
      nodes: [node("country", "CN"), node("material", "a"), node("material", "b"), node("component", "c"), node("sector", "s")],
      edges: [
        { kind: "supplies", from: "CN", to: "a", share: 0.5 },
        input("a", "b"),
        input("b", "a"), // a <-> b: a cycle
        input("b", "c"),
        input("c", "s"),
      ],
    });
    const x = new Map([...flowLayout(graph)].map(([id, p]) => [id, p.x]));
    expect(x.get("a")).toBe(x.get("b"));
    expect(x.get("CN")!).toBeLessThan(x.get("a")!);
    expect(x.get("a")!).toBeLessThan(x.get("c")!);
    expect(x.get("c")!).toBeLessThan(x.get("s")!);
    const columns = new Set(x.values());
    expect(columns.size).toBe(4);
  });
});
