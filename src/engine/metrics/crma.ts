// The EU Critical Raw Materials Act benchmark checkable on world shares alone (Regulation
// 2024/1252, art. 5): no single third country may supply more than 65% of a strategic material at
// any stage. A breach list a CI job can gate on, and the friend-shoring (coalition) view of it.
import type { ChokepointGraph } from "../../model/graph.ts";
import { resolveSettings, type EngineSettings, type EngineSettingsInput } from "../../schema/settings.ts";
import { compareIds, computeConcentration, hhi, suppliedNodes, type Concentration, type ShareEntry } from "./concentration.ts";
import { blocMembers, exposureOf, partnerSet, type PartnerExposure } from "./partners.ts";

/** Id of the merged supplier the coalition view puts in place of the partner countries. */
export const COALITION_ID = "partners";

export interface CrmaBreach {
  node: string;
  /** The material across stages (`material` on the node, else its id). */
  material: string;
  stage: string | undefined;
  /** The third country (outside the bloc, and outside the partner set in coalition mode). */
  country: string;
  /** Its share of world supply, 0..1, above settings.thresholds.topShare. */
  share: number;
}

export interface CrmaResult {
  breaches: CrmaBreach[];
  /** Material nodes with suppliers that were checked. */
  checked: number;
  /** The benchmark used, 0..1 (settings.thresholds.topShare, 0.65 by default). */
  benchmark: number;
  bloc: string;
  coalition: boolean;
}

export interface CrmaOptions {
  /** Merge the partner set into one supplier first, and count it as no third country. */
  coalition?: boolean;
  /** Countries inside this bloc are not third countries; default settings.crmaBloc ("EU"). */
  bloc?: string;
}

/**
 * Breaches of the single-third-country benchmark per material node. A breach is a share strictly
 * above the benchmark ("not more than 65%": exactly 65% complies, unlike the >= top-share flag).
 * Shares are world shares, a stand-in for EU consumption shares, which the data does not have.
 * Breaches are ordered by share, highest first.
 */
export function crmaCheck(graph: ChokepointGraph, settings: EngineSettingsInput = {}, options: CrmaOptions = {}): CrmaResult {
  const resolved = resolveSettings(settings);
  const bloc = options.bloc ?? resolved.crmaBloc;
  const coalition = options.coalition ?? false;
  const insiders = blocMembers(graph, bloc);
  const partners = coalition ? partnerSet(graph, resolved) : new Set<string>();
  const benchmark = resolved.thresholds.topShare;
  const breaches: CrmaBreach[] = [];
  let checked = 0;
  for (const node of suppliedNodes(graph)) {
    const attrs = graph.getNodeAttributes(node);
    if (attrs.kind !== "material") continue;
    checked++;
    const { countries } = computeConcentration(graph, node, resolved);
    for (const c of countries) {
      if (insiders.has(c.id) || partners.has(c.id) || c.share <= benchmark) continue;
      breaches.push({ node, material: attrs.material ?? node, stage: attrs.stage, country: c.id, share: c.share });
    }
  }
  breaches.sort((a, b) => b.share - a.share || compareIds(a.node, b.node));
  return { breaches, checked, benchmark, bloc, coalition };
}

/** Country shares with every partner country merged into one entry, `COALITION_ID`; largest first. */
export function mergePartners(countries: ShareEntry[], partners: ReadonlySet<string>): ShareEntry[] {
  const merged: ShareEntry = { id: COALITION_ID, share: 0, listed: true };
  const rest: ShareEntry[] = [];
  for (const c of countries) {
    if (partners.has(c.id)) {
      merged.share += c.share;
      merged.listed &&= c.listed;
    } else rest.push(c);
  }
  const out = merged.share > 0 ? [merged, ...rest] : rest;
  return out.sort((a, b) => b.share - a.share || compareIds(a.id, b.id));
}

export interface CoalitionEntry {
  node: string;
  /** Country shares with the partners merged into one supplier `partners`. */
  countries: ShareEntry[];
  /** HHI (0..10,000) over the merged country shares. */
  hhiCoalition: number;
  /** HHI over the unmerged country shares, for comparison. */
  hhiCountry: number;
  top: ShareEntry | undefined;
  flags: Concentration["flags"];
  exposure: PartnerExposure;
}

export interface CoalitionView {
  partners: string[];
  entries: CoalitionEntry[];
  /** 65% breaches with the EU alone (settings.crmaBloc) and with the coalition merged. */
  breachesBefore: CrmaBreach[];
  breachesRemaining: CrmaBreach[];
  /** How many breaches remain with the coalition: breachesRemaining.length. */
  remaining: number;
}

/**
 * The friend-shoring view: concentration and partner exposure of every supplied node with the
 * partner set merged into one supplier, and the CRMA breaches that remain once partners are no
 * third countries. Entries ordered by the largest non-partner share, highest first.
 */
export function coalitionView(graph: ChokepointGraph, settings: EngineSettingsInput = {}): CoalitionView {
  const resolved: EngineSettings = resolveSettings(settings);
  const partners = partnerSet(graph, resolved);
  const entries = suppliedNodes(graph).map((node): CoalitionEntry => {
    const c = computeConcentration(graph, node, resolved);
    const countries = mergePartners(c.countries, partners);
    const hhiCoalition = hhi(countries);
    const top = countries[0];
    return {
      node,
      countries,
      hhiCoalition,
      hhiCountry: c.hhiCountry,
      top,
      flags: { topShare: (top?.share ?? 0) >= resolved.thresholds.topShare, hhi: hhiCoalition >= resolved.thresholds.hhi },
      exposure: exposureOf(node, c.countries, c.coverage, c.unresolved, partners),
    };
  });
  const nonPartner = (e: CoalitionEntry) => e.exposure.largestNonPartner?.share ?? 0;
  entries.sort((a, b) => nonPartner(b) - nonPartner(a) || compareIds(a.node, b.node));
  const breachesBefore = crmaCheck(graph, resolved).breaches;
  const breachesRemaining = crmaCheck(graph, resolved, { coalition: true }).breaches;
  return { partners: [...partners].sort(), entries, breachesBefore, breachesRemaining, remaining: breachesRemaining.length };
}
