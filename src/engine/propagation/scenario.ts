// Scenarios: cut nodes (or one supplier's supply of one node) with a severity, propagate to a fixed
// point (propagation.ts), rank the sectors by loss and explain each loss by a path from a cut.
import type { ChokepointGraph } from "../../model/graph.ts";
import { resolveSettings, type EngineSettingsInput } from "../../schema/settings.ts";
import { compareIds } from "../metrics/index.ts";
import { propagate, propagationModelOf, type PropagationModel } from "./propagation.ts";
import { suggest } from "../../model/suggest.ts";

export { suggest };

/**
 * What a scenario cuts. Severity is 0..1 (1 = fully cut): the node's own availability becomes
 * 1 - severity. An edge cut `{edge: {from, to}}` withholds `from`'s supply of `to` only: the supplies
 * edge from -> to, and when `from` is a country also the supplies of `to` by companies located in
 * it and constellations it operates. The engine cuts the supplier's contribution to that one
 * supplied node and leaves the supplier available for everything else. It is how a targeted
 * export control is written (the graph holds world supply, not bilateral trade, so it withholds
 * the supply from the whole world: an upper bound for any one importer).
 */
export type ScenarioCut = { node: string; severity: number } | { edge: { from: string; to: string }; severity: number };

export interface ScenarioOptions {
  /** Stop when no availability changed by this much in a sweep; default settings.scenario.tolerance (1e-9). */
  tolerance?: number;
  /** Default settings.scenario.maxIterations (1000). */
  maxIterations?: number;
  /** Engine settings (only `scenario` is read). */
  settings?: EngineSettingsInput;
}

export interface SectorImpact {
  sector: string;
  label: string;
  /** 0..1, 1 = normal */
  availability: number;
  /** 1 - availability */
  loss: number;
  /**
   * The explaining path, in supply order: from the cut node to the sector. Empty when the sector
   * lost nothing. See `explainPath` for the rule.
   */
  path: string[];
  /** The cut node (for an edge cut: its `from`) the path starts at; "" when nothing was lost. */
  cause: string;
}

export interface ScenarioResult {
  /** Availability of every node, 0..1. */
  availability: Map<string, number>;
  /** Every sector, largest loss first (ties by id). */
  sectors: SectorImpact[];
  /** Sweeps run; a DAG takes 2 (one to compute, one to confirm). */
  iterations: number;
  converged: boolean;
  /** Largest change in the last sweep; below the tolerance when converged. */
  maxDelta: number;
}

const PREFIX = "chokepoint scenario:";

/** The compiled cuts: own availability per node and keep factor per supplies entry. */
export interface CompiledCuts {
  own: Float64Array;
  supKeep: Float64Array | undefined;
  /** supplies entry k -> the `from` of the edge cut that hit it, for explanations. */
  edgeCause: Map<number, string>;
}

/**
 * Checks cuts against the graph and compiles them. Throws an Error starting "chokepoint scenario:"
 * that says what to write instead. Repeated cuts of one node or edge keep the largest severity.
 */
export function compileCuts(graph: ChokepointGraph, model: PropagationModel, cuts: readonly ScenarioCut[]): CompiledCuts {
  return compileCutsOn(model, cuts, (id) => suggest(graph, id));
}

