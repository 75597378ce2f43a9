// A large graph's render graph holds the selection's edges only: the edges between shown nodes that
// both light up with the selection, replaced whole when the selection or the filters change.
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/model/graph.ts";
import { focusEdges, syncFocusEdges } from "../../src/web/focus-edges.ts";
import { buildRenderGraph } from "../../src/web/render-graph.ts";
import type { Display } from "../../src/web/sigma-view.ts";
import { analyze } from "../../src/engine/index.ts";

const graph = buildGraph({
  nodes: [
    { kind: "material", id: "ore", label: "Ore" },
    { kind: "material", id: "metal", label: "Metal" },
    { kind: "component", id: "part", label: "Part" },
    { kind: "sector", id: "cars", label: "Cars" },
    { kind: "material", id: "other", label: "Other" },
  ],
  edges: [
    { kind: "input", from: "ore", to: "metal", substitutability: 0 },
    { kind: "input", from: "metal", to: "part", substitutability: 0 },
    { kind: "input", from: "part", to: "cars", substitutability: 0 },
    { kind: "input", from: "other", to: "cars", substitutability: 0 },
  ],
});
const all = new Set(graph.nodes());
const focusOn = (node: string, related: string[], visible = all): Display => ({
  visible,
  focus: { node, related: new Set(related), upstream: new Set() },
  colors: undefined,
});
const pairs = (edges: [string, string, string][]) => edges.map(([, s, t]) => `${s}>${t}`).sort();

describe("focusEdges", () => {
  it("keeps edges whose ends both light up with the selection and are shown", () => {
    expect(focusEdges(graph, { visible: all, focus: undefined, colors: undefined })).toEqual([]);
    expect(pairs(focusEdges(graph, focusOn("metal", ["ore", "part", "cars"])))).toEqual(["metal>part", "ore>metal", "part>cars"]);
    const withoutPart = new Set([...all].filter((n) => n !== "part"));
    expect(pairs(focusEdges(graph, focusOn("metal", ["ore", "part", "cars"], withoutPart)))).toEqual(["ore>metal"]);
  });

  it("replaces the render graph's edges", () => {
    const render = buildRenderGraph(graph, analyze(graph), new Map());
    syncFocusEdges(render, graph, focusOn("cars", ["part", "other"]));
    expect(render.mapEdges((_e, _a, s, t) => `${s}>${t}`).sort()).toEqual(["other>cars", "part>cars"]);
    syncFocusEdges(render, graph, { visible: all, focus: undefined, colors: undefined });
    expect(render.size).toBe(0);
  });
});
