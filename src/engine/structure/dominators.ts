// Dominators: the nodes every supply path from any origin to a sector passes through, the
// structural chokepoints of DOMAIN.md. Origins are nodes with no dependencies (usually countries);
// a virtual super-source feeds them all, and the dominator tree is built from it with the
// Cooper-Harvey-Kennedy iteration ("A Simple, Fast Dominance Algorithm", 2001) on the dependency
// relation (located_in turned around, so a company sits below its host country).
import type { ChokepointGraph } from "../../model/graph.ts";
import { compactGraph } from "./compact.ts";
import { suggest } from "../../model/suggest.ts";

/** Immediate dominators: node -> its idom, or DOMINATOR_SOURCE for nodes only the super-source dominates. */
export interface DominatorTree {
  idom: Map<string, string>;
}

/** Stands for the virtual super-source in DominatorTree.idom; never returned by dominators(). */
export const DOMINATOR_SOURCE = "\u0000source";

/** The dominator tree of the whole graph. Nodes no origin reaches (an origin-less cycle) are left out. */
export function dominatorTree(graph: ChokepointGraph): DominatorTree {
  // On the compact view (typed arrays): the same DFS (origins in id order, dependents in edge
  // order) and the same iteration as on the string-keyed index it replaced, so the same tree.
  const view = compactGraph(graph);
  const { ids, downStart, downTo, upStart, upTo } = view;
  const n = view.order;
  const S = n; // the super-source's index
  const sorted = Int32Array.from(ids.keys()).sort((a, b) => (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0));
  const origins = sorted.filter((v) => upStart[v + 1] === upStart[v]);
  const succCount = (v: number) => (v === S ? origins.length : downStart[v + 1]! - downStart[v]!);
  const succAt = (v: number, k: number) => (v === S ? origins[k]! : downTo[downStart[v]! + k]!);

  // Post-order numbers by iterative DFS from the super-source.
  const post = new Int32Array(n + 1).fill(-1);
  const rpo = new Int32Array(n + 1);
  let visitedCount = 0;
  const visited = new Uint8Array(n + 1);
  const stackNode = new Int32Array(n + 1);
  const stackNext = new Int32Array(n + 1);
  let top = 0;
  stackNode[0] = S;
  visited[S] = 1;
  while (top >= 0) {
    const v = stackNode[top]!;
    if (stackNext[top]! < succCount(v)) {
      const w = succAt(v, stackNext[top]!++);
      if (!visited[w]) {
        visited[w] = 1;
        top++;
        stackNode[top] = w;
        stackNext[top] = 0;
      }
    } else {
      post[v] = visitedCount;
      rpo[visitedCount++] = v;
      top--;
    }
  }
  rpo.subarray(0, visitedCount).reverse();

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
    for (let i = 0; i < visitedCount; i++) {
      const b = rpo[i]!;
      if (b === S) continue;
      let next = -1;
      const p0 = upStart[b]!;
      const p1 = upStart[b + 1]!;
      if (p0 === p1) next = S; // an origin: its only predecessor is the super-source
      for (let k = p0; k < p1; k++) {
        const p = upTo[k]!;
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
  for (const v of sorted) if (idom[v]! >= 0) out.set(ids[v]!, idom[v] === S ? DOMINATOR_SOURCE : ids[idom[v]!]!);
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