/** compileCuts on the model alone; `hint(id)` says what to write for an unknown id. */
export function compileCutsOn(model: PropagationModel, cuts: readonly ScenarioCut[], hint: (id: string) => string): CompiledCuts {
  if (!Array.isArray(cuts)) throw new Error(`${PREFIX} cuts must be a list, e.g. [{ node: "CN", severity: 1 }]`);
  const own = new Float64Array(model.ids.length).fill(1);
  let supKeep: Float64Array | undefined;
  const edgeCause = new Map<number, string>();
  for (const cut of cuts) {
    const what = "node" in cut ? cut.node : "edge" in cut ? `${cut.edge?.from}->${cut.edge?.to}` : JSON.stringify(cut);
    const { severity } = cut;
    if (typeof severity !== "number" || !Number.isFinite(severity) || severity < 0 || severity > 1) {
      throw new Error(
        `${PREFIX} severity of ${what} must be a number from 0 (no cut) to 1 (fully cut), got ${String(severity)}; ` +
          `write a fraction, e.g. 0.5 for half, not 50`,
      );
    }
    if ("node" in cut) {
      const v = model.index.get(cut.node);
      if (v === undefined) throw new Error(`${PREFIX} no node "${cut.node}" in the graph; ${hint(cut.node)}`);
      own[v] = Math.min(own[v]!, 1 - severity);
      continue;
    }
    if (!("edge" in cut) || typeof cut.edge?.from !== "string" || typeof cut.edge?.to !== "string") {
      throw new Error(`${PREFIX} a cut is { node, severity } or { edge: { from, to }, severity }, got ${JSON.stringify(cut)}`);
    }
    const { from, to } = cut.edge;
    for (const id of [from, to]) {
      if (!model.index.has(id)) throw new Error(`${PREFIX} no node "${id}" in the graph (edge cut ${what}); ${hint(id)}`);
    }
    const entries = withheldEntries(model, from, to);
    if (entries.length === 0) {
      throw new Error(
        `${PREFIX} ${from} does not supply ${to} (no supplies edge ${from}->${to}` +
          `${model.kinds[model.index.get(from)!] === "country" ? `, nor from a company located in ${from}` : ""}); ` +
          `cut the node instead ({ node: "${from}" }) or name a supplier of ${to}`,
      );
    }
    supKeep ??= new Float64Array(model.supFrom.length).fill(1);
    for (const k of entries) {
      if (1 - severity <= supKeep[k]!) edgeCause.set(k, from);
      supKeep[k] = Math.min(supKeep[k]!, 1 - severity);
    }
  }
  return { own, supKeep, edgeCause };
}

/**
 * Supplies entries of `to` that `from` withholds: its own edge, and its firms' and constellations'
 * (the model's hosts of a supplier are hostsOf's: its located_in targets and its operators).
 */
function withheldEntries(model: PropagationModel, from: string, to: string): number[] {
  const t = model.index.get(to)!;
  const f = model.index.get(from)!;
  const isCountry = model.kinds[f] === "country";
  const out: number[] = [];
  for (let k = model.supStart[t]!; k < model.supStart[t + 1]!; k++) {
    const u = model.supFrom[k]!;
    if (u === f || (isCountry && model.hostFrom.subarray(model.hostStart[u]!, model.hostStart[u + 1]!).includes(f))) out.push(k);
  }
  return out;
}

/**
 * Runs a scenario: sets the cut nodes' availability to 1 - severity and propagates to a fixed point.
 * Does not touch the graph. `model` lets callers (knock-outs, the view) reuse one compiled index.
 */
export function runScenario(
  graph: ChokepointGraph,
  cuts: readonly ScenarioCut[],
  options: ScenarioOptions = {},
  model: PropagationModel = propagationModelOf(graph),
): ScenarioResult {
  return scenarioOn(model, { label: (id) => graph.getNodeAttribute(id, "label"), hint: (id) => suggest(graph, id) }, cuts, options);
}

/** What a scenario reads besides the model: node labels, and a hint for an unknown id. */
export interface ModelNames {
  label: (id: string) => string;
  hint: (id: string) => string;
}

/** runScenario on a model alone (the compact path of huge graphs, compact-scale.ts). */
export function scenarioOn(model: PropagationModel, names: ModelNames, cuts: readonly ScenarioCut[], options: ScenarioOptions = {}): ScenarioResult {
  const { a, compiled, run, tolerance } = solveCutsOn(model, cuts, options, names.hint);
  // One set per node, not a [key, value] array each to build the map from (100k at scale).
  const availability = new Map<string, number>();
  for (let v = 0; v < model.ids.length; v++) availability.set(model.ids[v]!, a[v]!);
  const sectors = [...model.sectors].map((v): SectorImpact => {
    const sector = model.ids[v]!;
    const loss = 1 - a[v]!;
    const { path, cause } = loss > tolerance ? explainPath(model, a, compiled, v) : { path: [], cause: "" };
    return { sector, label: names.label(sector), availability: a[v]!, loss, path, cause };
  });
  sectors.sort((x, y) => y.loss - x.loss || compareIds(x.sector, y.sector));
  return { availability, sectors, ...run };
}

