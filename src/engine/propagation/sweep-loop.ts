// The worklist's sweeps, shared by the full propagation (propagation.ts) and the sparse knock-out
// sweep (knockout-sweep.ts): each sweep visits the queued nodes in ascending sweep position; a node
// whose value changed queues its later dependents in this sweep and its earlier ones for the next.
// Only nodes whose inputs changed are visited, so the values, sweep count and last change equal
// those of sweeping every node.
import type { PropagationModel } from "./propagation-model.ts";
import { createPositionQueue } from "./position-queue.ts";

export interface PropagationRun {
  iterations: number;
  converged: boolean;
  /** Largest change of any availability in the last sweep. */
  maxDelta: number;
}

export interface SweepLoop {
  /** Queues v for the first sweep. */
  seed(v: number): void;
  /**
   * Sweeps to a fixed point from the seeded nodes, writing `a`; `valueOf(v)` is the node's rule on
   * the current `a`, and `changed(v)` is told of every value that changed. The queues are empty after.
   */
  run(valueOf: (v: number) => number, a: Float64Array, changed: ((v: number) => void) | undefined, tolerance: number, maxIterations: number): PropagationRun;
}

export function createSweepLoop(m: PropagationModel, dependentStart: Int32Array, dependents: Int32Array): SweepLoop {
  const n = m.ids.length;
  const position = new Int32Array(n);
  for (let i = 0; i < m.order.length; i++) position[m.order[i]!] = i;
  const queue = createPositionQueue(n);
  const queued = new Uint8Array(n);
  const next = new Int32Array(n);
  let nextSize = 0;
  const inNext = new Uint8Array(n);
  const seed = (v: number) => {
    if (!queued[v]) (queued[v] = 1), queue.push(position[v]!);
  };
  const sweepOnce = (valueOf: (v: number) => number, a: Float64Array, changed: ((v: number) => void) | undefined): number => {
    let maxDelta = 0;
    for (let p = queue.popFrom(0); p >= 0; p = queue.popFrom(p + 1)) {
      const v = m.order[p]!;
      queued[v] = 0;
      const x = valueOf(v);
      const old = a[v]!;
      if (x === old) continue;
      const delta = Math.abs(old - x);
      if (delta > maxDelta) maxDelta = delta;
      a[v] = x;
      if (changed) changed(v);
      for (let k = dependentStart[v]!; k < dependentStart[v + 1]!; k++) {
        const w = dependents[k]!;
        const pw = position[w]!;
        if (pw > p) {
          if (!queued[w]) (queued[w] = 1), queue.push(pw);
        } else if (!inNext[w]) (inNext[w] = 1), (next[nextSize++] = w);
      }
    }
    return maxDelta;
  };
  return {
    seed,
    run(valueOf, a, changed, tolerance, maxIterations) {
      let iterations = 0;
      let maxDelta = Infinity;
      try {
        while (iterations < maxIterations) {
          iterations++;
          maxDelta = sweepOnce(valueOf, a, changed);
          if (maxDelta < tolerance) return { iterations, converged: true, maxDelta };
          for (let i = 0; i < nextSize; i++) {
            inNext[next[i]!] = 0;
            seed(next[i]!);
          }
          nextSize = 0;
        }
        return { iterations, converged: false, maxDelta };
      } finally {
        // Leave the queues empty for the next run, whatever happened.
        for (let p = queue.popFrom(0); p >= 0; p = queue.popFrom(p + 1)) queued[m.order[p]!] = 0;
        for (let i = 0; i < nextSize; i++) inNext[next[i]!] = 0;
        nextSize = 0;
      }
    },
  };
}
