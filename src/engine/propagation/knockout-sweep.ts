// The propagation of node cuts without edge cuts (used for every knock-out), reading only
// the inputs that moved. Such a run starts from the all-1 state, and an input still at 1 adds
// exactly 0 to a supply loss (share x (1 - 1)) and exactly 1 to the inputs' minimum, so summing
// only the supplies entries whose source moved, in entry order, gives the same value to the bit as
// the full rule of propagation.ts. Availabilities only fall during a run, so the inputs' minimum of
// a node is kept up to date as its inputs fall (a minimum, unlike a sum, is exact in any order).
// At 100k nodes a touched node has ~17 entries of which one or two moved. The sweeps are the
// worklist's (sweep-loop.ts, shared with propagation.ts).
import type { PropagationModel, PropagationRun } from "./propagation.ts";
import { hostAndOwn, worklistOf } from "./propagation.ts";
import { createSweepLoop } from "./sweep-loop.ts";

export interface KnockoutSweep {
  /**
   * propagate(m, own, undefined, a, ...) for an `own` that is 1 except at the nodes in `cuts`:
   * sweeps to a fixed point; `a` (all 1 before the call) then holds every availability, the same
   * values, sweep count and last change to the bit. Call reset() before the next run.
   */
  run(cuts: ArrayLike<number>, own: Float64Array, a: Float64Array, tolerance: number, maxIterations: number): PropagationRun;
  /** The nodes whose value the last run moved from 1 (the cuts included), in no order; valid until reset. */
  moved(): Int32Array;
  /** Clears the last run; with `a`, also puts every value it moved back to 1. */
  reset(a?: Float64Array): void;
}

const SWEEPS = new WeakMap<PropagationModel, KnockoutSweep | null>();

/** The sparse sweep of a model, built once (its index costs about one knock-out pass over the edges). */
export function sparseSweepOf(model: PropagationModel): KnockoutSweep | undefined {
  let sweep = SWEEPS.get(model);
  if (sweep === undefined) SWEEPS.set(model, (sweep = createKnockoutSweep(model) ?? null));
  return sweep ?? undefined;
}

/** Rows of a CSR as a per-entry array: row[k] = the v with start[v] <= k < start[v + 1]. */
function rowOf(start: Int32Array): Int32Array {
  const row = new Int32Array(start[start.length - 1]!);
  for (let v = 0; v + 1 < start.length; v++) row.fill(v, start[v]!, start[v + 1]!);
  return row;
}

/** Entries grouped by their source: entry indices of source u in byFrom[fromStart[u]..fromStart[u+1]], ascending. */
function bySource(from: Int32Array, n: number): [Int32Array, Int32Array] {
  const fromStart = new Int32Array(n + 1);
  for (let k = 0; k < from.length; k++) fromStart[from[k]! + 1]!++;
  for (let u = 0; u < n; u++) fromStart[u + 1]! += fromStart[u]!;
  const fill = fromStart.slice(0, n);
  const byFrom = new Int32Array(from.length);
  for (let k = 0; k < from.length; k++) byFrom[fill[from[k]!]!++] = k;
  return [fromStart, byFrom];
}

/** Nodes touched by a run (their lists or minimum changed), so reset() clears only those. */
function createTouched(n: number) {
  const listed = new Uint8Array(n);
  const nodes = new Int32Array(n);
  let count = 0;
  return {
    add(w: number) {
      if (!listed[w]) (listed[w] = 1), (nodes[count++] = w);
    },
    clear(each: (w: number) => void) {
      for (let i = 0; i < count; i++) {
        each(nodes[i]!);
        listed[nodes[i]!] = 0;
      }
      count = 0;
    },
  };
}

/**
 * Moved supplies entries per node: linked lists in a pool, in entry order. Once a quarter of a
 * node's entries moved, scanning its whole row (the same sum: unmoved entries add exactly 0) is
 * cheaper than the list, which is then no longer extended.
 */
