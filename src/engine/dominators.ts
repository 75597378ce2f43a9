// Dominators: the nodes every supply path from any origin to a sector passes through, the
// structural chokepoints of DOMAIN.md. Origins are nodes with no dependencies (usually countries);
// a virtual super-source feeds them all, and the dominator tree is built from it with the
// Cooper-Harvey-Kennedy iteration ("A Simple, Fast Dominance Algorithm", 2001) on the dependency
// relation (located_in turned around, so a company sits below its host country).
import { indexDependencies } from "../model/dependencies.ts";
import type { ChokepointGraph } from "../model/graph.ts";
import { suggest } from "./scenario.ts";

/** Immediate dominators: node -> its idom, or DOMINATOR_SOURCE for nodes only the super-source dominates. */
export interface DominatorTree {
  idom: Map<string, string>;
}

/** Stands for the virtual super-source in DominatorTree.idom; never returned by dominators(). */
export const DOMINATOR_SOURCE = "\u0000source";

/** The dominator tree of the whole graph. Nodes no origin reaches (an origin-less cycle) are left out. */
export function dominatorTree(graph: ChokepointGraph): DominatorTree {
  const { up, down } = indexDependencies(graph);
  const ids = graph.nodes().sort();
  const n = ids.length;
  const S = n; // the super-source's index
  const index = new Map(ids.map((id, i) => [id, i]));
  const succ = (v: number): number[] =>
    v === S ? ids.flatMap((id, i) => (up.get(id)!.length === 0 ? [i] : [])) : down.get(ids[v]!)!.map((d) => index.get(d)!);
  const preds = (v: number): number[] => {
    const ups = up.get(ids[v]!)!;
    return ups.length === 0 ? [S] : ups.map((u) => index.get(u)!);
  };

  // Post-order numbers by iterative DFS from the super-source.
  const post = new Int32Array(n + 1).fill(-1);
  const rpo: number[] = [];
  const visited = new Uint8Array(n + 1);
  const stack: { v: number; next: number[]; i: number }[] = [{ v: S, next: succ(S), i: 0 }];
  visited[S] = 1;
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.i < top.next.length) {
      const w = top.next[top.i++]!;
      if (!visited[w]) {
        visited[w] = 1;
        stack.push({ v: w, next: succ(w), i: 0 });
      }
    } else {
      post[top.v] = rpo.length;
      rpo.push(top.v);
      stack.pop();
    }
  }
  rpo.reverse();

  const idom = new Int32Array(n + 1).fill(-1);
  idom[S] = S;
  const intersect = (b1: number, b2: number) => {
    while (b1 !== b2) {
      while (post[b1]! < post[b2]!) b1 = idom[b1]!;
      while (post[b2]! < post[b1]!) b2 = idom[b2]!;
    }
    return b1;
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (const b of rpo) {
      if (b === S) continue;
      let next = -1;
      for (const p of preds(b)) {
        if (idom[p] === -1) continue; // not processed yet, or unreachable from the source
        next = next === -1 ? p : intersect(p, next);
      }
      if (next !== -1 && idom[b] !== next) {
        idom[b] = next;
        changed = true;
      }
    }
  }
  const out = new Map<string, string>();
  for (let v = 0; v < n; v++) if (idom[v]! >= 0) out.set(ids[v]!, idom[v] === S ? DOMINATOR_SOURCE : ids[idom[v]!]!);
  return { idom: out };
}

/** Walks the tree from `node` up to the source: strict dominators, origin side first. */
function chain(tree: DominatorTree, node: string): string[] {
  const out: string[] = [];
  for (let d = tree.idom.get(node); d !== undefined && d !== DOMINATOR_SOURCE; d = tree.idom.get(d)) out.push(d);
  return out.reverse();
}

/**
 * Node ids every supply path from any origin to `sector` passes through, in supply order (the one
 * nearest the origins first). Excludes the sector itself and the virtual source. Note that two
 * required inputs are two paths, so neither dominates: knock-outs measure what Leontief adds.
 */
export function dominators(graph: ChokepointGraph, sector: string, tree: DominatorTree = dominatorTree(graph)): string[] {
  if (!graph.hasNode(sector)) throw new Error(`chokepoint dominators: no node "${sector}" in the graph; ${suggest(graph, sector)}`);
  return chain(tree, sector);
}

/** dominators() for every sector node, from one tree; keys in id order. */
export function dominatorsAll(graph: ChokepointGraph): Map<string, string[]> {
  const tree = dominatorTree(graph);
  const sectors = graph.filterNodes((_n, attrs) => attrs.kind === "sector").sort();
  return new Map(sectors.map((s) => [s, chain(tree, s)]));
}
