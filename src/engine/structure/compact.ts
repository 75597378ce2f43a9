// A compact typed-array view of the graph (CSR: offsets + targets), built once per graph and shared
// by PageRank, betweenness, scenarios and knock-outs. Indices follow the graph's node order.
// The cache is keyed by the graph object and checked against its order and size; the engine never
// mutates a graph, but a caller who edits attributes (a share, a substitutability) in place must
// call `compactGraph(graph, { fresh: true })` or build a new graph: the cache cannot see that.
import type { ChokepointGraph } from "../../model/graph.ts";
import { EDGE_KINDS, type Edge, type EdgeKind } from "../../schema/edges.ts";
import { NODE_KINDS, type NodeKind } from "../../schema/nodes.ts";

export interface CompactGraph {
  /** Nodes and data edges when built (the cache check). */
  order: number;
  size: number;
  ids: string[];
  index: Map<string, number>;
  /** NODE_KINDS index of each node. */
  kinds: Uint8Array;
  /**
   * The dependency relation (supplies, input, operates as they are; located_in turned around),
   * deduplicated. `down`: v -> the nodes that depend on v, in downTo[downStart[v]..downStart[v+1]].
   * `up`: v -> the nodes v depends on (the reversed dependency graph PageRank runs on).
   */
  downStart: Int32Array;
  downTo: Int32Array;
  upStart: Int32Array;
  upTo: Int32Array;
  /** Data edges by target: edge j has source inFrom[j], kind EDGE_KINDS[inKind[j]], for target v in inStart[v]..inStart[v+1]. */
  inStart: Int32Array;
  inFrom: Int32Array;
  inKind: Uint8Array;
  /** supplies: the listed share, NaN when unlisted; input: the substitutability; else NaN. */
  inValue: Float64Array;
  /** supplies: the node index of the edge's production `site` (a country), -1 when it names none. */
  inSite: Int32Array;
  /** The position of the row's edge in edge order (graph.forEachEdge, or the dataset's edge list). */
  inEdge: Int32Array;
  /**
   * Hosts of each node: the targets of its located_in edges and the sources of its operates edges,
   * in edge order (the propagation rule's order; model/queries hostsOf lists the located_in ones
   * first, which differs only for a node with both): hostOf[hostStart[v]..hostStart[v+1]].
   */
  hostStart: Int32Array;
  hostOf: Int32Array;
  /**
   * Some node id is an array index ("2024"). graphology keeps neighbours in objects keyed by id,
   * which list such keys first, so its per-node neighbour order then differs from edge order (the
   * order of the rows above). Code that must sum in graphology's order checks this.
   */
  indexLikeIds: boolean;
}

export const KIND_CODE = Object.fromEntries(NODE_KINDS.map((k, i) => [k, i])) as Record<NodeKind, number>;
export const EDGE_CODE = Object.fromEntries(EDGE_KINDS.map((k, i) => [k, i])) as Record<EdgeKind, number>;

const CACHE = new WeakMap<ChokepointGraph, CompactGraph>();

/** The compact view of `graph`, from the cache when the graph still has the same order and size. */
export function compactGraph(graph: ChokepointGraph, options: { fresh?: boolean } = {}): CompactGraph {
  const cached = CACHE.get(graph);
  if (cached && !options.fresh && cached.order === graph.order && cached.size === graph.size) return cached;
  const built = buildCompactGraph(graph);
  CACHE.set(graph, built);
  return built;
}

/** Builds the view without the cache. Cost O(nodes + edges). */
export function buildCompactGraph(graph: ChokepointGraph): CompactGraph {
  const ids = graph.nodes();
  return compactFrom(ids, (v) => KIND_CODE[graph.getNodeAttribute(ids[v]!, "kind")], graph.size, (index, put) =>
    graph.forEachEdge((_key, attrs, source, target) => put(index.get(source)!, index.get(target)!, attrs)),
  );
}

/** Where one data edge goes in the view: its ends as node indices, and its attributes. */
export type PutEdge = (from: number, to: number, attrs: Edge) => void;

/**
 * The view from node ids, their kinds and the edges in order (`forEachEdge` calls `put` once per
 * edge): shared by the graphology build above and compactFromDataset, so both lay out the same arrays.
 */
