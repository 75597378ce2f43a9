// The dominator tree as first written, on string-keyed maps: the reference the typed-array
// version (dominators.ts) is tested against.
import { indexDependencies } from "../../../src/model/dependencies.ts";
import type { ChokepointGraph } from "../../../src/model/graph.ts";
import { DOMINATOR_SOURCE, type DominatorTree } from "../../../src/engine/structure/dominators.ts";

/** dominatorTree() as first written. Nodes no origin reaches (an origin-less cycle) are left out. */
export function dominatorTreeReference(graph: ChokepointGraph): DominatorTree {
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

