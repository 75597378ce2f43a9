// The typed-array dominator tree = the string-keyed original, on generated and random graphs.
import { describe, expect, it } from "vitest";
import { dominatorTree } from "../../src/engine/structure/dominators.ts";
import { dominatorTreeReference } from "./reference/dominators.ts";
import { generatedGraph } from "./_generated.ts";
import { randomGraph } from "./_graphs.ts";

describe("dominatorTree on the compact view", () => {
  it("equals the original on the generated 1k graph, entry order included", () => {
    const graph = generatedGraph(1000, 11);
    const fast = dominatorTree(graph).idom;
    const slow = dominatorTreeReference(graph).idom;
    expect([...fast]).toEqual([...slow]);
    expect(fast.size).toBeGreaterThan(900);
  });

  it("equals the original on random graphs", () => {
    for (let seed = 1; seed <= 60; seed++) {
      const graph = randomGraph(seed);
      expect([...dominatorTree(graph).idom]).toEqual([...dominatorTreeReference(graph).idom]);
    }
  });
});
