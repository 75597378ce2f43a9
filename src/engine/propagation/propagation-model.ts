// Builds the propagation index (propagation.ts) from the compact view in typed arrays: at 100k
// nodes the first version, with per-node lists of objects filled from graphology, took a second.
// Entries keep the order the rule sums them in: edge order for hosts and inputs, resolvedShares
// order for supplies.
import type { ChokepointGraph } from "../../model/graph.ts";
import { NODE_KINDS, type NodeKind } from "../../schema/nodes.ts";
import type { Edge } from "../../schema/edges.ts";
import { compactGraph, EDGE_CODE, type CompactGraph } from "../structure/index.ts";
import { resolvedShares } from "../metrics/index.ts";

export interface PropagationModel {
  ids: string[];
  index: Map<string, number>;
  kinds: NodeKind[];
  /** Sweep order: dependencies before dependents (DFS post-order; cycles broken where entered). */
  order: Int32Array;
  /** Hosts (located_in targets of a company, operators of a constellation): hostFrom[hostStart[v]..hostStart[v+1]]. */
  hostStart: Int32Array;
  hostFrom: Int32Array;
  /** Supplies edges into v with resolved shares (unlisted ones split the remainder equally). */
  supStart: Int32Array;
  supFrom: Int32Array;
  supShare: Float64Array;
  /**
   * Input edges into v, with keep = dependence x (1 - substitutability): the part of an input's
   * loss that passes on (dependence absent = 1, so keep is then exactly 1 - substitutability).
   */
  inStart: Int32Array;
  inFrom: Int32Array;
  inKeep: Float64Array;
  /** Sector node indices, in id order. */
  sectors: Int32Array;
}

/** Builds the propagation index of a graph. Cost O(nodes + edges). */
export function buildPropagationModel(graph: ChokepointGraph): PropagationModel {
  const view = compactGraph(graph);
  const edges: Edge[] = [];
  graph.forEachEdge((_key, attrs) => void edges.push(attrs));
  // resolvedShares follows graphology's neighbour order, not the view's, when an id is an array index.
  const shares = view.indexLikeIds ? (id: string) => resolvedShares(graph, id) : undefined;
  return modelFromView(view, (j) => edges[j], shares);
}

/**
 * The propagation index from a compact view and its edges by position in the view's edge order (inEdge; an
 * edge may be undefined when it has no `dependence`):
 * the graph path above and the dataset path (compact-scale.ts) share it. `sharesOf`, when given,
 * resolves the shares of a supplied node instead of the view's row.
 */
