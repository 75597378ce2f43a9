// The propagation index as first built: per-node lists of objects filled from graphology (edge
// order for hosts and inputs, graphology's in-neighbour order for supplies), DFS post-order by
// recursion-free stack of arrays. Kept as the reference the typed-array build is tested against.
import type { PropagationModel } from "../../../src/engine/propagation/propagation.ts";
import type { ChokepointGraph } from "../../../src/model/graph.ts";
import { suppliersOf } from "../../../src/model/queries.ts";

function resolvedSharesReference(graph: ChokepointGraph, node: string): { id: string; share: number }[] {
  const suppliers = suppliersOf(graph, node);
  const listedSum = suppliers.reduce((s, x) => s + (x.share ?? 0), 0);
  const unlisted = suppliers.filter((x) => x.share === undefined).length;
  const split = unlisted > 0 ? Math.max(0, 1 - listedSum) / unlisted : 0;
  return suppliers.map((x) => ({ id: x.id, share: x.share ?? split }));
}

/** Builds the propagation index of a graph. Cost O(nodes + edges). */
export function buildPropagationModelReference(graph: ChokepointGraph): PropagationModel {
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
    for (const { id: from, share } of resolvedSharesReference(graph, id)) sups[v]!.push({ from: index.get(from)!, share });
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
function forEachUpstream(m: PropagationModel, v: number, callback: (u: number) => void): void {
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

