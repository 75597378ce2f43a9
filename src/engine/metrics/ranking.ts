// The composite risk ranking: supplied nodes ordered by concentration x downstream reach,
// each entry explained by its own numbers and the source of its largest share.
import { edgeKey, type ChokepointGraph } from "../../model/graph.ts";
import type { EngineSettings } from "../../schema/settings.ts";
import { computeConcentration, suppliedNodes, type Concentration } from "./concentration.ts";
import { sectorReach } from "../structure/index.ts";

export interface RiskEntry {
  rank: number;
  node: string;
  label: string;
  kind: string;
  /** hhiCountry / 10,000 x reach, 0..1 */
  score: number;
  concentration: Concentration;
  /** Sectors that depend on this node, directly or not. */
  sectorsDownstream: string[];
  /** sectorsDownstream / all sectors in the graph, 0..1 (1 when the graph has no sector) */
  reach: number;
  /** Source of the top supplier's share, when the data names one. */
  source: { citation: string; url?: string | undefined; year?: number | undefined } | undefined;
  explanation: string;
}

/**
 * Supplied nodes ordered by score = country HHI / 10,000 x reach (share of all sectors downstream),
 * 0..1, ties by HHI then id. Every entry's `explanation` is one line: the top country and its share
 * with the source of that figure when the data gives one, the HHI (and whether it is a lower bound), and the reach.
 */
export function rankRisks(graph: ChokepointGraph, settings: EngineSettings): RiskEntry[] {
  // Sectors downstream of every node at once (bitsets over the condensation, reach.ts): the same
  // sorted lists a breadth-first walk per node gives.
  const sectorsBelow = sectorReach(graph);
  const sectors = sectorsBelow.sectors;
  const entries = suppliedNodes(graph).map((node) => {
    const concentration = computeConcentration(graph, node, settings);
    const sectorsDownstream = sectorsBelow.sectorsBelow(node);
    const reach = sectors.length === 0 ? 1 : sectorsDownstream.length / sectors.length;
    const source = topSource(graph, node, concentration);
    const label = graph.getNodeAttribute(node, "label");
    return {
      rank: 0,
      node,
      label,
      kind: graph.getNodeAttribute(node, "kind"),
      score: (concentration.hhiCountry / 10_000) * reach,
      concentration,
      sectorsDownstream,
      reach,
      source,
      explanation: explain(graph, label, concentration, sectorsDownstream.length, sectors.length, source),
    };
  });
  entries.sort((a, b) => b.score - a.score || b.concentration.hhiCountry - a.concentration.hhiCountry || (a.node < b.node ? -1 : 1));
  entries.forEach((e, i) => (e.rank = i + 1));
  return entries;
}

function topSource(graph: ChokepointGraph, node: string, c: Concentration): RiskEntry["source"] {
  const top = c.suppliers[0];
  if (!top) return undefined;
  const attrs = graph.getEdgeAttributes(edgeKey(top.id, node));
  return attrs.source ? { citation: attrs.source.citation, url: attrs.source.url, year: attrs.year } : undefined;
}

const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
// toLocaleString costs ~20 µs a call, which adds up to a fifth of a second over a 10k-node ranking.
const thousands = (x: number) => String(Math.round(x)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");

function explain(
  graph: ChokepointGraph,
  label: string,
  c: Concentration,
  sectorsReached: number,
  sectorsTotal: number,
  source: RiskEntry["source"],
): string {
  const top = c.top;
  const who = top ? (graph.hasNode(top.id) ? graph.getNodeAttribute(top.id, "label") : top.id) : "no listed supplier";
  const cited = source ? ` (${source.citation}${source.year ? `, ${source.year}` : ""})` : "";
  const lowerBound = c.coverage < 0.999 ? `, a lower bound: ${pct(c.coverage)} of supply listed` : "";
  return (
    `${who} supplies ${top ? pct(top.share) : "0%"} of ${label}${cited}; ` +
    `HHI ${thousands(c.hhiCountry)}${lowerBound}; reaches ${sectorsReached} of ${sectorsTotal} sectors`
  );
}