export function modelFromView(view: CompactGraph, edgeAt: (j: number) => Edge | undefined, sharesOf?: (id: string) => { id: string; share: number }[]): PropagationModel {
  const n = view.order;
  const ids = view.ids.slice().sort();
  const index = new Map<string, number>();
  for (let v = 0; v < n; v++) index.set(ids[v]!, v);
  const toModel = new Int32Array(n); // compact index -> model index
  const toView = new Int32Array(n);
  for (let c = 0; c < n; c++) {
    const v = index.get(view.ids[c]!)!;
    toModel[c] = v;
    toView[v] = c;
  }
  const kinds = Array.from(toView, (c) => NODE_KINDS[view.kinds[c]!]!);

  const hostStart = new Int32Array(n + 1);
  for (let v = 0; v < n; v++) hostStart[v + 1] = hostStart[v]! + view.hostStart[toView[v]! + 1]! - view.hostStart[toView[v]!]!;
  const hostFrom = new Int32Array(hostStart[n]!);
  for (let v = 0, w = 0; v < n; v++) {
    const c = toView[v]!;
    for (let k = view.hostStart[c]!; k < view.hostStart[c + 1]!; k++) hostFrom[w++] = toModel[view.hostOf[k]!]!;
  }

  const SUPPLIES = EDGE_CODE.supplies;
  const INPUT = EDGE_CODE.input;
  const supStart = new Int32Array(n + 1);
  const inStart = new Int32Array(n + 1);
  for (let v = 0; v < n; v++) {
    const c = toView[v]!;
    let sups = 0;
    let ins = 0;
    for (let k = view.inStart[c]!; k < view.inStart[c + 1]!; k++) {
      if (view.inKind[k] === SUPPLIES) sups++;
      else if (view.inKind[k] === INPUT) ins++;
    }
    supStart[v + 1] = supStart[v]! + sups;
    inStart[v + 1] = inStart[v]! + ins;
  }
  const supFrom = new Int32Array(supStart[n]!);
  const supShare = new Float64Array(supStart[n]!);
  const inFrom = new Int32Array(inStart[n]!);
  const inKeep = new Float64Array(inStart[n]!);
  for (let v = 0; v < n; v++) {
    const c = toView[v]!;
    if (sharesOf && supStart[v + 1]! > supStart[v]!) {
      let w = supStart[v]!;
      for (const { id, share } of sharesOf(ids[v]!)) (supFrom[w] = index.get(id)!), (supShare[w++] = share);
    } else {
      // resolvedShares on the view's row, without its objects: the same sums in the same order.
      let listedSum = 0;
      let unlisted = 0;
      for (let k = view.inStart[c]!; k < view.inStart[c + 1]!; k++) {
        if (view.inKind[k] !== SUPPLIES) continue;
        const share = view.inValue[k]!;
        if (Number.isNaN(share)) unlisted++;
        else listedSum += share;
      }
      const split = unlisted > 0 ? Math.max(0, 1 - listedSum) / unlisted : 0;
      let w = supStart[v]!;
      for (let k = view.inStart[c]!; k < view.inStart[c + 1]!; k++) {
        if (view.inKind[k] !== SUPPLIES) continue;
        const share = view.inValue[k]!;
        supFrom[w] = toModel[view.inFrom[k]!]!;
        supShare[w++] = Number.isNaN(share) ? split : share;
      }
    }
    let w = inStart[v]!;
    for (let k = view.inStart[c]!; k < view.inStart[c + 1]!; k++) {
      if (view.inKind[k] !== INPUT) continue;
      inFrom[w] = toModel[view.inFrom[k]!]!;
      // keep = dependence x (1 - substitutability); edges without `dependence` keep 1 - s exactly.
      const edge = edgeAt(view.inEdge[k]!);
      const dependence = edge?.kind === "input" ? edge.dependence : undefined;
      inKeep[w++] = dependence !== undefined ? dependence * (1 - view.inValue[k]!) : 1 - view.inValue[k]!;
    }
  }
  const sectorCount = kinds.reduce((s, k) => s + (k === "sector" ? 1 : 0), 0);
  const sectors = new Int32Array(sectorCount);
  for (let v = 0, w = 0; v < n; v++) if (kinds[v] === "sector") sectors[w++] = v;
  const model: PropagationModel = {
    ids, index, kinds, order: new Int32Array(0),
    hostStart, hostFrom, supStart, supFrom, supShare, inStart, inFrom, inKeep, sectors,
  };
  model.order = sweepOrder(model);
  return model;
}

/**
 * Iterative DFS post-order over dependencies (hosts, then suppliers, then inputs, as listed), so in
 * a DAG one sweep computes every final value.
 */
function sweepOrder(m: PropagationModel): Int32Array {
  const n = m.ids.length;
  const state = new Uint8Array(n); // 0 new, 1 on stack, 2 done
  const order = new Int32Array(n);
  const stack = new Int32Array(n);
  const next = new Int32Array(n); // the next upstream entry of each node on the stack
  let filled = 0;
  const hostCount = (v: number) => m.hostStart[v + 1]! - m.hostStart[v]!;
  const supCount = (v: number) => m.supStart[v + 1]! - m.supStart[v]!;
  const upCount = (v: number) => hostCount(v) + supCount(v) + m.inStart[v + 1]! - m.inStart[v]!;
  const upAt = (v: number, i: number) => {
    const h = hostCount(v);
    if (i < h) return m.hostFrom[m.hostStart[v]! + i]!;
    const s = supCount(v);
    if (i < h + s) return m.supFrom[m.supStart[v]! + i - h]!;
    return m.inFrom[m.inStart[v]! + i - h - s]!;
  };
  for (let root = 0; root < n; root++) {
    if (state[root] !== 0) continue;
    let top = 0;
    stack[0] = root;
    next[root] = 0;
    state[root] = 1;
    while (top >= 0) {
      const v = stack[top]!;
      if (next[v]! < upCount(v)) {
        const u = upAt(v, next[v]!++);
        if (state[u] === 0) {
          state[u] = 1;
          next[u] = 0;
          stack[++top] = u;
        }
      } else {
        state[v] = 2;
        order[filled++] = v;
        top--;
      }
    }
  }
  return order;
}
