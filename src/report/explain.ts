// Everything known and computed about one node, for `chokepoint explain`: a readable page and JSON.
import type { N1Result } from "../engine/perspective/index.ts";
import type { Centrality } from "../engine/structure/index.ts";
import type { PartnerExposure } from "../engine/metrics/index.ts";
import type { SectorImpact } from "../engine/propagation/index.ts";
import type { Node } from "../schema/nodes.ts";
import { concentrationJson, type ConcentrationRow } from "./concentration.ts";
import { pct, thousands } from "./format.ts";
import { formatJson } from "./json.ts";
import { terminalText } from "./terminal.ts";
import { exposureJson } from "./partners.ts";

export interface Relation {
  id: string;
  label: string;
  /** share for suppliers, substitutability for inputs */
  value?: number | undefined;
  year?: number | undefined;
  source?: string | undefined;
  /** supplies: source grade, basis and production site of the share */
  grade?: string | undefined;
  basis?: string | undefined;
  site?: string | undefined;
}

export interface Explanation {
  node: Node;
  isPartner: boolean | undefined;
  suppliers: Relation[];
  inputs: Relation[];
  /** Host country (company) or operator (constellation). */
  hosts: Relation[];
  /** Companies located in it or constellations it operates (country). */
  hosted: Relation[];
  dependents: Relation[];
  supply: ConcentrationRow | undefined;
  /** IEA N-1 of a supplied node: supply left when its largest supplier country stops. */
  n1?: N1Result | undefined;
  exposure: PartnerExposure | undefined;
  risk: { rank: number; of: number; score: number; explanation: string } | undefined;
  centrality: Centrality;
  /** For a sector: the nodes every supply path passes through. */
  dominators: string[] | undefined;
  /** Sectors every supply path to which passes through this node. */
  dominates: string[];
  /** Cut alone at 100%: sectors that lose, largest first. */
  knockout: SectorImpact[] | undefined;
  upstream: { id: string; depth: number }[];
  downstream: { id: string; depth: number }[];
  downstreamSectors: string[];
  /** Dated events (export controls) that name it, with whether each is in force today. */
  events?: { id: string; label: string; kind: string; imposer: string; target?: string; start: string; end?: string; inForce: boolean; source: string }[];
}

const relationLine = (r: Relation, unit: "share" | "subst" | "none") =>
  `  ${r.id.padEnd(20)} ${r.label}` +
  (unit === "share" ? ` ${r.value === undefined ? "(share not listed)" : pct(r.value)}` : "") +
  (unit === "share" ? [r.grade ? ` grade ${r.grade}` : "", r.basis ? `, ${r.basis}` : "", r.site ? `, made in ${r.site}` : ""].join("") : "") +
  (unit === "subst" && r.value ? ` (substitutable ${pct(r.value)})` : "") +
  (r.source ? `  [${r.source}${r.year ? `, ${r.year}` : ""}]` : "");

function section(title: string, lines: string[]): string[] {
  return lines.length > 0 ? ["", `${title}:`, ...lines] : [];
}

const depthList = (list: { id: string; depth: number }[], limit = 12) =>
  list.length === 0
    ? "none"
    : `${list.length}: ${list.slice(0, limit).map((x) => `${x.id} (${x.depth})`).join(", ")}${list.length > limit ? ", ..." : ""}`;

