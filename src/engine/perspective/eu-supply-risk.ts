// The EU supply-risk method in full (JRC 2017 guidelines, used for the 2017-2023 EU lists):
// SR = [HHI_WGI,t(global) x IR/2 + HHI_WGI,t(EU sourcing) x (1 - IR/2)] x (1 - EoL_RIR) x SI_SR,
// HHI_WGI,t = sum over countries of share^2 x WGI (0..10, 10 worst) x t. Every term is returned,
// and every input the data lacks is named with the value assumed in its place.
import type { ChokepointGraph } from "../../model/graph.ts";
import { layersOf } from "../../model/layers.ts";
import { resolveSettings, type EngineSettingsInput } from "../../schema/settings.ts";
import { suppliedNodes } from "../metrics/index.ts";
import { euTradeFactorOf, recyclingAndSubstitution, scaleWgi } from "../metrics/index.ts";
import { supplyMix, type MixEntry } from "./supply-mix.ts";

export interface SrTerm {
  country: string;
  share: number;
  wgi: number;
  t: number;
  /** share^2 x wgi x t */
  contribution: number;
}

export interface EuSupplyRisk {
  node: string;
  material: string;
  stage: string | undefined;
  importer: string;
  hhiWgiGlobal: number;
  hhiWgiImporter: number;
  /** Which shares the importer term used: its sourcing, or world shares in their place. */
  importerMix: "sourcing" | "world";
  ir: number;
  eolRir: number;
  siSr: number;
  sr: number;
  global: SrTerm[];
  sourcing: SrTerm[];
  /** Inputs the data lacked, each with what was assumed (empty: every term from the data). */
  assumptions: string[];
  /** Where IR, EoL_RIR and SI_SR came from, one line each for those the data has. */
  sources: string[];
}

export interface EuSrOptions {
  /** The importer whose sourcing and import reliance enter the method; default settings.crmaBloc (EU). */
  importer?: string;
}

/** A supplier's WGI on the method's 0..10 scale (10 worst); undefined estimate when the data has none. */
export function countryWgi(graph: ChokepointGraph, id: string, defaultWgi: number): { wgi: number; estimate: number | undefined } {
  const attrs = graph.hasNode(id) ? graph.getNodeAttributes(id) : undefined;
  const estimate = attrs?.kind === "country" ? attrs.governance?.wgi : undefined;
  return { wgi: scaleWgi(estimate ?? defaultWgi), estimate };
}

/** A country's trade variable for a node: from the importer's sourcing entry, else 1 (and said so). */
function terms(graph: ChokepointGraph, mix: MixEntry[], tOf: (c: string) => number | undefined, defaultWgi: number, missing: Set<string>, missingT: Set<string>): SrTerm[] {
  return mix.map((e) => {
    const { wgi, estimate } = countryWgi(graph, e.id, defaultWgi);
    if (estimate === undefined) missing.add(e.id);
    const t = e.t ?? tOf(e.id);
    if (t === undefined) missingT.add(e.id);
    const tt = t ?? 1;
    return { country: e.id, share: e.share, wgi, t: tt, contribution: e.share * e.share * wgi * tt };
  });
}

const total = (list: SrTerm[]) => list.reduce((s, x) => s + x.contribution, 0);

