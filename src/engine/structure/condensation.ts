// The condensation of the dependency relation: strongly connected components (Tarjan, iterative;
// a component is numbered after every component downstream of it) with their members grouped, so
// PageRank, sector reach and the flow layout can visit components in dependency order.
import type { CompactGraph } from "./compact.ts";

export interface Condensation {
  /** Component of each node; every dependent of a node is in a component with a number <= its own. */
  component: Int32Array;
  count: number;
  /** Members of component c: members[memberStart[c]..memberStart[c+1]], in node order. */
  memberStart: Int32Array;
  members: Int32Array;
}

export function condensation(view: CompactGraph): Condensation {
  const n = view.order;
  const { component, count } = stronglyConnected(view);
  const memberStart = new Int32Array(count + 1);
  for (let v = 0; v < n; v++) memberStart[component[v]! + 1]!++;
  for (let c = 0; c < count; c++) memberStart[c + 1]! += memberStart[c]!;
  const fill = memberStart.slice(0, count);
  const members = new Int32Array(n);
  for (let v = 0; v < n; v++) members[fill[component[v]!]!++] = v;
  return { component, count, memberStart, members };
}

/** Strongly connected components of the `down` relation; component ids in Tarjan order (sinks first). */
export function stronglyConnected(view: CompactGraph): { component: Int32Array; count: number } {
  const n = view.order;
  const { downStart: start, downTo: to } = view;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const component = new Int32Array(n).fill(-1);
  const stack = new Int32Array(n);
  const callStack = new Int32Array(n);
  const edgeAt = new Int32Array(n);
  let sp = 0;
  let counter = 0;
  let count = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    let depth = 0;
    callStack[0] = root;
    index[root] = low[root] = counter++;
    stack[sp++] = root;
    edgeAt[root] = start[root]!;
    while (depth >= 0) {
      const v = callStack[depth]!;
      if (edgeAt[v]! < start[v + 1]!) {
        const w = to[edgeAt[v]!++]!;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack[sp++] = w;
          edgeAt[w] = start[w]!;
          callStack[++depth] = w;
        } else if (component[w] === -1 && index[w]! < low[v]!) low[v] = index[w]!;
        continue;
      }
      if (low[v] === index[v]) {
        let w: number;
        do {
          w = stack[--sp]!;
          component[w] = count;
        } while (w !== v);
        count++;
      }
      depth--;
      if (depth >= 0) {
        const parent = callStack[depth]!;
        if (low[v]! < low[parent]!) low[parent] = low[v]!;
      }
    }
  }
  return { component, count };
}
