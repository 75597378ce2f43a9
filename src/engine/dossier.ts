// A supplier's dossier: what a country, company or constellation supplies, what falls by sector
// when it alone is cut (its knock-out), and the CRMA breaches it causes. The view's supplier panel
// reads this and computes nothing itself.
import type { ChokepointGraph } from "../model/graph.ts";
import { hostsOf } from "../model/queries.ts";
import type { Grade } from "../schema/common.ts";
import type { NodeKind } from "../schema/nodes.ts";
import { resolveSettings, type EngineSettingsInput } from "../schema/settings.ts";
import { compareIds, resolvedShares } from "./metrics/index.ts";
import { crmaCheck, type CrmaBreach } from "./metrics/index.ts";
import { memoHostsOf } from "./metrics/index.ts";
import { propagationModelOf, type PropagationModel } from "./propagation/index.ts";
import { isSinglePointOfFailure, runScenario, suggest } from "./propagation/index.ts";

export interface SuppliedEntry {
  /** The supplied node. */
  node: string;
  label: string;
  kind: NodeKind;
  /** The material across stages (`material` attribute) when the supplied node is a material. */
  material: string | undefined;
  /** Who supplies it: the dossier's node itself, or a company located in it / constellation it operates. */
  via: string;
  /** Share of world supply, 0..1 (an unlisted share splits the remainder, as the engine does). */
  share: number;
  listed: boolean;
  year: number | undefined;
  source: string | undefined;
  /** The edge's share is flagged as an estimate in the data. */
  estimate: boolean;
  /** The source grade of the share (A primary ... U unconfirmed), where the data gives one. */
  grade: Grade | undefined;
}

export interface SectorLoss {
  sector: string;
  label: string;
  loss: number;
  availability: number;
  /** This cut alone drops the sector's availability to 0 (see `isSinglePointOfFailure`). */
  singlePointOfFailure: boolean;
}

export interface SupplierDossier {
  node: string;
  label: string;
  kind: NodeKind;
  /** Host countries (a company) or operators (a constellation); empty for a country. */
  hosts: string[];
  /** Every node it supplies, directly or through its companies, largest share first. */
  supplies: SuppliedEntry[];
  /** Sectors that lose anything when it alone is cut 100%, largest loss first (ties by id). */
  sectors: SectorLoss[];
  singlePointOfFailureFor: string[];
  /** Mean loss over all sectors of the graph, as in runKnockouts. */
  meanLoss: number;
  /** CRMA single-third-country breaches where it is (or its host is) the third country. */
  crmaBreaches: CrmaBreach[];
  converged: boolean;
}


const SUPPLIERS = new Set<NodeKind>(["country", "company", "constellation"]);

/** The dossier of a country, company or constellation. Throws for another kind or an unknown id. */
export function supplierDossier(
  graph: ChokepointGraph,
  node: string,
  settings: EngineSettingsInput = {},
  model: PropagationModel = propagationModelOf(graph),
): SupplierDossier {
  if (!graph.hasNode(node)) throw new Error(`chokepoint dossier: no node "${node}" in the graph; ${suggest(graph, node)}`);
  const attrs = graph.getNodeAttributes(node);
  if (!SUPPLIERS.has(attrs.kind)) {
    throw new Error(`chokepoint dossier: "${node}" is a ${attrs.kind}; a dossier is for a country, company or constellation`);
  }
  const resolved = resolveSettings(settings);
  const tolerance = resolved.scenario.tolerance;
  const result = runScenario(graph, [{ node, severity: 1 }], { settings }, model);
  const sectors: SectorLoss[] = result.sectors
    .filter((s) => s.loss > tolerance)
    .map((s) => ({
      sector: s.sector,
      label: s.label,
      loss: s.loss,
      availability: s.availability,
      singlePointOfFailure: isSinglePointOfFailure(s.availability, tolerance),
    }));
  const total = result.sectors.reduce((sum, s) => sum + s.loss, 0);
  const hosts = attrs.kind === "country" ? [] : hostsOf(graph, node);
  const blamed = new Set(attrs.kind === "country" ? [node] : hosts);
  const crmaBreaches = crmaCheck(graph, settings).breaches.filter(
    (b) => blamed.has(b.country) && (attrs.kind === "country" || suppliesNode(graph, node, b.node)),
  );
  return {
    node,
    label: attrs.label,
    kind: attrs.kind,
    hosts,
    supplies: suppliedBy(graph, node),
    sectors,
    singlePointOfFailureFor: sectors.filter((s) => s.singlePointOfFailure).map((s) => s.sector),
    meanLoss: result.sectors.length > 0 ? total / result.sectors.length : 0,
    crmaBreaches,
    converged: result.converged,
  };
}

const suppliesNode = (graph: ChokepointGraph, from: string, to: string) =>
  graph.someInEdge(to, (_e, attrs, source) => attrs.kind === "supplies" && source === from);

/** Supplies of `node` and, for a country, of the companies and constellations it hosts or operates. */
export function suppliedBy(graph: ChokepointGraph, node: string): SuppliedEntry[] {
  const isCountry = graph.getNodeAttribute(node, "kind") === "country";
  const out: SuppliedEntry[] = [];
  graph.forEachEdge((_e, edge, from, to) => {
    if (edge.kind !== "supplies") return;
    if (from !== node && !(isCountry && memoHostsOf(graph, from).includes(node))) return;
    const share = resolvedShares(graph, to).find((s) => s.id === from)!;
    const target = graph.getNodeAttributes(to);
    out.push({
      node: to,
      label: target.label,
      kind: target.kind,
      material: target.kind === "material" ? (target.material ?? to) : undefined,
      via: from,
      share: share.share,
      listed: share.listed,
      year: edge.year,
      source: edge.source?.citation,
      estimate: edge.estimate === true,
      grade: edge.grade,
    });
  });
  return out.sort((a, b) => b.share - a.share || compareIds(a.node, b.node) || compareIds(a.via, b.via));
}

export { isSinglePointOfFailure } from "./propagation/index.ts";
