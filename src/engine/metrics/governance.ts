// Governance-weighted concentration and the EU supply-risk indicator (JRC 2017 method, DOMAIN.md):
// a supplier country with weak governance weighs more than an equally large stable one.
import type { ChokepointGraph } from "../../model/graph.ts";
import { layersOf } from "../../model/layers.ts";
import type { EuFactor } from "../../schema/layers.ts";
import { resolveSettings, type EngineSettingsInput } from "../../schema/settings.ts";
import { computeConcentration, suppliedNodes } from "./concentration.ts";

/** WGI estimate (-2.5 worst .. +2.5 best) rescaled to 0..10 with 10 the worst: 5 - 2 x estimate, clamped. */
export const scaleWgi = (estimate: number) => Math.min(10, Math.max(0, 5 - 2 * estimate));

/** The supply-risk inputs of the EU method, by the names the JRC guidelines use. */
export type SupplyRiskInput = "IR" | "HHI_WGI_EU" | "HHI_WGI_global" | "EoL_RIR" | "SI_SR";

/**
 * Which shares the graph holds for a node: world shares, or (a perspective graph) one importer's
 * sourcing shares. The metric cannot tell from the graph alone (perspective/ builds that graph),
 * so the caller says; the note then names the shares used.
 */
export interface ShareOrigin {
  perspective: string;
  used: "sourcing" | "world";
}

export interface EuFactorValue {
  value: number;
  /** Where it came from: the node's own attribute, or an euFactors entry (its citation, year and grade). */
  source: string;
}

const FACTOR_INDEX = new WeakMap<object, Map<string, EuFactor>>();

/**
 * A material node's EoL_RIR or SI_SR: its own attribute (eolRir, substitutionIndex) where set,
 * else the data's euFactors entry; undefined when the data has neither.
 */
export function euFactorOf(graph: ChokepointGraph, node: string, factor: "eolRir" | "siSr"): EuFactorValue | undefined {
  const attrs = graph.getNodeAttributes(node);
  if (attrs.kind !== "material") return undefined;
  const own = factor === "eolRir" ? attrs.eolRir : attrs.substitutionIndex;
  if (own !== undefined) return { value: own, source: `the node's ${factor === "eolRir" ? "eolRir" : "substitutionIndex"}` };
  return factorEntry(graph, node, factor, "");
}

/**
 * A material node's EoL_RIR and SI_SR as the EU method uses them: the data's values, else 0 and 1
 * (no recycling, no substitution: SR an upper bound). `eol` / `si` say whether the data had them.
 */
export function recyclingAndSubstitution(graph: ChokepointGraph, node: string) {
  const eol = euFactorOf(graph, node, "eolRir");
  const si = euFactorOf(graph, node, "siSr");
  return { eol, si, eolRir: eol?.value ?? 0, siSr: si?.value ?? 1 };
}

/** The data's trade variable t of `country` for a material node's global term (euFactors), if any. */
export const euTradeFactorOf = (graph: ChokepointGraph, node: string, country: string): EuFactorValue | undefined => factorEntry(graph, node, "t", country);

function factorEntry(graph: ChokepointGraph, node: string, factor: EuFactor["factor"], country: string): EuFactorValue | undefined {
  const list = layersOf(graph).euFactors;
  let index = FACTOR_INDEX.get(list);
  if (!index) FACTOR_INDEX.set(list, (index = new Map(list.map((e) => [`${e.node}\u0000${e.factor}\u0000${e.country ?? ""}`, e]))));
  const entry = index.get(`${node}\u0000${factor}\u0000${country}`);
  return entry && { value: entry.value, source: `${entry.source.citation} (${entry.year}, grade ${entry.grade})` };
}

export interface GovernanceCountry {
  id: string;
  /** Share of world supply, 0..1 (companies folded into their host countries). */
  share: number;
  /** WGI estimate used, -2.5..+2.5: the country's own, or settings.defaultWgi. */
  wgiEstimate: number;
  /** 0..10, 10 the worst governance. */
  wgiScaled: number;
  /** true when the country has no governance score (or the supplier has no host country). */
  defaulted: boolean;
}

export interface GovernanceResult {
  node: string;
  /** sum over countries of share^2 x wgiScaled, shares as fractions: 0..10. A lower bound when supply is not fully listed. */
  hhiWgi: number;
  countries: GovernanceCountry[];
  /** Countries (or hostless suppliers) that took settings.defaultWgi. */
  defaulted: string[];
  /** The fallback estimate used for them (settings.defaultWgi), so output can name it. */
  fallbackWgi: number;
  /**
   * EU supply risk. The data has world shares only, so SR reduces to
   * HHI_WGI x (1 - EoL_RIR) x SI_SR (the IR-weighted EU-sourcing term is dropped). A missing EoL_RIR
   * is taken as 0 and a missing SI_SR as 1, the values that make SR largest, so the result is an
   * upper bound on that reduced form when either is listed in `missing`. Undefined for nodes that
   * are not materials: the method scores raw materials.
   */
  supplyRisk: number | undefined;
  /** SR inputs the data lacked. IR and HHI_WGI_EU are always missing (world shares only). */
  missing: SupplyRiskInput[];
  /** One line saying how SR was computed, for reports. */
  note: string;
}