function createSupplyLists(m: PropagationModel, touch: (w: number) => void) {
  const n = m.ids.length;
  const supTarget = rowOf(m.supStart);
  const [fromStart, byFrom] = bySource(m.supFrom, n);
  const head = new Int32Array(n).fill(-1);
  const count = new Int32Array(n);
  const poolEntry = new Int32Array(m.supFrom.length);
  const poolNext = new Int32Array(poolEntry.length);
  let poolSize = 0;
  const dense = (v: number) => count[v]! * 4 > m.supStart[v + 1]! - m.supStart[v]!;
  return {
    /** u's value left 1: its entries join their targets' lists. */
    add(u: number) {
      for (let i = fromStart[u]!; i < fromStart[u + 1]!; i++) {
        const k = byFrom[i]!;
        const w = supTarget[k]!;
        touch(w);
        count[w]!++;
        if (dense(w)) continue;
        let prev = -1;
        let p = head[w]!;
        while (p >= 0 && poolEntry[p]! < k) (prev = p), (p = poolNext[p]!);
        poolEntry[poolSize] = k;
        poolNext[poolSize] = p;
        if (prev < 0) head[w] = poolSize;
        else poolNext[prev] = poolSize;
        poolSize++;
      }
    },
    /** sum of share x (1 - a(supplier)) over v's entries, in entry order, as propagation.ts sums them. */
    lost(v: number, a: Float64Array): number {
      let lost = 0;
      if (dense(v)) {
        for (let k = m.supStart[v]!; k < m.supStart[v + 1]!; k++) lost += m.supShare[k]! * (1 - a[m.supFrom[k]!]!);
      } else {
        for (let p = head[v]!; p >= 0; p = poolNext[p]!) {
          const k = poolEntry[p]!;
          lost += m.supShare[k]! * (1 - a[m.supFrom[k]!]!);
        }
      }
      return lost;
    },
    clearNode(w: number) {
      head[w] = -1;
      count[w] = 0;
    },
    clearPool() {
      poolSize = 0;
    },
  };
}

/** Per node, min over its input entries of 1 - keep x (1 - a(input)), kept current as inputs fall. */
function createInputMinima(m: PropagationModel, touch: (w: number) => void) {
  const n = m.ids.length;
  const inTarget = rowOf(m.inStart);
  const [fromStart, byFrom] = bySource(m.inFrom, n);
  // Input entries in source order, target and keep side by side: read sequentially as inputs fall.
  const outTarget = new Int32Array(byFrom.length);
  const outKeep = new Float64Array(byFrom.length);
  for (let i = 0; i < byFrom.length; i++) (outTarget[i] = inTarget[byFrom[i]!]!), (outKeep[i] = m.inKeep[byFrom[i]!]!);
  const min = new Float64Array(n).fill(1);
  return {
    min,
    /** a(u) fell: the inputs' minimum of every node u is an input of. */
    fell(u: number, a: Float64Array) {
      const x = a[u]!;
      for (let i = fromStart[u]!; i < fromStart[u + 1]!; i++) {
        const w = outTarget[i]!;
        const term = 1 - outKeep[i]! * (1 - x);
        if (term < min[w]!) {
          touch(w);
          min[w] = term;
        }
      }
    },
  };
}

/** The sparse knock-out sweep of a model, or undefined when a share or keep is not finite (the skip would not be exact). */
export function createKnockoutSweep(m: PropagationModel): KnockoutSweep | undefined {
  for (const x of m.supShare) if (!Number.isFinite(x)) return undefined;
  for (const x of m.inKeep) if (!Number.isFinite(x)) return undefined;
  const n = m.ids.length;
  const { dependentStart, dependents } = worklistOf(m);
  const touched = createTouched(n);
  const supplies = createSupplyLists(m, touched.add);
  const inputs = createInputMinima(m, touched.add);
  const moved = new Uint8Array(n);
  const movedNodes = new Int32Array(n);
  let movedCount = 0;
  const markMoved = (u: number) => {
    moved[u] = 1;
    movedNodes[movedCount++] = u;
    supplies.add(u);
  };
  const valueOf = (v: number, own: Float64Array, a: Float64Array): number => {
    let x = hostAndOwn(m, v, own, a);
    const lost = supplies.lost(v, a);
    if (lost > 0) x = Math.min(x, Math.max(0, 1 - lost));
    return Math.min(x, inputs.min[v]!);
  };
  const loop = createSweepLoop(m, dependentStart, dependents);
  return {
    run(cuts, own, a, tolerance, maxIterations) {
      for (let i = 0; i < cuts.length; i++) {
        const cut = cuts[i]!;
        if (own[cut] === 1 || moved[cut]) continue;
        a[cut] = own[cut]!;
        markMoved(cut);
        inputs.fell(cut, a);
        loop.seed(cut);
        for (let k = dependentStart[cut]!; k < dependentStart[cut + 1]!; k++) loop.seed(dependents[k]!);
      }
      const changed = (v: number) => {
        if (!moved[v]) markMoved(v);
        inputs.fell(v, a);
      };
      return loop.run((v) => valueOf(v, own, a), a, changed, tolerance, maxIterations);
    },
    moved: () => movedNodes.subarray(0, movedCount),
    reset(a) {
      for (let i = 0; i < movedCount; i++) {
        const u = movedNodes[i]!;
        if (a) a[u] = 1;
        moved[u] = 0;
      }
      movedCount = 0;
      touched.clear((w) => {
        supplies.clearNode(w);
        inputs.min[w] = 1;
      });
      supplies.clearPool();
    },
  };
}
