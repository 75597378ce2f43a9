// The disruption propagation of DOMAIN.md on a compact index of the graph (typed arrays, CSR style),
// built once per graph and shared by a scenario's sweeps and by every knock-out. Pure: reads the
// graph once, never writes it. The sweeps run in dependency order and visit only nodes whose
// inputs changed (a worklist), so a cut costs the size of its downstream cone, not of the graph.
import type { ChokepointGraph } from "../../model/graph.ts";
import { buildPropagationModel, type PropagationModel } from "./propagation-model.ts";
import { createSweepLoop, type PropagationRun } from "./sweep-loop.ts";

export { buildPropagationModel, type PropagationModel, type PropagationRun };

const MODELS = new WeakMap<ChokepointGraph, { order: number; size: number; model: PropagationModel }>();

/**
 * buildPropagationModel(graph), built once per graph and shared by scenarios and knock-outs. Like
 * the compact view, the cache trusts a graph whose order and size did not change to be unchanged:
 * after editing a share or substitutability in place, call buildPropagationModel yourself.
 * The model is shared: read it, never write it.
 */
export function propagationModelOf(graph: ChokepointGraph): PropagationModel {
  const cached = MODELS.get(graph);
  if (cached && cached.order === graph.order && cached.size === graph.size) return cached.model;
  const model = buildPropagationModel(graph);
  worklistOf(model); // built with the model, so the first scenario pays only for its own cone
  MODELS.set(graph, { order: graph.order, size: graph.size, model });
  return model;
}

/** Calls back with every node v depends on (hosts, suppliers, inputs). */
export function forEachUpstream(m: PropagationModel, v: number, callback: (u: number) => void): void {
  for (let k = m.hostStart[v]!; k < m.hostStart[v + 1]!; k++) callback(m.hostFrom[k]!);
  for (let k = m.supStart[v]!; k < m.supStart[v + 1]!; k++) callback(m.supFrom[k]!);
  for (let k = m.inStart[v]!; k < m.inStart[v + 1]!; k++) callback(m.inFrom[k]!);
}

/**
 * Runs the propagation to a fixed point, in place on `a` (which it first sets to `own`).
 * `own[v]` is 1 - severity for cut nodes and 1 elsewhere; `supKeep[k]` (1 - severity of an edge
 * cut, 1 when not cut) scales supplies entry k. Rules (DOMAIN.md):
 *   a(v) = min(own, hosts, supply, inputs), where
 *   supply = 1 - sum_k share_k x (1 - a(supplier_k) x supKeep_k)  (the rest of world stays at 1),
 *   inputs = min_j (1 - keep_j x (1 - a(input_j)))  with keep = 1 - substitutability.
 * A term is 1 when the node has no such edges. Starting from `own` (an upper bound) every update
 * can only lower a value, so the Gauss-Seidel sweeps decrease monotonically to the greatest fixed
 * point; they stop when no value moved by `tolerance` or more, or after `maxIterations` sweeps.
 * hosts = the mean of a(host) for a company (a company in several jurisdictions is split between
 * them equally, as concentration folds it) and the least a(operator) for a constellation (every
 * operator is required: a joint operator that is cut can halt the whole system).
 *
 * Each sweep visits, in sweep order, only the nodes whose inputs changed since they were last
 * computed (every other node would recompute its own value exactly): the same values, sweep
 * count and last change as sweeping every node (test/engine/reference/propagation.ts), at the cost of the
 * cone below the cuts.
 */
export function propagate(
  m: PropagationModel,
  own: Float64Array,
  supKeep: Float64Array | undefined,
  a: Float64Array,
  tolerance: number,
  maxIterations: number,
): PropagationRun {
  a.set(own);
  const work = worklistOf(m);
  const { dependents, dependentStart } = work;
  const n = m.ids.length;
  // Nodes whose value may differ from own: the cut nodes, what depends on them, and the supplied
  // ends of cut supplies entries. Everywhere else every input is 1, so the value stays own.
  for (let u = 0; u < n; u++) {
    if (own[u] === 1) continue;
    work.seed(u);
    for (let k = dependentStart[u]!; k < dependentStart[u + 1]!; k++) work.seed(dependents[k]!);
  }
  if (supKeep) {
    for (let v = 0; v < n; v++) {
      for (let k = m.supStart[v]!; k < m.supStart[v + 1]!; k++) {
        if (supKeep[k] !== 1) {
          work.seed(v);
          break;
        }
      }
    }
  }
  return work.run(own, supKeep, a, tolerance, maxIterations, undefined);
}

