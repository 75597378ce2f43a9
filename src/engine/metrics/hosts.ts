// hostsOf() memoised per graph: concentration folds every supplier into its host countries, and a
// firm that supplies thousands of nodes would otherwise have its edges walked once per node it
// supplies (quadratic in the largest fan-out). Same lists, same order, as model/queries hostsOf.
// Like the compact view, the memo trusts that a graph of unchanged order and size is unchanged.
import type { ChokepointGraph } from "../../model/graph.ts";
import { hostsOf } from "../../model/queries.ts";

interface Memo {
  order: number;
  size: number;
  hosts: Map<string, readonly string[]>;
}

const MEMO = new WeakMap<ChokepointGraph, Memo>();

/** hostsOf(graph, node), computed once per node and graph. Do not mutate the returned list. */
export function memoHostsOf(graph: ChokepointGraph, node: string): readonly string[] {
  let memo = MEMO.get(graph);
  if (!memo || memo.order !== graph.order || memo.size !== graph.size) {
    memo = { order: graph.order, size: graph.size, hosts: new Map() };
    MEMO.set(graph, memo);
  }
  let hosts = memo.hosts.get(node);
  if (!hosts) memo.hosts.set(node, (hosts = hostsOf(graph, node)));
  return hosts;
}