export function formatExplanation(e: Explanation): string {
  const n = e.node;
  const lines = [`${n.label} (${n.id}), ${n.kind}`];
  if (n.aliases?.length) lines.push(`  also: ${n.aliases.join(", ")}`);
  if (n.description) lines.push(`  ${n.description}`);
  if (n.kind === "country") {
    lines.push(`  blocs: ${n.blocs.join(", ") || "none"}; taskforce partner: ${e.isPartner ? "yes" : "no"}`);
    if (n.governance) lines.push(`  governance (WGI estimate): ${n.governance.wgi}${n.governance.year ? ` (${n.governance.year})` : ""}`);
  }
  if (n.kind === "material" && (n.stage || n.material)) lines.push(`  material ${n.material ?? "-"}, stage ${n.stage ?? "-"}${n.strategic ? ", CRMA strategic" : ""}${n.critical ? ", EU critical" : ""}`);
  for (const f of n.figures ?? []) lines.push(`  ${f.label ?? f.key}: ${f.value.toLocaleString("en-US")}${f.unit ? ` ${f.unit}` : ""}${f.year ? ` (${f.year})` : ""}${f.source ? ` [${f.source.citation}]` : ""}`);
  if (n.source) lines.push(`  source: ${n.source.citation}${n.source.url ? ` ${n.source.url}` : ""}`);
  if (n.note) lines.push(`  note: ${n.note}`);
  lines.push(
    ...section("suppliers", e.suppliers.map((r) => relationLine(r, "share"))),
    ...section("inputs", e.inputs.map((r) => relationLine(r, "subst"))),
    ...section(n.kind === "constellation" ? "operated by" : "located in", e.hosts.map((r) => relationLine(r, "none"))),
    ...section("hosts or operates", e.hosted.map((r) => relationLine(r, "none"))),
    ...section("direct dependents", e.dependents.map((r) => relationLine(r, "none"))),
  );
  if (e.supply) {
    const { concentration: c, governance: g } = e.supply;
    lines.push(
      "",
      "concentration:",
      `  HHI ${thousands(c.hhiCountry)} by country${c.lowerBound ? ` (lower bound: ${pct(c.coverage)} listed)` : ""}; top ${c.top ? `${c.top.id} ${pct(c.top.share)}` : "-"}` +
        `${c.flags.topShare ? "; over the 65% benchmark" : ""}`,
      `  HHI_WGI ${g.hhiWgi.toFixed(3)}; supply risk ${g.supplyRisk === undefined ? "-" : g.supplyRisk.toFixed(3)}`,
    );
  }
  if (e.n1) {
    const n = e.n1;
    const spare = n.leftWithSpare === undefined ? "no spare-capacity data" : `${pct(n.leftWithSpare)} with spare capacity`;
    lines.push(`  N-1: ${pct(n.left)} of supply left without ${n.largest ?? "-"} (${pct(n.largestShare)}, ${n.used} shares); ${spare}`);
  }
  if (e.exposure) {
    const x = e.exposure;
    lines.push(`  from outside the partner set: ${pct(x.nonPartnerShare)}${x.largestNonPartner ? `, largest ${x.largestNonPartner.id} ${pct(x.largestNonPartner.share)}` : ""}`);
  }
  if (e.risk) lines.push(`  risk rank ${e.risk.rank} of ${e.risk.of} (score ${e.risk.score.toFixed(3)}): ${e.risk.explanation}`);
  const c = e.centrality;
  lines.push("", `centrality: in ${c.inDegree}, out ${c.outDegree}, pagerank ${c.pagerank.toFixed(4)}, betweenness ${c.betweenness.toFixed(4)}`);
  if (e.dominators) lines.push(`dominators (on every supply path): ${e.dominators.join(" -> ") || "none"}`);
  if (e.dominates.length > 0) lines.push(`on every supply path to: ${e.dominates.join(", ")}`);
  if (e.knockout) {
    const hit = e.knockout.filter((s) => s.loss > 1e-9);
    lines.push(`cut alone: ${hit.length === 0 ? "no sector loses anything" : hit.map((s) => `${s.sector} -${pct(s.loss)}`).join(", ")}`);
  }
  lines.push(`upstream ${depthList(e.upstream)}`, `downstream ${depthList(e.downstream)}`);
  if (e.downstreamSectors.length > 0) lines.push(`sectors downstream: ${e.downstreamSectors.join(", ")}`);
  lines.push(
    ...section(
      "events",
      (e.events ?? []).map((v) => `  ${v.start}${v.end ? `..${v.end}` : ".."} ${v.id}${v.inForce ? " (in force)" : ""}: ${v.label} [${v.source}]`),
    ),
  );
  return `${lines.map(terminalText).join("\n")}\n`;
}

export function explanationJson(e: Explanation) {
  return {
    node: e.node,
    isPartner: e.isPartner ?? null,
    suppliers: e.suppliers.map((r) => ({ ...r, value: r.value === undefined ? null : (r.value) })),
    inputs: e.inputs,
    hosts: e.hosts,
    hosted: e.hosted,
    dependents: e.dependents,
    concentration: e.supply ? concentrationJson(e.supply) : null,
    n1: e.n1 ?? null,
    partnerExposure: e.exposure ? exposureJson(e.exposure) : null,
    risk: e.risk ? { ...e.risk, score: (e.risk.score) } : null,
    centrality: { ...e.centrality, pagerank: (e.centrality.pagerank), betweenness: (e.centrality.betweenness) },
    dominators: e.dominators ?? null,
    dominates: e.dominates,
    knockout: e.knockout ? e.knockout.filter((s) => s.loss > 1e-9).map((s) => ({ sector: s.sector, loss: (s.loss), path: s.path })) : null,
    upstream: e.upstream,
    downstream: e.downstream,
    downstreamSectors: e.downstreamSectors,
    events: e.events ?? [],
  };
}

export const formatExplanationJson = (e: Explanation) => formatJson(explanationJson(e));
