// Brute-force shortest-path counts for the betweenness-family tests: a BFS from every node gives
// d(s, .) and sigma(s, .), and v lies on sigma(s,v) x sigma(v,t) of the sigma(s,t) shortest s-t
// paths exactly when d(s,v) + d(v,t) = d(s,t). Nothing from Brandes' accumulation is reused.
import { betweennessPlan, brandesSums } from "../../src/engine/structure/betweenness.ts";
import type { CompactGraph } from "../../src/engine/structure/compact.ts";

/** The kernel with no reduction: every source searched, top-down only, along the arcs as given. */
export function topDownOnly(view: CompactGraph): Float64Array {
  const { sources, scale } = betweennessPlan(view);
  const sums = new Float64Array(view.order);
  brandesSums(view.upStart, view.upTo, sources, 0, 1, sums);
  return sums.map((x) => x * scale);
}

/** The largest relative difference between two score vectors (0 where both are 0). */
export function maxRel(a: Float64Array, b: Float64Array): number {
  let worst = 0;
  for (let v = 0; v < a.length; v++) {
    const size = Math.max(Math.abs(a[v]!), Math.abs(b[v]!));
    if (size > 0) worst = Math.max(worst, Math.abs(a[v]! - b[v]!) / size);
  }
  return worst;
}

export function allPairs(view: CompactGraph): { dist: Int32Array[]; sigma: Float64Array[] } {
  const n = view.order;
  const dist: Int32Array[] = [];
  const sigma: Float64Array[] = [];
  for (let s = 0; s < n; s++) {
    const d = new Int32Array(n).fill(-1);
    const g = new Float64Array(n);
    d[s] = 0;
    g[s] = 1;
    const queue = [s];
    for (let h = 0; h < queue.length; h++) {
      const v = queue[h]!;
      for (let k = view.upStart[v]!; k < view.upStart[v + 1]!; k++) {
        const w = view.upTo[k]!;
        if (d[w] === -1) {
          d[w] = d[v]! + 1;
          queue.push(w);
        }
        if (d[w] === d[v]! + 1) g[w]! += g[v]!;
      }
    }
    dist.push(d);
    sigma.push(g);
  }
  return { dist, sigma };
}

/** sum over s != v != t of weight(s) x sigma_st(v) / sigma_st, per v (unnormalised). */
export function bruteDependencies(view: CompactGraph, weight: (s: number) => number = () => 1): Float64Array {
  const n = view.order;
  const { dist, sigma } = allPairs(view);
  const out = new Float64Array(n);
  for (let s = 0; s < n; s++) {
    for (let t = 0; t < n; t++) {
      if (s === t || dist[s]![t]! < 0) continue;
      for (let v = 0; v < n; v++) {
        if (v === s || v === t || dist[s]![v]! < 0 || dist[v]![t]! < 0) continue;
        if (dist[s]![v]! + dist[v]![t]! === dist[s]![t]!) out[v]! += (weight(s) * sigma[s]![v]! * sigma[v]![t]!) / sigma[s]![t]!;
      }
    }
  }
  return out;
}

/** The most nodes on any shortest path. */
export function vertexDiameter(view: CompactGraph): number {
  const { dist } = allPairs(view);
  let best = view.order > 0 ? 1 : 0;
  for (const d of dist) for (const x of d) if (x + 1 > best) best = x + 1;
  return best;
}
