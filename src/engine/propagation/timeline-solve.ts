// One month of a scenario over time, solved to its fixed point: the steady-state rule of
// propagation.ts with this month's input keeps (dependence x (1 - substitution reached so far))
// and stocks that cover a node's shortfall while they last.
import type { PropagationModel } from "./propagation-model.ts";
import type { PropagationRun } from "./propagation.ts";
import type { TimelineModel } from "./timeline-model.ts";

/** Per month and node: what the month's solve reads and writes. */
export interface MonthState {
  own: Float64Array;
  supKeep: Float64Array | undefined;
  /** Per input entry: the part of the input's loss that passes on this month. */
  keep: Float64Array;
  /** Months of throughput left in each node's stock at the start of the month. */
  stockLeft: Float64Array;
  /** Out: each node's own production this month (before its stock is drawn). */
  produced: Float64Array;
  /** Out: each node's availability (production plus what its stock covers). */
  a: Float64Array;
}

/**
 * Full Gauss-Seidel sweeps in the model's order, as test/engine/reference/propagation.ts, from the
 * upper bound min(1, own + stock): with no stock and keep = inKeep every value, sweep count and
 * last change equal the steady-state propagate() to the bit. A node's value is
 *   produced = min(own, mean host, supply, min_j (1 - keep_j x (1 - a_j))),
 *   a = min(1, produced + stockLeft),
 * each monotone in the others, so the sweeps decrease to the greatest fixed point.
 */
export function solveMonth(m: PropagationModel, s: MonthState, tolerance: number, maxIterations: number): PropagationRun {
  const { order, hostStart, hostFrom, supStart, supFrom, supShare, inStart, inFrom } = m;
  const { own, supKeep, keep, stockLeft, produced, a } = s;
  for (let v = 0; v < a.length; v++) a[v] = stockLeft[v]! > 0 ? Math.min(1, own[v]! + stockLeft[v]!) : own[v]!;
  let iterations = 0;
  let maxDelta = Infinity;
  while (iterations < maxIterations) {
    iterations++;
    maxDelta = 0;
    for (let i = 0; i < order.length; i++) {
      const v = order[i]!;
      let x = own[v]!;
      const h0 = hostStart[v]!;
      const h1 = hostStart[v + 1]!;
      if (h1 > h0) {
        let sum = 0;
        if (m.kinds[v] === "constellation") for (let k = h0; k < h1; k++) x = Math.min(x, a[hostFrom[k]!]!);
        else {
          for (let k = h0; k < h1; k++) sum += a[hostFrom[k]!]!;
          x = Math.min(x, sum / (h1 - h0));
        }
      }
      const s1 = supStart[v + 1]!;
      let lost = 0;
      for (let k = supStart[v]!; k < s1; k++) lost += supShare[k]! * (1 - a[supFrom[k]!]! * (supKeep ? supKeep[k]! : 1));
      if (lost > 0) x = Math.min(x, Math.max(0, 1 - lost));
      const i1 = inStart[v + 1]!;
      for (let k = inStart[v]!; k < i1; k++) x = Math.min(x, 1 - keep[k]! * (1 - a[inFrom[k]!]!));
      produced[v] = x;
      if (stockLeft[v]! > 0) x = Math.min(1, x + stockLeft[v]!);
      const delta = Math.abs(a[v]! - x);
      if (delta > maxDelta) maxDelta = delta;
      a[v] = x;
    }
    if (maxDelta < tolerance) return { iterations, converged: true, maxDelta };
  }
  return { iterations, converged: false, maxDelta };
}

/**
 * This month's keep per input entry. `since[k]` is the first month input k's supplier fell short
 * (-1: not yet); substitution ramps linearly from 0 in that month to the full substitutability
 * `months` later (at once when months is 0, today's rule, and then keep is exactly inKeep).
 */
export function monthKeeps(m: PropagationModel, tm: TimelineModel, since: Int32Array, month: number, keep: Float64Array): void {
  for (let k = 0; k < keep.length; k++) {
    const months = tm.inSubstitutionMonths[k]!;
    if (months <= 0) {
      keep[k] = m.inKeep[k]!;
      continue;
    }
    const elapsed = since[k]! < 0 ? 0 : month - since[k]!;
    const reached = elapsed >= months ? 1 : elapsed / months;
    keep[k] = reached === 1 ? m.inKeep[k]! : tm.inDependence[k]! * (1 - tm.inSubstitutability[k]! * reached);
  }
}

/** After a month: draw the stocks by what they covered, and note inputs that first fell short. */
export function advanceMonth(m: PropagationModel, s: MonthState, since: Int32Array, month: number, eps: number): void {
  for (let v = 0; v < s.a.length; v++) {
    if (s.stockLeft[v]! > 0) s.stockLeft[v] = Math.max(0, s.stockLeft[v]! - (s.a[v]! - s.produced[v]!));
  }
  for (let k = 0; k < since.length; k++) {
    if (since[k]! < 0 && s.a[m.inFrom[k]!]! < 1 - eps) since[k] = month;
  }
}
