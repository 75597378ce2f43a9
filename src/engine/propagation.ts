// The disruption propagation of DOMAIN.md on a compact index of the graph (flat arrays, CSR style),
// built once and shared by a scenario's sweeps and by every knock-out. Pure: reads the graph once,
// never writes it. Issue 7 will swap these arrays for typed ones without changing any caller.
import type { ChokepointGraph } from "../model/graph.ts";
import type { NodeKind } from "../schema/nodes.ts";
import { resolvedShares } from "./concentration.ts";

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
  /** Input edges into v, with keep = 1 - substitutability: the part of an input's loss that passes on. */
  inStart: Int32Array;
  inFrom: Int32Array;
  inKeep: Float64Array;
  /** Sector node indices, in id order. */
  sectors: Int32Array;
}

/** Builds the propagation index of a graph. Cost O(nodes + edges). */
export function buildPropagationModel(graph: ChokepointGraph): PropagationModel {
  const ids = graph.nodes().sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  const n = ids.length;
  const kinds = ids.map((id) => graph.getNodeAttribute(id, "kind"));
  const hosts: number[][] = ids.map(() => []);
  const sups: { from: number; share: number }[][] = ids.map(() => []);
  const ins: { from: number; keep: number }[][] = ids.map(() => []);
  graph.forEachEdge((_key, attrs, source, target) => {
    const s = index.get(source)!;
    const t = index.get(target)!;
    if (attrs.kind === "located_in") hosts[s]!.push(t);
    else if (attrs.kind === "operates") hosts[t]!.push(s);
    else if (attrs.kind === "input") ins[t]!.push({ from: s, keep: 1 - attrs.substitutability });
  });
  ids.forEach((id, v) => {
    for (const { id: from, share } of resolvedShares(graph, id)) sups[v]!.push({ from: index.get(from)!, share });
  });
  const csr = <T>(lists: T[][], fields: ((x: T) => number)[], arrays: (Int32Array | Float64Array)[]) => {
    const start = new Int32Array(n + 1);
    for (let v = 0; v < n; v++) start[v + 1] = start[v]! + lists[v]!.length;
    let k = 0;
    for (const list of lists) for (const item of list) fields.forEach((f, j) => (arrays[j]![k] = f(item))), k++;
    return start;
  };
  const hostCount = hosts.reduce((s, l) => s + l.length, 0);
  const supCount = sups.reduce((s, l) => s + l.length, 0);
  const inCount = ins.reduce((s, l) => s + l.length, 0);
  const hostFrom = new Int32Array(hostCount);
  const supFrom = new Int32Array(supCount);
  const supShare = new Float64Array(supCount);
  const inFrom = new Int32Array(inCount);
  const inKeep = new Float64Array(inCount);
  const hostStart = csr(hosts, [(x) => x], [hostFrom]);
  const supStart = csr(sups, [(x) => x.from, (x) => x.share], [supFrom, supShare]);
  const inStart = csr(ins, [(x) => x.from, (x) => x.keep], [inFrom, inKeep]);
  const model: PropagationModel = {
    ids, index, kinds, order: new Int32Array(0),
    hostStart, hostFrom, supStart, supFrom, supShare, inStart, inFrom, inKeep,
    sectors: Int32Array.from(ids.flatMap((_id, v) => (kinds[v] === "sector" ? [v] : []))),
  };
  model.order = sweepOrder(model);
  return model;
}

/** Calls back with every node v depends on (hosts, suppliers, inputs). */
export function forEachUpstream(m: PropagationModel, v: number, callback: (u: number) => void): void {
  for (let k = m.hostStart[v]!; k < m.hostStart[v + 1]!; k++) callback(m.hostFrom[k]!);
  for (let k = m.supStart[v]!; k < m.supStart[v + 1]!; k++) callback(m.supFrom[k]!);
  for (let k = m.inStart[v]!; k < m.inStart[v + 1]!; k++) callback(m.inFrom[k]!);
}