/**
 * The first part of the rule of propagate: a node's own severity, bounded by its hosts (a
 * constellation falls with any operator; a company with the mean of its hosts). The knock-out
 * sweep shares it and adds its own supplies and inputs terms.
 */
export function hostAndOwn(m: PropagationModel, v: number, own: Float64Array, a: Float64Array): number {
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
  return x;
}

/** New value of node v from the current availabilities (the rule of propagate). */
function valueOf(m: PropagationModel, v: number, own: Float64Array, supKeep: Float64Array | undefined, a: Float64Array): number {
  let x = hostAndOwn(m, v, own, a);
  const s1 = m.supStart[v + 1]!;
  let lost = 0;
  for (let k = m.supStart[v]!; k < s1; k++) lost += m.supShare[k]! * (1 - a[m.supFrom[k]!]! * (supKeep ? supKeep[k]! : 1));
  if (lost > 0) x = Math.min(x, Math.max(0, 1 - lost));
  const i1 = m.inStart[v + 1]!;
  for (let k = m.inStart[v]!; k < i1; k++) x = Math.min(x, 1 - m.inKeep[k]! * (1 - a[m.inFrom[k]!]!));
  return x;
}

/**
 * The worklist machinery of one model, built once and reused (knock-outs run thousands of cuts):
 * who reads each node (dependents) and the sweep loop (sweep-loop.ts: positions in the sweep
 * order, a queue for the current sweep and a list for the next one).
 */
export interface Worklist {
  dependentStart: Int32Array;
  dependents: Int32Array;
  /** Queues v for the first sweep. */
  seed(v: number): void;
  /**
   * Sweeps to a fixed point from the seeded nodes; `a` must hold the values the unseeded nodes
   * keep. When `touched` is given, every node whose value changed is appended to it once
   * (touched.count is its length), so the caller can reset only those.
   */
  run(
    own: Float64Array,
    supKeep: Float64Array | undefined,
    a: Float64Array,
    tolerance: number,
    maxIterations: number,
    touched: { nodes: Int32Array; count: number; flag: Uint8Array } | undefined,
  ): PropagationRun;
}

const WORKLISTS = new WeakMap<PropagationModel, Worklist>();

/** The cached worklist of a model (the model is never modified after it is built). */
export function worklistOf(m: PropagationModel): Worklist {
  let work = WORKLISTS.get(m);
  if (!work) WORKLISTS.set(m, (work = createWorklist(m)));
  return work;
}

/** dependents: v -> the nodes whose rule reads a(v) (the reverse of hosts, supplies and inputs), as CSR. */
function dependentsOf(m: PropagationModel): { dependentStart: Int32Array; dependents: Int32Array } {
  const n = m.ids.length;
  const dependentStart = new Int32Array(n + 1);
  const count = (from: Int32Array, start: Int32Array) => {
    for (let v = 0; v < n; v++) for (let k = start[v]!; k < start[v + 1]!; k++) dependentStart[from[k]! + 1]!++;
  };
  count(m.hostFrom, m.hostStart);
  count(m.supFrom, m.supStart);
  count(m.inFrom, m.inStart);
  for (let v = 0; v < n; v++) dependentStart[v + 1]! += dependentStart[v]!;
  const fill = dependentStart.slice(0, n);
  const dependents = new Int32Array(dependentStart[n]!);
  const place = (from: Int32Array, start: Int32Array) => {
    for (let v = 0; v < n; v++) for (let k = start[v]!; k < start[v + 1]!; k++) dependents[fill[from[k]!]!++] = v;
  };
  place(m.hostFrom, m.hostStart);
  place(m.supFrom, m.supStart);
  place(m.inFrom, m.inStart);
  return { dependentStart, dependents };
}

function createWorklist(m: PropagationModel): Worklist {
  const { dependentStart, dependents } = dependentsOf(m);
  const loop = createSweepLoop(m, dependentStart, dependents);
  return {
    dependentStart,
    dependents,
    seed: loop.seed,
    run(own, supKeep, a, tolerance, maxIterations, touched) {
      const changed = touched
        ? (v: number) => {
            if (!touched.flag[v]) (touched.flag[v] = 1), (touched.nodes[touched.count++] = v);
          }
        : undefined;
      return loop.run((v) => valueOf(m, v, own, supKeep, a), a, changed, tolerance, maxIterations);
    },
  };
}
