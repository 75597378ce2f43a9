// Partner exposure: how much of a node's supply comes from outside the taskforce's partner set
// (DOMAIN.md, "unwanted dependency"), and the bloc expansion the CRMA check shares.
import type { ChokepointGraph } from "../../model/graph.ts";
import { EU27, resolveSettings, type EngineSettingsInput } from "../../schema/settings.ts";
import { computeConcentration, type ShareEntry } from "./concentration.ts";

/**
 * Country nodes that belong to `bloc`: every country listing it in `blocs`. The EU's membership is
 * fixed by treaty, so for "EU" the EU-27 codes present in the graph count too, even when a data
 * file forgot the bloc on a member.
 */
export function blocMembers(graph: ChokepointGraph, bloc: string): Set<string> {
  const out = new Set<string>();
  graph.forEachNode((id, attrs) => {
    if (attrs.kind === "country" && attrs.blocs.includes(bloc)) out.add(id);
  });
  if (bloc === "EU") for (const id of EU27) if (graph.hasNode(id)) out.add(id);
  return out;
}

/**
 * The partner set as country ids present in the graph: each entry of `settings.partners` that is a
 * country id, every member of each entry that is a bloc name, and every country with `partner: true`.
 */
export function partnerSet(graph: ChokepointGraph, settings: EngineSettingsInput = {}): Set<string> {
  const { partners } = resolveSettings(settings);
  const out = new Set<string>();
  for (const entry of partners) {
    if (graph.hasNode(entry) && graph.getNodeAttribute(entry, "kind") === "country") out.add(entry);
    for (const member of blocMembers(graph, entry)) out.add(member);
  }
  graph.forEachNode((id, attrs) => {
    if (attrs.kind === "country" && attrs.partner === true) out.add(id);
  });
  return out;
}

export interface PartnerExposure {
  node: string;
  /** Share of world supply from partner countries (companies folded into their hosts), 0..1. */
  partnerShare: number;
  /**
   * Share from listed suppliers outside the partner set, 0..1. Suppliers with no host country
   * (listed in `unresolved`) count here: a jurisdiction we cannot name is not a partner's.
   */
  nonPartnerShare: number;
  /** The rest of world nobody listed, 0..1: partnerShare + nonPartnerShare + unlistedShare = 1. */
  unlistedShare: number;
  /** The largest single non-partner country (or unresolved supplier), if any. */
  largestNonPartner: { id: string; share: number } | undefined;
  /** Suppliers without a host country, counted as non-partner. */
  unresolved: string[];
}

/** Partner exposure of one supplied node; a node without suppliers is all `unlistedShare`. */
export function partnerExposure(
  graph: ChokepointGraph,
  node: string,
  settings: EngineSettingsInput = {},
  partners: ReadonlySet<string> = partnerSet(graph, settings),
): PartnerExposure {
  const resolved = resolveSettings(settings);
  const { countries, coverage, unresolved } = computeConcentration(graph, node, resolved);
  return exposureOf(node, countries, coverage, unresolved, partners);
}

/** The arithmetic of partnerExposure on already folded country shares (sorted largest first). */
export function exposureOf(
  node: string,
  countries: ShareEntry[],
  coverage: number,
  unresolved: string[],
  partners: ReadonlySet<string>,
): PartnerExposure {
  let partnerShare = 0;
  let nonPartnerShare = 0;
  let largestNonPartner: PartnerExposure["largestNonPartner"];
  for (const c of countries) {
    if (partners.has(c.id)) {
      partnerShare += c.share;
    } else {
      nonPartnerShare += c.share;
      if (!largestNonPartner) largestNonPartner = { id: c.id, share: c.share };
    }
  }
  return { node, partnerShare, nonPartnerShare, unlistedShare: Math.max(0, 1 - coverage), largestNonPartner, unresolved };
}
