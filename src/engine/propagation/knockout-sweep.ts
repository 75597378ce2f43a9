// The propagation of node cuts without edge cuts (used for every knock-out), reading only
// the inputs that moved. Such a run starts from the all-1 state, and an input still at 1 adds
// exactly 0 to a supply loss (share x (1 - 1)) and exactly 1 to the inputs' minimum, so summing
// only the supplies entries whose source moved, in entry order, gives the same value to the bit as
// the full rule of propagation.ts. Availabilities only fall during a run, so the inputs' minimum of
// a node is kept up to date as its inputs fall (a minimum, unlike a sum, is exact in any order).
// At 100k nodes a touched node has ~17 entries of which one or two moved. The sweep order and
// queues are those of the worklist (propagation.ts), with the queue a two-level bitset of sweep
// positions instead of a heap: the same ascending order, cheaper.
import type { PropagationModel, PropagationRun } from "./propagation.ts";
import { worklistOf } from "./propagation.ts";

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

/** The sparse knock-out sweep of a model, or undefined when a share or keep is not finite (the skip would not be exact). */
export function createKnockoutSweep(m: PropagationModel): KnockoutSweep | undefined {
  for (const x of m.supShare) if (!Number.isFinite(x)) return undefined;
  for (const x of m.inKeep) if (!Number.isFinite(x)) return undefined;
  const n = m.ids.length;
  const { dependentStart, dependents } = worklistOf(m);
  const position = new Int32Array(n);
  for (let i = 0; i < n; i++) position[m.order[i]!] = i;
  const supTarget = rowOf(m.supStart);
  const inTarget = rowOf(m.inStart);
  const [supFromStart, supByFrom] = bySource(m.supFrom, n);
  const [inFromStart, inByFrom] = bySource(m.inFrom, n);
  // Input entries in source order, target and keep side by side: read sequentially as inputs fall.
  const inOutTarget = new Int32Array(inByFrom.length);
  const inOutKeep = new Float64Array(inByFrom.length);
  for (let i = 0; i < inByFrom.length; i++) (inOutTarget[i] = inTarget[inByFrom[i]!]!), (inOutKeep[i] = m.inKeep[inByFrom[i]!]!);

  // Moved supplies entries per node: linked lists in a pool, in entry order. Once a quarter of a
  // node's entries moved, scanning its whole row (the same sum: unmoved entries add exactly 0) is
  // cheaper than the list, which is then no longer extended.
  const supHead = new Int32Array(n).fill(-1);
  const supMoved = new Int32Array(n);
  const dense = (count: number, start: Int32Array, v: number) => count * 4 > start[v + 1]! - start[v]!;
  /** min over v's input entries of 1 - keep x (1 - a(input)), kept current as inputs fall. */
  const inMin = new Float64Array(n).fill(1);
  const poolEntry = new Int32Array(m.supFrom.length);
  const poolNext = new Int32Array(poolEntry.length);
  let poolSize = 0;
  const listed = new Uint8Array(n); // has a list to clear
  const listedNodes = new Int32Array(n);
  let listedCount = 0;
  const moved = new Uint8Array(n);
  const movedNodes = new Int32Array(n);
  let movedCount = 0;

  const list = (w: number) => {
    if (!listed[w]) (listed[w] = 1), (listedNodes[listedCount++] = w);
  };
  /** u's value left 1: its entries join their targets' lists. */
  const markMoved = (u: number) => {
    moved[u] = 1;
    movedNodes[movedCount++] = u;
    for (let i = supFromStart[u]!; i < supFromStart[u + 1]!; i++) {
      const k = supByFrom[i]!;
      const w = supTarget[k]!;
      list(w);
      if (dense(++supMoved[w]!, m.supStart, w)) continue;
      let prev = -1;
      let p = supHead[w]!;
      while (p >= 0 && poolEntry[p]! < k) (prev = p), (p = poolNext[p]!);
      poolEntry[poolSize] = k;
      poolNext[poolSize] = p;
      if (prev < 0) supHead[w] = poolSize;
      else poolNext[prev] = poolSize;
      poolSize++;
    }
  };
  /** a(u) fell: the inputs' minimum of every node u is an input of. */
  const inputFell = (u: number, a: Float64Array) => {
    const x = a[u]!;
    for (let i = inFromStart[u]!; i < inFromStart[u + 1]!; i++) {
      const w = inOutTarget[i]!;
      const term = 1 - inOutKeep[i]! * (1 - x);
      if (term < inMin[w]!) {
        list(w);
        inMin[w] = term;
      }
    }
  };

  // The propagation rule (propagation.ts valueOf) over moved entries only.
  const valueOf = (v: number, own: Float64Array, a: Float64Array): number => {
    let x = own[v]!;
    const h0 = m.hostStart[v]!;
    const h1 = m.hostStart[v + 1]!;
    if (h1 > h0) {
      let sum = 0;
      if (m.kinds[v] === "constellation") for (let k = h0; k < h1; k++) x = Math.min(x, a[m.hostFrom[k]!]!);
      else {
        for (let k = h0; k < h1; k++) sum += a[m.hostFrom[k]!]!;
        x = Math.min(x, sum / (h1 - h0));
      }
    }
    let lost = 0;
    if (dense(supMoved[v]!, m.supStart, v)) {
      for (let k = m.supStart[v]!; k < m.supStart[v + 1]!; k++) lost += m.supShare[k]! * (1 - a[m.supFrom[k]!]!);
    } else {
      for (let p = supHead[v]!; p >= 0; p = poolNext[p]!) {
        const k = poolEntry[p]!;
        lost += m.supShare[k]! * (1 - a[m.supFrom[k]!]!);
      }
    }
    if (lost > 0) x = Math.min(x, Math.max(0, 1 - lost));
    return Math.min(x, inMin[v]!);
  };

  // Queue of sweep positions: bits, and one summary bit per non-empty word.
  const words = new Int32Array((n + 31) >>> 5);
  const summary = new Int32Array((words.length + 31) >>> 5);
  const queued = new Uint8Array(n);
  const push = (p: number) => {
    const w = p >>> 5;
    words[w]! |= 1 << (p & 31);
    summary[w >>> 5]! |= 1 << (w & 31);
  };
  /** The first non-empty word at index >= w, or -1. */
  const wordFrom = (w: number): number => {
    let s = w >>> 5;
    if (s >= summary.length) return -1;
    let bits = summary[s]! & (-1 << (w & 31));
    while (bits === 0) {
      if (++s >= summary.length) return -1;
      bits = summary[s]!;
    }
    return (s << 5) + (31 - Math.clz32(bits & -bits));
  };
  /** Removes and returns the smallest queued position >= from, or -1. */
  const popFrom = (from: number): number => {
    let w = from >>> 5;
    if (w >= words.length) return -1;
    let bits = words[w]! & (-1 << (from & 31));
    if (bits === 0) {
      w = wordFrom(w + 1);
      if (w < 0) return -1;
      bits = words[w]!;
    }
    const low = bits & -bits;
    words[w]! ^= low;
    if (words[w] === 0) summary[w >>> 5]! &= ~(1 << (w & 31));
    return (w << 5) + (31 - Math.clz32(low));
  };
  const next = new Int32Array(n);
  let nextSize = 0;
  const inNext = new Uint8Array(n);
  const seed = (v: number) => {
    if (!queued[v]) (queued[v] = 1), push(position[v]!);
  };

  return {
    run(cuts, own, a, tolerance, maxIterations) {
      for (let i = 0; i < cuts.length; i++) {
        const cut = cuts[i]!;
        if (own[cut] === 1 || moved[cut]) continue;
        a[cut] = own[cut]!;
        markMoved(cut);
        inputFell(cut, a);
        seed(cut);
        for (let k = dependentStart[cut]!; k < dependentStart[cut + 1]!; k++) seed(dependents[k]!);
      }
      let iterations = 0;
      let maxDelta = Infinity;
      try {
        while (iterations < maxIterations) {
          iterations++;
          maxDelta = 0;
          for (let p = popFrom(0); p >= 0; p = popFrom(p + 1)) {
            const v = m.order[p]!;
            queued[v] = 0;
            const x = valueOf(v, own, a);
            const old = a[v]!;
            if (x === old) continue;
            const delta = Math.abs(old - x);
            if (delta > maxDelta) maxDelta = delta;
            a[v] = x;
            if (!moved[v]) markMoved(v);
            inputFell(v, a);
            for (let k = dependentStart[v]!; k < dependentStart[v + 1]!; k++) {
              const w = dependents[k]!;
              const pw = position[w]!;
              if (pw > p) {
                if (!queued[w]) (queued[w] = 1), push(pw);
              } else if (!inNext[w]) (inNext[w] = 1), (next[nextSize++] = w);
            }
          }
          if (maxDelta < tolerance) return { iterations, converged: true, maxDelta };
          for (let i = 0; i < nextSize; i++) {
            const w = next[i]!;
            inNext[w] = 0;
            seed(w);
          }
          nextSize = 0;
        }
        return { iterations, converged: false, maxDelta };
      } finally {
        for (let p = popFrom(0); p >= 0; p = popFrom(p + 1)) queued[m.order[p]!] = 0;
        for (let i = 0; i < nextSize; i++) inNext[next[i]!] = 0;
        nextSize = 0;
      }
    },
    moved: () => movedNodes.subarray(0, movedCount),
    reset(a) {
      for (let i = 0; i < movedCount; i++) {
        const u = movedNodes[i]!;
        if (a) a[u] = 1;
        moved[u] = 0;
      }
      movedCount = 0;
      for (let i = 0; i < listedCount; i++) {
        const w = listedNodes[i]!;
        supHead[w] = -1;
        supMoved[w] = 0;
        inMin[w] = 1;
        listed[w] = 0;
      }
      listedCount = 0;
      poolSize = 0;
    },
  };
}