/** Governance-weighted concentration and reduced EU supply risk of one supplied node. */
export function governanceWeighted(graph: ChokepointGraph, node: string, settings: EngineSettingsInput = {}, origin?: ShareOrigin): GovernanceResult {
  const resolved = resolveSettings(settings);
  const { countries: shares } = computeConcentration(graph, node, resolved);
  const countries = shares.map(({ id, share }): GovernanceCountry => {
    const attrs = graph.getNodeAttributes(id);
    const own = attrs.kind === "country" ? attrs.governance?.wgi : undefined;
    const wgiEstimate = own ?? resolved.defaultWgi;
    return { id, share, wgiEstimate, wgiScaled: scaleWgi(wgiEstimate), defaulted: own === undefined };
  });
  const hhiWgi = countries.reduce((s, c) => s + c.share * c.share * c.wgiScaled, 0);
  const defaulted = countries.filter((c) => c.defaulted).map((c) => c.id);

  const attrs = graph.getNodeAttributes(node);
  const onSourcing = origin?.used === "sourcing";
  // On an importer's sourcing the global term is the one left out; on world shares, the importer's.
  const missing: SupplyRiskInput[] = ["IR", onSourcing ? "HHI_WGI_global" : "HHI_WGI_EU"];
  if (attrs.kind !== "material") {
    return {
      node, hhiWgi, countries, defaulted, fallbackWgi: resolved.defaultWgi, supplyRisk: undefined,
      missing: [...missing, "EoL_RIR", "SI_SR"],
      note: `no supply risk: ${attrs.kind} nodes are not scored by the EU raw-material method`,
    };
  }
  const { eol, si, eolRir, siSr } = recyclingAndSubstitution(graph, node);
  if (eol === undefined) missing.push("EoL_RIR");
  if (si === undefined) missing.push("SI_SR");
  const assumed = [
    eol === undefined ? "EoL_RIR missing, taken as 0" : "",
    si === undefined ? "SI_SR missing, taken as 1" : "",
  ].filter(Boolean);
  return {
    node, hhiWgi, countries, defaulted, fallbackWgi: resolved.defaultWgi,
    supplyRisk: hhiWgi * (1 - eolRir) * siSr,
    missing,
    note:
      `SR = HHI_WGI x (1 - EoL_RIR) x SI_SR on ${sharesUsed(origin)}` +
      (assumed.length > 0 ? `; ${assumed.join(", ")}: an upper bound` : ""),
  };
}

function sharesUsed(origin: ShareOrigin | undefined): string {
  if (origin === undefined || origin.perspective === "world") return "world shares (IR and EU sourcing not in the data)";
  const who = origin.perspective;
  if (origin.used === "world") return `world shares (perspective ${who}: no ${who} sourcing for this node; IR not used)`;
  return `${who} sourcing shares (perspective ${who}; IR and the global term not used: 'concentration --method eu' gives the full method)`;
}

export interface StageBottleneck {
  /** The material across stages (the node's `material`, e.g. cobalt). */
  material: string;
  /** Stage node with the highest supply risk: the bottleneck of DOMAIN.md. */
  bottleneck: string;
  stages: { node: string; stage: string | undefined; supplyRisk: number }[];
}

/**
 * For each material that has `material` set on supplied stage nodes, the stage with the highest
 * reduced SR (mining vs refining ...). Ordered by the bottleneck's SR, highest first.
 */
export function supplyRiskBottlenecks(graph: ChokepointGraph, settings: EngineSettingsInput = {}): StageBottleneck[] {
  const resolved = resolveSettings(settings);
  const byMaterial = new Map<string, StageBottleneck["stages"]>();
  for (const node of suppliedNodes(graph)) {
    const attrs = graph.getNodeAttributes(node);
    if (attrs.kind !== "material" || attrs.material === undefined) continue;
    const supplyRisk = governanceWeighted(graph, node, resolved).supplyRisk ?? 0;
    const list = byMaterial.get(attrs.material) ?? [];
    list.push({ node, stage: attrs.stage, supplyRisk });
    byMaterial.set(attrs.material, list);
  }
  const out: StageBottleneck[] = [];
  for (const [material, stages] of byMaterial) {
    stages.sort((a, b) => b.supplyRisk - a.supplyRisk || (a.node < b.node ? -1 : 1));
    out.push({ material, bottleneck: stages[0]!.node, stages });
  }
  return out.sort((a, b) => b.stages[0]!.supplyRisk - a.stages[0]!.supplyRisk || (a.material < b.material ? -1 : 1));
}