/** Iterative DFS post-order over dependencies, so in a DAG one sweep computes every final value. */
function sweepOrder(m: PropagationModel): Int32Array {
  const n = m.ids.length;
  const state = new Uint8Array(n); // 0 new, 1 on stack, 2 done
  const order = new Int32Array(n);
  let filled = 0;
  const stack: { v: number; ups: number[]; next: number }[] = [];
  const upsOf = (v: number) => {
    const ups: number[] = [];
    forEachUpstream(m, v, (u) => ups.push(u));
    return ups;
  };
  for (let root = 0; root < n; root++) {
    if (state[root] !== 0) continue;
    state[root] = 1;
    stack.push({ v: root, ups: upsOf(root), next: 0 });
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      if (top.next < top.ups.length) {
        const u = top.ups[top.next++]!;
        if (state[u] === 0) {
          state[u] = 1;
          stack.push({ v: u, ups: upsOf(u), next: 0 });
        }
      } else {
        state[top.v] = 2;
        order[filled++] = top.v;
        stack.pop();
      }
    }
  }
  return order;
}

export interface PropagationRun {
  iterations: number;
  converged: boolean;
  /** Largest change of any availability in the last sweep. */
  maxDelta: number;
}

/**
 * Runs the propagation to a fixed point, in place on `a` (which it first sets to `own`).
 * `own[v]` is 1 - severity for cut nodes and 1 elsewhere; `supKeep[k]` (1 - severity of an edge
 * cut, 1 when not cut) scales supplies entry k. Rules (DOMAIN.md):
 *   a(v) = min(own, mean of a(host) over hosts, supply, inputs), where
 *   supply = 1 - sum_k share_k x (1 - a(supplier_k) x supKeep_k)  (the rest of world stays at 1),
 *   inputs = min_j (1 - keep_j x (1 - a(input_j)))  with keep = 1 - substitutability.
 * A term is 1 when the node has no such edges. Starting from `own` (an upper bound) every update
 * can only lower a value, so the Gauss-Seidel sweeps decrease monotonically to the greatest fixed
 * point; they stop when no value moved by `tolerance` or more, or after `maxIterations` sweeps.
 * A node with several hosts is split between them equally, as concentration folds it.
 */
export function propagate(
  m: PropagationModel,
  own: Float64Array,
  supKeep: Float64Array | undefined,
  a: Float64Array,
  tolerance: number,
  maxIterations: number,
): PropagationRun {
  a.set(own);
  const { order, hostStart, hostFrom, supStart, supFrom, supShare, inStart, inFrom, inKeep } = m;
  let iterations = 0;
  let maxDelta = Infinity;
  while (iterations < maxIterations) {
    iterations++;
    maxDelta = 0;
    for (let i = 0; i < order.length; i++) {
      const v = order[i]!;
      let x = own[v]!;
      const h0 = hostStart[v]!;
      const h1 = hostStart[v + 1]!;
      if (h1 > h0) {
        let sum = 0;
        for (let k = h0; k < h1; k++) sum += a[hostFrom[k]!]!;
        x = Math.min(x, sum / (h1 - h0));
      }
      const s1 = supStart[v + 1]!;
      let lost = 0;
      for (let k = supStart[v]!; k < s1; k++) lost += supShare[k]! * (1 - a[supFrom[k]!]! * (supKeep ? supKeep[k]! : 1));
      if (lost > 0) x = Math.min(x, Math.max(0, 1 - lost));
      const i1 = inStart[v + 1]!;
      for (let k = inStart[v]!; k < i1; k++) x = Math.min(x, 1 - inKeep[k]! * (1 - a[inFrom[k]!]!));
      const delta = Math.abs(a[v]! - x);
      if (delta > maxDelta) maxDelta = delta;
      a[v] = x;
    }
    if (maxDelta < tolerance) return { iterations, converged: true, maxDelta };
  }
  return { iterations, converged: false, maxDelta };
}
