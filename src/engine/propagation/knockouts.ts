// Knock-outs: every country and company cut alone at 100%, ranked by the sector losses it causes.
// The quantitative twin of dominators: single points of failure are named per sector.
import type { ChokepointGraph } from "../../model/graph.ts";
import type { NodeKind } from "../../schema/nodes.ts";
import { resolveSettings, type EngineSettingsInput } from "../../schema/settings.ts";
import { compareIds } from "../metrics/index.ts";
import { sparseSweepOf } from "./knockout-sweep.ts";
import { propagationModelOf, worklistOf, type PropagationModel, type PropagationRun } from "./propagation.ts";

/**
 * A cut is a single point of failure for a sector when it alone drops the sector's availability to
 * 0 (DOMAIN.md), within the solver's tolerance: the knock-outs, the dossier and the upstream view share it.
 */
export const isSinglePointOfFailure = (availability: number, tolerance: number) => availability <= tolerance;

export interface KnockoutEntry {
  rank: number;
  node: string;
  label: string;
  kind: NodeKind;
  /** Mean loss (1 - availability) over all sectors of the graph, 0..1. */
  meanLoss: number;
  /** Largest sector loss, 0..1. */
  worstLoss: number;
  /** The first (by id) of worstSectors; undefined when no sector lost anything. */
  worstSector: string | undefined;
  /** Every sector with the largest loss (within 1e-12), by id: ties are reported, not broken. */
  worstSectors: string[];
  /** Sectors whose availability this cut alone drops to 0 (within the scenario tolerance). */
  singlePointOfFailureFor: string[];
  /** Sectors with any loss. */
  sectorsAffected: number;
  /** Did the propagation converge (see runScenario)? */
  converged: boolean;
}

export interface KnockoutOptions {
  /** Called after each cut with the number done and the total. */
  onProgress?: (done: number, total: number) => void;
  /** Stops early with an Error "chokepoint knockouts: aborted" when aborted. */
  signal?: AbortSignal;
  /** Node kinds to knock out; default country and company. */
  kinds?: readonly NodeKind[];
  /** Only these node ids (each of one of `kinds`), e.g. the 1,000 largest suppliers of a huge graph; default all. */
  nodes?: readonly string[];
  /**
   * Asked before each cut with the node's model index; a node it refuses is not cut and has no
   * entry. Threads sharing one list of cuts (node/knockouts-parallel.ts) claim them this way.
   */
  take?: (node: number) => boolean;
}

/**
 * Cuts each country and company alone at severity 1 and ranks them by mean sector loss, then
 * worst loss, then id. Uses settings.scenario for the solver. One compiled index (cached per
 * graph) and one buffer serve every cut, and each cut recomputes only its downstream cone, reading
 * only the entries that moved (knockout-sweep.ts); the graph is only read.
 */
export function runKnockouts(
  graph: ChokepointGraph,
  settings: EngineSettingsInput = {},
  options: KnockoutOptions = {},
): KnockoutEntry[] {
  return knockoutsOn(propagationModelOf(graph), (id) => graph.getNodeAttribute(id, "label"), settings, options);
}

/** runKnockouts on a model alone (the compact path of huge graphs, compact-scale.ts); `label` names a node. */
export function knockoutsOn(
  model: PropagationModel,
  label: (id: string) => string,
  settings: EngineSettingsInput = {},
  options: KnockoutOptions = {},
): KnockoutEntry[] {
  const { scenario } = resolveSettings(settings);
  const kinds = new Set<NodeKind>(options.kinds ?? ["country", "company"]);
  const work = worklistOf(model);
  const n = model.ids.length;
  // Every cut starts from the all-1 state (no cut: every availability is 1) and only its cone
  // changes, so one buffer serves every cut and only the touched nodes are reset after each.
  const own = new Float64Array(n).fill(1);
  const a = new Float64Array(n).fill(1);
  const touched = { nodes: new Int32Array(n), count: 0, flag: new Uint8Array(n) };
  const sectors = model.sectors;
  const only = options.nodes ? new Set(options.nodes) : undefined;
  const targets = model.ids.flatMap((id, v) => (kinds.has(model.kinds[v]!) && (!only || only.has(id)) ? [v] : []));
  const sparse = sparseSweepOf(model);
  const isSector = Uint8Array.from(model.kinds, (k) => (k === "sector" ? 1 : 0));
  const sectorScratch = new Int32Array(sectors.length);
  const movedSectors = (moved: Int32Array) => {
    let count = 0;
    for (const u of moved) if (isSector[u]) sectorScratch[count++] = u;
    return sectorScratch.subarray(0, count).sort();
  };
  const entries: KnockoutEntry[] = [];
  for (let i = 0; i < targets.length; i++) {
    if (options.signal?.aborted) throw new Error("chokepoint knockouts: aborted");
    const v = targets[i]!;
    if (options.take && !options.take(v)) continue;
    let run: PropagationRun;
    if (sparse) {
      own[v] = 0;
      run = sparse.run([v], own, a, scenario.tolerance, scenario.maxIterations);
    } else {
      own[v] = 0;
      a[v] = 0;
      work.seed(v);
      for (let k = work.dependentStart[v]!; k < work.dependentStart[v + 1]!; k++) work.seed(work.dependents[k]!);
      run = work.run(own, undefined, a, scenario.tolerance, scenario.maxIterations, touched);
    }
    let total = 0;
    let worstLoss = 0;
    let worstSectors: string[] = [];
    let sectorsAffected = 0;
    const spof: string[] = [];
    // A sector the cut did not move has loss 0, which changes none of the figures: with the sparse
    // sweep only the moved sectors are read, in the same (id) order.
    for (const s of sparse ? movedSectors(sparse.moved()) : sectors) {
      const loss = 1 - a[s]!;
      total += loss;
      if (loss > scenario.tolerance) sectorsAffected++;
      if (loss > worstLoss + 1e-12) (worstLoss = loss), (worstSectors = [model.ids[s]!]);
      else if (loss >= worstLoss - 1e-12 && worstSectors.length > 0) worstSectors.push(model.ids[s]!);
      if (isSinglePointOfFailure(a[s]!, scenario.tolerance)) spof.push(model.ids[s]!);
    }
    if (sparse) sparse.reset(a);
    own[v] = 1;
    a[v] = 1;
    for (let k = 0; k < touched.count; k++) {
      const w = touched.nodes[k]!;
      a[w] = 1;
      touched.flag[w] = 0;
    }
    touched.count = 0;
    const node = model.ids[v]!;
    entries.push({
      rank: 0,
      node,
      label: label(node),
      kind: model.kinds[v]!,
      meanLoss: sectors.length > 0 ? total / sectors.length : 0,
      worstLoss,
      worstSector: worstLoss > scenario.tolerance ? worstSectors[0] : undefined,
      worstSectors: worstLoss > scenario.tolerance ? worstSectors : [],
      singlePointOfFailureFor: spof,
      sectorsAffected,
      converged: run.converged,
    });
    options.onProgress?.(i + 1, targets.length);
  }
  entries.sort((x, y) => y.meanLoss - x.meanLoss || y.worstLoss - x.worstLoss || compareIds(x.node, y.node));
  entries.forEach((e, i) => (e.rank = i + 1));
  return entries;
}
