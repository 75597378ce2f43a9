// The condensation of the dependency relation: strongly connected components (reach.ts, Tarjan
// order: a component is numbered after every component downstream of it) with their members
// grouped, so a pass can visit components in dependency order with flat arrays.
import type { CompactGraph } from "./compact.ts";
import { stronglyConnected } from "./reach.ts";

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