/** SR of one material node with every term (undefined for non-material nodes). */
export function euSupplyRisk(graph: ChokepointGraph, node: string, settings: EngineSettingsInput = {}, options: EuSrOptions = {}): EuSupplyRisk | undefined {
  const resolved = resolveSettings(settings);
  const attrs = graph.getNodeAttributes(node);
  if (attrs.kind !== "material") return undefined;
  const importer = options.importer ?? resolved.crmaBloc;
  const assumptions: string[] = [];
  const world = supplyMix(graph, node, "world", resolved);
  const own = supplyMix(graph, node, importer, resolved);
  const tByCountry = new Map(own.used === "sourcing" ? own.countries.filter((c) => c.t !== undefined).map((c) => [c.id, c.t!]) : []);
  const noWgi = new Set<string>();
  const tGlobal = new Set<string>();
  const tImporter = new Set<string>();
  // The global term's t: the importer's sourcing entry's where it has one, else the data's euFactors t.
  const global = terms(graph, world.countries, (c) => tByCountry.get(c) ?? euTradeFactorOf(graph, node, c)?.value, resolved.defaultWgi, noWgi, tGlobal);
  const sourcing = own.used === "sourcing" ? terms(graph, own.countries, (c) => euTradeFactorOf(graph, node, c)?.value, resolved.defaultWgi, noWgi, tImporter) : global;
  if (tGlobal.size > 0) assumptions.push(`t = 1 for ${[...tGlobal].join(", ")} in the global term (no t in the data)`);
  if (own.used === "world") assumptions.push(`no ${importer} sourcing: the global shares stand in for it`);
  else if (tImporter.size > 0) assumptions.push(`t = 1 for ${[...tImporter].join(", ")} in the ${importer} term (no t in the data)`);
  if (noWgi.size > 0) assumptions.push(`WGI estimate ${resolved.defaultWgi} (settings.defaultWgi) for ${[...noWgi].join(", ")}`);
  const irEntry = layersOf(graph).importReliance.find((e) => e.importer === importer && e.node === node);
  const ir = irEntry?.value ?? 1;
  if (!irEntry) assumptions.push(`IR missing, taken as 1`);
  const { eol, si, eolRir, siSr } = recyclingAndSubstitution(graph, node);
  if (eol === undefined) assumptions.push("EoL_RIR missing, taken as 0 (no recycling; SR an upper bound)");
  if (si === undefined) assumptions.push("SI_SR missing, taken as 1 (no substitution; SR an upper bound)");
  const tFromData = world.countries.filter((c) => !tByCountry.has(c.id)).map((c) => [c.id, euTradeFactorOf(graph, node, c.id)] as const).filter(([, f]) => f !== undefined);
  const sources = [
    ...(tFromData.length > 0 ? [`t of ${tFromData.map(([c]) => c).join(", ")} in the global term: ${tFromData[0]![1]!.source}`] : []),
    ...(irEntry ? [`IR ${irEntry.value}: ${irEntry.source.citation} (${irEntry.year}, grade ${irEntry.grade})`] : []),
    ...(eol ? [`EoL_RIR ${eol.value}: ${eol.source}`] : []),
    ...(si ? [`SI_SR ${si.value}: ${si.source}`] : []),
  ];
  const hhiWgiGlobal = total(global);
  const hhiWgiImporter = total(sourcing);
  const sr = (hhiWgiGlobal * (ir / 2) + hhiWgiImporter * (1 - ir / 2)) * (1 - eolRir) * siSr;
  return {
    node, material: attrs.material ?? node, stage: attrs.stage, importer,
    hhiWgiGlobal, hhiWgiImporter, importerMix: own.used, ir, eolRir, siSr, sr, global, sourcing, assumptions, sources,
  };
}

export interface EuSrMaterial {
  material: string;
  /** The stage node with the higher SR. */
  bottleneck: string;
  stages: EuSupplyRisk[];
}

/** SR of every supplied material node, grouped by material, bottleneck stage first; materials by bottleneck SR. */
export function euSupplyRiskAll(graph: ChokepointGraph, settings: EngineSettingsInput = {}, options: EuSrOptions = {}): EuSrMaterial[] {
  const resolved = resolveSettings(settings);
  const byMaterial = new Map<string, EuSupplyRisk[]>();
  for (const node of suppliedNodes(graph)) {
    const sr = euSupplyRisk(graph, node, resolved, options);
    if (!sr) continue;
    byMaterial.set(sr.material, [...(byMaterial.get(sr.material) ?? []), sr]);
  }
  const out = [...byMaterial].map(([material, stages]): EuSrMaterial => {
    stages.sort((a, b) => b.sr - a.sr || (a.node < b.node ? -1 : 1));
    return { material, bottleneck: stages[0]!.node, stages };
  });
  return out.sort((a, b) => b.stages[0]!.sr - a.stages[0]!.sr || (a.material < b.material ? -1 : 1));
}
