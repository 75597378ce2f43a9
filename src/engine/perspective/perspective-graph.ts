// The graph seen from one importer: for every node the importer has sourcing entries for, its
// supplies edges are replaced by one edge per sourcing country with the importer's share. Every
// existing metric (concentration, partners, CRMA, scenarios, knock-outs, ranking) then runs on it
// unchanged, so "cut JP, seen from KR" cuts Japan's share of what Korea sources, and world shares
// still stand where Korea's sourcing is not in the data. The input graph is never modified.
import type { ChokepointGraph } from "../../model/graph.ts";
import { edgeKey } from "../../model/graph.ts";
import type { SuppliesEdge } from "../../schema/edges.ts";
import { checkPerspective, SOURCED_NODES, sourcingOf, WORLD, type Perspective } from "./supply-mix.ts";
import { layersOf } from "../../model/layers.ts";

export interface PerspectiveInfo {
  perspective: Perspective;
  /** Nodes whose supply mix is the importer's sourcing; every other node keeps world shares. */
  sourced: string[];
  /** The same as a set, for lookups. */
  sourcedSet: ReadonlySet<string>;
}

const CACHE = new WeakMap<ChokepointGraph, Map<Perspective, ChokepointGraph>>();
const INFO = new WeakMap<ChokepointGraph, PerspectiveInfo>();

/** The graph under `perspective` (the graph itself for "world"); built once per graph and perspective. */
export function perspectiveGraph(graph: ChokepointGraph, perspective: Perspective = WORLD): ChokepointGraph {
  if (perspective === WORLD) return graph;
  checkPerspective(graph, perspective);
  const byPerspective = CACHE.get(graph) ?? new Map<Perspective, ChokepointGraph>();
  CACHE.set(graph, byPerspective);
  const cached = byPerspective.get(perspective);
  if (cached) return cached;
  const view = graph.copy() as ChokepointGraph;
  const sourced = [...new Set(layersOf(graph).sourcing.filter((e) => e.importer === perspective).map((e) => e.node))]
    .filter((node) => view.hasNode(node))
    .sort();
  for (const node of sourced) {
    for (const edge of view.inEdges(node)) {
      if (view.getEdgeAttribute(edge, "kind") === "supplies") view.dropEdge(edge);
    }
    for (const e of sourcingOf(graph, perspective, node)) {
      if (!view.hasNode(e.from)) continue;
      const attrs: SuppliesEdge = {
        kind: "supplies", from: e.from, to: node, share: e.share, basis: e.basis, year: e.year, source: e.source, grade: e.grade,
        ...(e.low !== undefined ? { low: e.low } : {}),
        ...(e.high !== undefined ? { high: e.high } : {}),
        note: `${perspective} sourcing share (perspective ${perspective})`,
      };
      view.addDirectedEdgeWithKey(edgeKey(e.from, node), e.from, node, attrs);
    }
  }
  INFO.set(view, { perspective, sourced, sourcedSet: new Set(sourced) });
  SOURCED_NODES.set(view, { perspective, sourced: new Set(sourced) });
  byPerspective.set(perspective, view);
  return view;
}

/** What perspective a graph was built for, and which nodes use sourcing shares ("world", none, for any other graph). */
export function perspectiveInfo(graph: ChokepointGraph): PerspectiveInfo {
  return INFO.get(graph) ?? { perspective: WORLD, sourced: [], sourcedSet: new Set() };
}

/** "sourcing" when the node's supply mix in this (perspective) graph is the importer's, else "world". */
export function mixUsed(graph: ChokepointGraph, node: string): "sourcing" | "world" {
  return perspectiveInfo(graph).sourcedSet.has(node) ? "sourcing" : "world";
}
