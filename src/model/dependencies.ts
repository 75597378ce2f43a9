// Upstream and downstream walks over the dependency relation (see forEachDependency).
import type { ChokepointGraph } from "./graph.ts";
import { forEachDependency } from "./queries.ts";

export interface DependencyIndex {
  /** node -> the nodes it directly depends on */
  up: Map<string, string[]>;
  /** node -> the nodes that directly depend on it */
  down: Map<string, string[]>;
}

export function indexDependencies(graph: ChokepointGraph): DependencyIndex {
  const up = new Map<string, string[]>();
  const down = new Map<string, string[]>();
  graph.forEachNode((node) => {
    up.set(node, []);
    down.set(node, []);
  });
  forEachDependency(graph, (dependency, dependent) => {
    up.get(dependent)!.push(dependency);
    down.get(dependency)!.push(dependent);
  });
  return { up, down };
}

/** Breadth-first walk: every node reachable from `start` (not included), with its depth in steps. */
export function reachable(adjacency: Map<string, string[]>, start: string): Map<string, number> {
  const depth = new Map<string, number>([[start, 0]]);
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    for (const next of adjacency.get(node) ?? []) {
      if (!depth.has(next)) {
        depth.set(next, depth.get(node)! + 1);
        queue.push(next);
      }
    }
  }
  depth.delete(start);
  return depth;
}
