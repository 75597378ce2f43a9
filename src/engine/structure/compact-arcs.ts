// The compact view of a plain arc list (nodes 0..n-1), for graphs that are not chokepoint data:
// bench:compare's graph families, and kernels run on arbitrary directed graphs. The arcs are the
// `up` relation as given (what PageRank and betweenness walk); `down` is their reverse. There are
// no data edges, kinds or hosts: those rows are empty.
import { csr, type CompactGraph } from "./compact.ts";

export function compactFromArcs(order: number, from: Int32Array, to: Int32Array): CompactGraph {
  const [upStart, upTo] = csr(order, from, to);
  const [downStart, downTo] = csr(order, to, from);
  const ids = Array.from({ length: order }, (_, v) => String(v));
  return {
    order,
    size: upTo.length,
    ids,
    index: new Map(ids.map((id, v) => [id, v])),
    kinds: new Uint8Array(order),
    downStart,
    downTo,
    upStart,
    upTo,
    inStart: new Int32Array(order + 1),
    inFrom: new Int32Array(0),
    inKind: new Uint8Array(0),
    inValue: new Float64Array(0),
    inSite: new Int32Array(0),
    inEdge: new Int32Array(0),
    hostStart: new Int32Array(order + 1),
    hostOf: new Int32Array(0),
    indexLikeIds: true,
  };
}
