// The generator: deterministic per seed, valid for the real loader, shares <= 1, cycles, sizes.
import { describe, expect, it } from "vitest";
import { generateNetwork, networkToSources } from "../../src/gen/index.ts";
import { loadDataset } from "../../src/load/index.ts";
import { buildGraph, forEachDependency, type ChokepointGraph } from "../../src/model/index.ts";
import { ISO_3166_ALPHA2 } from "../../src/schema/index.ts";

const load = (nodes: number, seed = 1) => {
  const network = generateNetwork({ nodes, seed });
  const result = loadDataset(networkToSources(network));
  if (!result.ok) throw new Error(result.issues.slice(0, 5).map((i) => `${i.file} ${i.path}: ${i.message}`).join("\n"));
  return { network, graph: buildGraph(result.dataset) };
};

/** Is there a directed cycle in the dependency relation? Iterative three-colour DFS. */
function hasDependencyCycle(graph: ChokepointGraph): boolean {
  const down = new Map<string, string[]>(graph.mapNodes((n) => [n, []]));
  forEachDependency(graph, (from, to) => down.get(from)!.push(to));
  const colour = new Map<string, number>();
  for (const root of graph.nodes()) {
    if (colour.has(root)) continue;
    const stack: [string, number][] = [[root, 0]];
    colour.set(root, 1);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const next = down.get(top[0])![top[1]++];
      if (next === undefined) {
        colour.set(top[0], 2);
        stack.pop();
      } else if (colour.get(next) === 1) return true;
      else if (!colour.has(next)) {
        colour.set(next, 1);
        stack.push([next, 0]);
      }
    }
  }
  return false;
}

describe("generateNetwork", () => {
  it("is deterministic for a seed and differs across seeds", () => {
    const a = JSON.stringify(generateNetwork({ nodes: 600, seed: 42 }).files);
    const b = JSON.stringify(generateNetwork({ nodes: 600, seed: 42 }).files);
    const c = JSON.stringify(generateNetwork({ nodes: 600, seed: 43 }).files);
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  it("writes files the real loader accepts, with the size asked and about 5 edges per node", () => {
    const { network, graph } = load(1000);
    expect(graph.order).toBe(1000);
    expect(network.nodes).toBe(1000);
    expect(graph.size).toBe(network.edges);
    expect(graph.size / graph.order).toBeGreaterThan(4.5);
    expect(graph.size / graph.order).toBeLessThan(5.5);
    expect(network.files.length).toBeGreaterThanOrEqual(5);
    expect(network.counts.country).toBe(200);
    for (const kind of ["company", "material", "component", "sector"] as const) expect(network.counts[kind]).toBeGreaterThan(10);
    graph.forEachNode((id, attrs) => {
      if (attrs.kind === "country") expect(ISO_3166_ALPHA2.has(id)).toBe(true);
    });
  });

  it("keeps the listed shares of each node's suppliers at or under 1, with some suppliers unlisted", () => {
    const { graph } = load(1000, 3);
    const sums = new Map<string, number>();
    let unlisted = 0;
    graph.forEachEdge((_k, attrs) => {
      if (attrs.kind !== "supplies") return;
      if (attrs.share === undefined) unlisted++;
      else sums.set(attrs.to, (sums.get(attrs.to) ?? 0) + attrs.share);
    });
    expect(sums.size).toBeGreaterThan(100);
    expect(Math.max(...sums.values())).toBeLessThanOrEqual(1);
    expect(unlisted).toBeGreaterThan(0);
  });

  it("has cycles in the dependency relation, from input edges back to a lower tier", () => {
    const { network, graph } = load(1000, 5);
    expect(network.backEdges).toBeGreaterThan(0);
    expect(hasDependencyCycle(graph)).toBe(true);
    const acyclic = generateNetwork({ nodes: 1000, seed: 5, cycleRate: 0 });
    const loaded = loadDataset(networkToSources(acyclic));
    expect(loaded.ok && hasDependencyCycle(buildGraph(loaded.dataset))).toBe(false);
  });

  it("has a power-law fan-out: a few suppliers serve many nodes", () => {
    const { graph } = load(2000, 9);
    const outSupplies = graph.mapNodes((n) => graph.outEdges(n).filter((e) => graph.getEdgeAttribute(e, "kind") === "supplies").length);
    outSupplies.sort((a, b) => b - a);
    const mean = outSupplies.reduce((s, x) => s + x, 0) / outSupplies.length;
    expect(outSupplies[0]!).toBeGreaterThan(10 * mean);
  });

  it("leaves out omitted countries and prefixes every other id, so it loads on top of other files", () => {
    const network = generateNetwork({ nodes: 500, seed: 2, omitCountries: ["CN", "US"], idPrefix: "gen" });
    const defined = network.files.flatMap((f) => f.data.nodes.map((n) => n.id));
    expect(defined).not.toContain("CN");
    const others = defined.filter((id) => id.length > 2);
    expect(others.every((id) => id.startsWith("gen-"))).toBe(true);
    const extra = { path: "base.json", text: JSON.stringify({ nodes: ["CN", "US"].map((id) => ({ kind: "country", id, label: id })) }) };
    const result = loadDataset([extra, ...networkToSources(network)]);
    expect(result.ok).toBe(true);
  });

  it("splits large kinds over several files", () => {
    const network = generateNetwork({ nodes: 3000, seed: 1, maxNodesPerFile: 500 });
    expect(network.files.map((f) => f.name)).toContain("components-02.json");
    expect(network.files.every((f) => f.data.nodes.length <= 500)).toBe(true);
  });
});