/**
 * The fixed point of a set of cuts: every node's availability in model order, without the
 * per-node map and the explaining paths `runScenario` adds (callers that rank many cuts by their
 * sector losses read `a` at `model.sectors` directly).
 */
export function solveCuts(graph: ChokepointGraph, cuts: readonly ScenarioCut[], options: ScenarioOptions, model: PropagationModel) {
  return solveCutsOn(model, cuts, options, (id) => suggest(graph, id));
}

function solveCutsOn(model: PropagationModel, cuts: readonly ScenarioCut[], options: ScenarioOptions, hint: (id: string) => string) {
  const { scenario } = resolveSettings(options.settings ?? {});
  const tolerance = options.tolerance ?? scenario.tolerance;
  const maxIterations = options.maxIterations ?? scenario.maxIterations;
  const compiled = compileCutsOn(model, cuts, hint);
  const a = new Float64Array(model.ids.length);
  const run = propagate(model, compiled.own, compiled.supKeep, a, tolerance, maxIterations);
  return { a, compiled, run, tolerance };
}

/**
 * The explaining path of a loss, found backwards from the node: at each node take the term that
 * sets its availability (the argmin of the Leontief rule) and step to the node behind it:
 * - the node's own cut, when it binds: the node is the cause, stop;
 * - hosts: the host with the lowest availability;
 * - supply: the supplier whose loss costs most (share x (1 - a x keep)); if that supplier is
 *   itself unharmed, the loss comes from an edge cut: the path starts at the cut's `from`, stop;
 * - inputs: the input with the lowest term a + substitutability x (1 - a).
 * Ties go to the own cut, then hosts, then supply, then inputs. A node met twice (a cycle) stops
 * the walk there.
 */
export function explainPath(m: PropagationModel, a: Float64Array, cuts: CompiledCuts, target: number): { path: string[]; cause: string } {
  const path = [target];
  const seen = new Set(path);
  const eps = 1e-12;
  let v = target;
  for (;;) {
    const value = a[v]!;
    if (cuts.own[v]! < 1 && cuts.own[v]! <= value + eps) break;
    let next = -1;
    let best = Infinity;
    for (let k = m.hostStart[v]!; k < m.hostStart[v + 1]!; k++) {
      const u = m.hostFrom[k]!;
      if (a[u]! < best - eps) (best = a[u]!), (next = u);
    }
    let supply = 1;
    let worst = -1;
    let worstLoss = 0;
    for (let k = m.supStart[v]!; k < m.supStart[v + 1]!; k++) {
      const lost = m.supShare[k]! * (1 - a[m.supFrom[k]!]! * (cuts.supKeep ? cuts.supKeep[k]! : 1));
      supply -= lost;
      if (lost > worstLoss + eps) (worstLoss = lost), (worst = k);
    }
    let viaSupply = false;
    if (worst >= 0 && supply < best - eps) (best = supply), (next = m.supFrom[worst]!), (viaSupply = true);
    for (let k = m.inStart[v]!; k < m.inStart[v + 1]!; k++) {
      const u = m.inFrom[k]!;
      const term = 1 - m.inKeep[k]! * (1 - a[u]!);
      if (term < best - eps) (best = term), (next = u), (viaSupply = false);
    }
    if (next < 0 || seen.has(next)) break;
    if (viaSupply && a[next]! >= 1 - eps && cuts.edgeCause.has(worst)) {
      const from = cuts.edgeCause.get(worst)!;
      path.push(next);
      const f = m.index.get(from)!;
      if (f !== next) path.push(f);
      break;
    }
    path.push(next);
    seen.add(next);
    v = next;
  }
  path.reverse();
  return { path: path.map((i) => m.ids[i]!), cause: m.ids[path[0]!]! };
}
