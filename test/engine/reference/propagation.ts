// The propagation as first written: full Gauss-Seidel sweeps over every node until nothing moves.
// Kept as the reference the worklist version (propagation.ts) is tested against: same values,
// same sweep count, same last change, bit for bit.
import type { PropagationModel, PropagationRun } from "../../../src/engine/propagation/propagation.ts";

/** See propagate(): identical contract, every node recomputed in every sweep. */
export function propagateReference(
  m: PropagationModel,
  own: Float64Array,
  supKeep: Float64Array | undefined,
  a: Float64Array,
  tolerance: number,
  maxIterations: number,
): PropagationRun {
  a.set(own);
  const { order, hostStart, hostFrom, supStart, supFrom, supShare, inStart, inFrom, inKeep } = m;
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
      for (let k = inStart[v]!; k < i1; k++) x = Math.min(x, 1 - inKeep[k]! * (1 - a[inFrom[k]!]!));
      const delta = Math.abs(a[v]! - x);
      if (delta > maxDelta) maxDelta = delta;
      a[v] = x;
    }
    if (maxDelta < tolerance) return { iterations, converged: true, maxDelta };
  }
  return { iterations, converged: false, maxDelta };
}