export function compactFrom(
  ids: string[],
  kindOf: (v: number) => number,
  m: number,
  forEachEdge: (index: Map<string, number>, put: PutEdge) => void,
  /** ids[v] -> v already built by the caller (the loader's), taken as the view's index. */
  known?: Map<string, number>,
): CompactGraph {
  const n = ids.length;
  const index = known ?? new Map<string, number>();
  const kinds = new Uint8Array(n);
  let indexLikeIds = false;
  for (let v = 0; v < n; v++) {
    if (!known) index.set(ids[v]!, v);
    kinds[v] = kindOf(v);
    if (!indexLikeIds && isArrayIndex(ids[v]!)) indexLikeIds = true;
  }
  // One pass over the edges into flat arrays, then counting sorts into the CSR layouts.
  const src = new Int32Array(m);
  const dst = new Int32Array(m);
  const kind = new Uint8Array(m);
  const value = new Float64Array(m);
  const site = new Int32Array(m).fill(-1);
  let e = 0;
  forEachEdge(index, (from, to, attrs) => {
    src[e] = from;
    dst[e] = to;
    kind[e] = EDGE_CODE[attrs.kind];
    value[e] = attrs.kind === "supplies" ? (attrs.share ?? NaN) : attrs.kind === "input" ? attrs.substitutability : NaN;
    if (attrs.kind === "supplies" && attrs.site !== undefined) site[e] = index.get(attrs.site) ?? -1;
    e++;
  });
  const inStart = new Int32Array(n + 1);
  for (let j = 0; j < m; j++) inStart[dst[j]! + 1]!++;
  for (let v = 0; v < n; v++) inStart[v + 1]! += inStart[v]!;
  const fill = inStart.slice(0, n);
  const inFrom = new Int32Array(m);
  const inKind = new Uint8Array(m);
  const inValue = new Float64Array(m);
  const inSite = new Int32Array(m);
  const inEdge = new Int32Array(m);
  for (let j = 0; j < m; j++) {
    const k = fill[dst[j]!]!++;
    inFrom[k] = src[j]!;
    inKind[k] = kind[j]!;
    inValue[k] = value[j]!;
    inSite[k] = site[j]!;
    inEdge[k] = j;
  }
  // Dependency pairs: located_in turned around.
  const LOCATED = EDGE_CODE.located_in;
  const depFrom = new Int32Array(m);
  const depTo = new Int32Array(m);
  for (let j = 0; j < m; j++) {
    const flip = kind[j] === LOCATED;
    depFrom[j] = flip ? dst[j]! : src[j]!;
    depTo[j] = flip ? src[j]! : dst[j]!;
  }
  const OPERATES = EDGE_CODE.operates;
  const hostStart = new Int32Array(n + 1);
  for (let j = 0; j < m; j++) {
    if (kind[j] === LOCATED) hostStart[src[j]! + 1]!++;
    else if (kind[j] === OPERATES) hostStart[dst[j]! + 1]!++;
  }
  for (let v = 0; v < n; v++) hostStart[v + 1]! += hostStart[v]!;
  const hostFill = hostStart.slice(0, n);
  const hostOf = new Int32Array(hostStart[n]!);
  for (let j = 0; j < m; j++) {
    if (kind[j] === LOCATED) hostOf[hostFill[src[j]!]!++] = dst[j]!;
    else if (kind[j] === OPERATES) hostOf[hostFill[dst[j]!]!++] = src[j]!;
  }
  const [downStart, downTo] = csr(n, depFrom, depTo);
  const [upStart, upTo] = csr(n, depTo, depFrom);
  return { order: n, size: m, ids, index, kinds, downStart, downTo, upStart, upTo, inStart, inFrom, inKind, inValue, inSite, inEdge, hostStart, hostOf, indexLikeIds };
}

/** An array index as JavaScript objects order keys: "0".."4294967294" without leading zeros. */
export const isArrayIndex = (id: string) => /^(?:0|[1-9]\d{0,9})$/.test(id) && Number(id) < 4294967295;

/** CSR of pairs (from[j] -> to[j]), keeping pair order within a row and dropping repeated pairs. */
export function csr(n: number, from: Int32Array, to: Int32Array): [Int32Array, Int32Array] {
  const m = from.length;
  const start = new Int32Array(n + 1);
  for (let j = 0; j < m; j++) start[from[j]! + 1]!++;
  for (let v = 0; v < n; v++) start[v + 1]! += start[v]!;
  const fill = start.slice(0, n);
  const targets = new Int32Array(m);
  for (let j = 0; j < m; j++) targets[fill[from[j]!]!++] = to[j]!;
  // Drop repeats (possible only in graphs built outside the loader): a stamp per row.
  const stamp = new Int32Array(n).fill(-1);
  const outStart = new Int32Array(n + 1);
  let w = 0;
  for (let v = 0; v < n; v++) {
    const end = start[v + 1]!;
    for (let k = start[v]!; k < end; k++) {
      const t = targets[k]!;
      if (stamp[t] === v) continue;
      stamp[t] = v;
      targets[w++] = t;
    }
    outStart[v + 1] = w;
  }
  return [outStart, w === m ? targets : targets.slice(0, w)];
}
