// An upper bound on the vertex diameter (the most nodes on any shortest path) of the directed
// graph, for the sample size of betweenness-sampled.ts. A shortest path never re-enters a strongly
// connected component it left, and its stretch inside one is a shortest path there, so the bound
// is the heaviest chain of components in the condensation, each component weighted by a bound on
// its own vertex diameter: for a root r, d(u, v) <= d(u, r) + d(r, v), so one forward and one
// backward BFS from r inside the component bound it by ecc_in(r) + ecc_out(r) + 1. O(nodes + edges).
import type { CompactGraph } from "./compact.ts";
import { condensation } from "./condensation.ts";

export function vertexDiameterBound(view: CompactGraph): number {
  const n = view.order;
  if (n === 0) return 0;
  const { component, count, memberStart, members } = condensation(view);
  const dist = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  /** Eccentricity of members[first] inside component c, along start/to; resets dist afterwards. */
  const eccentricity = (c: number, start: Int32Array, to: Int32Array): number => {
    const root = members[memberStart[c]!]!;
    dist[root] = 0;
    queue[0] = root;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = queue[head++]!;
      for (let k = start[v]!, end = start[v + 1]!; k < end; k++) {
        const w = to[k]!;
        if (dist[w] !== -1 || component[w] !== c) continue;
        dist[w] = dist[v]! + 1;
        queue[tail++] = w;
      }
    }
    const ecc = dist[queue[tail - 1]!]!;
    for (let i = 0; i < tail; i++) dist[queue[i]!] = -1;
    return ecc;
  };
  // Components are numbered after everything downstream, so chain[] of a lower number is final.
  const chain = new Float64Array(count);
  let best = 0;
  for (let c = 0; c < count; c++) {
    const size = memberStart[c + 1]! - memberStart[c]!;
    const own = size === 1 ? 1 : Math.min(size, eccentricity(c, view.upStart, view.upTo) + eccentricity(c, view.downStart, view.downTo) + 1);
    let below = 0;
    for (let j = memberStart[c]!; j < memberStart[c + 1]!; j++) {
      const v = members[j]!;
      for (let k = view.downStart[v]!, end = view.downStart[v + 1]!; k < end; k++) {
        const d = component[view.downTo[k]!]!;
        if (d !== c && chain[d]! > below) below = chain[d]!;
      }
    }
    chain[c] = own + below;
    if (chain[c]! > best) best = chain[c]!;
  }
  return best;
}
