// Ids that are Object.prototype names (`constructor` is kebab-case, so the schema accepts it)
// must work in every command and export. graphology once kept neighbours in `{}`, where an edge
// into `constructor` "already existed": every graph command exited 2 with a stack trace.
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createGraph } from "../../src/model/graph.ts";
import { only, runIn } from "./helpers.ts";

const DATA = only("proto-ids");
let out: string | undefined;
afterAll(async () => void (out && (await rm(out, { recursive: true, force: true }))));

describe("Object.prototype names as node ids", () => {
  it("a graph takes every such name as a node and an edge end", () => {
    const names = Object.getOwnPropertyNames(Object.prototype);
    expect(names).toContain("constructor");
    const graph = createGraph();
    graph.addNode("hub");
    for (const name of names) {
      graph.addNode(name);
      graph.addDirectedEdge("hub", name);
      graph.addDirectedEdge(name, "hub");
    }
    expect(graph.order).toBe(names.length + 1);
    expect(graph.size).toBe(2 * names.length);
    expect(graph.outNeighbors("hub").sort()).toEqual([...names].sort());
    for (const name of names) {
      expect(graph.hasDirectedEdge("hub", name)).toBe(true);
      expect(graph.hasEdge(name, "hub")).toBe(true);
      expect(graph.inDegree(name)).toBe(1);
    }
    const other = createGraph();
    other.addNode("constructor");
    other.addNode("a");
    expect(other.hasDirectedEdge("a", "constructor")).toBe(false);
    expect(other.areNeighbors("a", "constructor")).toBe(false);
  });

  const commands = [
    ["validate"],
    ["risk", "--json"],
    ["concentration", "--all", "--json"],
    ["concentration", "proto-mined", "--json"],
    ["centrality", "--json"],
    ["partners", "--json"],
    ["scenario", "--cut", "hasownproperty", "--json"],
    ["knockouts", "--json"],
    ["dominators", "--all", "--json"],
    ["crma", "--json"],
    ["explain", "constructor"], ["explain", "hasownproperty"],
    ["explain", "valueof", "--json"],
  ];
  it.each(commands)("%s works on them", async (...args) => {
    const r = await runIn([...args, ...DATA]);
    expect(r.stderr).not.toMatch(/Error|at .*\.ts/);
    expect(r.code).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(0);
  });

  it("the scenario reaches the sector through the company hasownproperty (its only supplier of tostring)", async () => {
    const r = await runIn(["scenario", "--cut", "hasownproperty", "--json", ...DATA]);
    expect(r.stdout).toContain('"valueof"');
    expect(r.stdout).toMatch(/hasownproperty/);
  });

  it.each(["json", "gexf", "graphml", "cypher"])("export --format %s keeps every edge", async (format) => {
    const r = await runIn(["export", "--format", format, ...DATA]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("constructor");
    if (format === "json") expect((JSON.parse(r.stdout) as { edges: unknown[] }).edges).toHaveLength(8);
  });

  it("export --format csv writes both files", async () => {
    out = await mkdtemp(join(tmpdir(), "chokepoint-proto-"));
    const r = await runIn(["export", "--format", "csv", "--out", join(out, "csv"), ...DATA]);
    expect(r.code).toBe(0);
    expect((await readdir(join(out, "csv"))).sort()).toEqual(["edges.csv", "nodes.csv"]);
  });
});
