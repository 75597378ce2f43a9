// Commodity cuts: one supplier withholds one material across all its stages ("China, rare earths":
// mined and separated), written as the engine's edge cuts, one per stage the supplier (or a company
// located in it) supplies. The supplier stays available for everything else.
import type { ChokepointGraph } from "../model/graph.ts";
import { compareIds } from "./metrics/index.ts";
import { memoHostsOf } from "./metrics/index.ts";
import { suggest, type ScenarioCut } from "./propagation/index.ts";

/** `from` withholds every stage of `material` (the `material` attribute of material nodes). */
export interface CommodityCut {
  commodity: { from: string; material: string };
  severity: number;
}

export type AnyCut = ScenarioCut | CommodityCut;

const PREFIX = "chokepoint scenario:";

/** Material nodes of one material, upstream stages first (a stage that feeds another comes before it). */
export function materialStages(graph: ChokepointGraph, material: string): string[] {
  const stages = graph.filterNodes((_n, a) => a.kind === "material" && (a.material ?? _n) === material);
  const set = new Set(stages);
  // Stages of one material form a short chain: rank each by how many of its stages lie upstream.
  const above = (node: string, seen = new Set<string>()): number => {
    let count = 0;
    graph.forEachInEdge(node, (_e, attrs, source) => {
      if (attrs.kind === "input" && set.has(source) && !seen.has(source)) {
        seen.add(source);
        count += 1 + above(source, seen);
      }
    });
    return count;
  };
  return stages.map((s) => ({ s, rank: above(s) })).sort((x, y) => x.rank - y.rank || compareIds(x.s, y.s)).map((x) => x.s);
}

/** Every material name in the graph (the `material` attribute, else the node id), sorted. */
export function materialNames(graph: ChokepointGraph): string[] {
  const names = new Set<string>();
  graph.forEachNode((n, a) => {
    if (a.kind === "material") names.add(a.material ?? n);
  });
  return [...names].sort(compareIds);
}

/** The stages of `material` that `from` supplies, directly or through a company located in it. */
export function suppliedStages(graph: ChokepointGraph, from: string, material: string): string[] {
  const isCountry = graph.getNodeAttribute(from, "kind") === "country";
  return materialStages(graph, material).filter((stage) =>
    graph.someInEdge(stage, (_e, attrs, source) =>
      attrs.kind === "supplies" && (source === from || (isCountry && memoHostsOf(graph, source).includes(from))),
    ),
  );
}

/** One commodity cut as edge cuts. Throws "chokepoint scenario: ..." naming what to write instead. */
export function commodityCuts(graph: ChokepointGraph, cut: CommodityCut): ScenarioCut[] {
  const { from, material } = cut.commodity;
  if (!graph.hasNode(from)) throw new Error(`${PREFIX} no node "${from}" in the graph; ${suggest(graph, from)}`);
  if (materialStages(graph, material).length === 0) {
    const names = materialNames(graph);
    throw new Error(`${PREFIX} no material "${material}" in the graph; materials are ${names.slice(0, 12).join(", ")}${names.length > 12 ? ", ..." : ""}`);
  }
  const stages = suppliedStages(graph, from, material);
  if (stages.length === 0) throw new Error(`${PREFIX} ${from} supplies no stage of ${material} (${materialStages(graph, material).join(", ")})`);
  return stages.map((to) => ({ edge: { from, to }, severity: cut.severity }));
}

/** Node, edge and commodity cuts as the node and edge cuts runScenario takes. */
export function expandCuts(graph: ChokepointGraph, cuts: readonly AnyCut[]): ScenarioCut[] {
  return cuts.flatMap((c) => ("commodity" in c ? commodityCuts(graph, c) : [c]));
}
