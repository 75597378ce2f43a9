// The EU supply risk and the IEA N-1 test per draw on the share kernel, with no graph per draw:
// world country shares come from the kernel's fold, an importer's sourcing shares straight from
// the drawn values, and every term no draw changes (WGI, t, IR, EoL-RIR, SI_SR) is read once.
// Tested draw by draw against euSupplyRiskAll and n1All on drawn graphs.
import type { ChokepointGraph } from "../../model/graph.ts";
import { layersOf } from "../../model/layers.ts";
import type { SourcingEntry } from "../../schema/layers.ts";
import { resolveSettings, type EngineSettingsInput } from "../../schema/settings.ts";
import { euTradeFactorOf } from "../metrics/index.ts";
import { countryWgi, euSupplyRisk, sourcingOf, WORLD, type Perspective } from "../perspective/index.ts";
import type { UncertainInput } from "./ranges.ts";
import { kernelCountryShares, type ShareKernel } from "./share-kernel.ts";

interface MaterialModel {
  /** Index of the node in the share kernel. */
  n: number;
  node: string;
  material: string;
  /** Per kernel country (local index): WGI x t of the global term. */
  globalWeight: Float64Array;
  /** The importer's sourcing entries for the SR term: input slots and WGI x t (empty: world shares stand in). */
  srSlots: Int32Array;
  srWeight: Float64Array;
  ir: number;
  /** (1 - EoL_RIR) x SI_SR */
  factor: number;
  /** The perspective's sourcing entries for N-1 (empty: world shares). */
  n1Slots: Int32Array;
}

export interface RiskKernel {
  share: ShareKernel;
  materials: MaterialModel[];
}

/** Input slots of the importer's sourcing entries for a node, in the sourcing list's order. */
function sourcingSlots(graph: ChokepointGraph, inputs: readonly UncertainInput[], importer: string, node: string): { slots: Int32Array; entries: readonly SourcingEntry[] } {
  if (importer === WORLD) return { slots: new Int32Array(0), entries: [] };
  const list = layersOf(graph).sourcing;
  const slotOfRef = new Map<string, number>();
  inputs.forEach((x, i) => x.kind === "sourcing" && slotOfRef.set(x.ref, i));
  const entries = sourcingOf(graph, importer, node);
  return { slots: Int32Array.from(entries, (e) => slotOfRef.get(String(list.indexOf(e)))!), entries };
}

/**
 * Compiles SR (importer `srImporter`, default settings.crmaBloc) and N-1 (under `perspective`) of
 * every supplied material node on a share kernel of the same (base, not perspective) graph.
 */
export function compileRiskKernel(
  graph: ChokepointGraph,
  inputs: readonly UncertainInput[],
  share: ShareKernel,
  options: { srImporter?: string; perspective?: Perspective; settings?: EngineSettingsInput } = {},
): RiskKernel {
  const settings = resolveSettings(options.settings ?? {});
  const importer = options.srImporter ?? settings.crmaBloc;
  const materials: MaterialModel[] = [];
  share.nodes.forEach((m, n) => {
    const attrs = graph.getNodeAttributes(m.node);
    if (attrs.kind !== "material") return;
    const point = euSupplyRisk(graph, m.node, settings, { importer })!;
    const tOf = new Map(point.importerMix === "sourcing" ? sourcingOf(graph, importer, m.node).filter((e) => e.t !== undefined).map((e) => [e.from, e.t!]) : []);
    const t = (c: string) => tOf.get(c) ?? euTradeFactorOf(graph, m.node, c)?.value ?? 1;
    const globalWeight = Float64Array.from(m.countryIds, (c) => countryWgi(graph, c, settings.defaultWgi).wgi * t(c));
    const sr = point.importerMix === "sourcing" ? sourcingSlots(graph, inputs, importer, m.node) : { slots: new Int32Array(0), entries: [] };
    const srWeight = Float64Array.from(sr.entries, (e) => countryWgi(graph, e.from, settings.defaultWgi).wgi * (e.t ?? euTradeFactorOf(graph, m.node, e.from)?.value ?? 1));
    materials.push({
      n, node: m.node, material: attrs.material ?? m.node,
      globalWeight, srSlots: sr.slots, srWeight,
      ir: point.ir, factor: (1 - point.eolRir) * point.siSr,
      n1Slots: sourcingSlots(graph, inputs, options.perspective ?? WORLD, m.node).slots,
    });
  });
  return { share, materials };
}

/** SR of every material node for one vector of input values (the euSupplyRisk formula). */
export function kernelSr(kernel: RiskKernel, values: Float64Array): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of kernel.materials) {
    const world = kernelCountryShares(kernel.share, values, m.n);
    let global = 0;
    for (let c = 0; c < world.length; c++) global += world[c]! * world[c]! * m.globalWeight[c]!;
    let own = global;
    if (m.srSlots.length > 0) {
      own = 0;
      for (let s = 0; s < m.srSlots.length; s++) own += values[m.srSlots[s]!]! ** 2 * m.srWeight[s]!;
    }
    out.set(m.node, (global * (m.ir / 2) + own * (1 - m.ir / 2)) * m.factor);
  }
  return out;
}

/** N-1 (`left`) of every material node and, as `<material>|chain`, of every material's chain. */
export function kernelN1(kernel: RiskKernel, values: Float64Array): Map<string, number> {
  const out = new Map<string, number>();
  const chainTop = new Map<string, number>();
  for (const m of kernel.materials) {
    let top = 0;
    if (m.n1Slots.length > 0) for (const slot of m.n1Slots) top = Math.max(top, values[slot]!);
    else for (const c of kernelCountryShares(kernel.share, values, m.n)) top = Math.max(top, c);
    out.set(m.node, 1 - top);
    chainTop.set(m.material, Math.max(chainTop.get(m.material) ?? 0, top));
  }
  for (const [material, top] of chainTop) out.set(`${material}|chain`, 1 - top);
  return out;
}
