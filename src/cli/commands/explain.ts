// `chokepoint explain NODE`: everything known and computed about one node, upstream and downstream.
import { computeCentrality, dominatorsAll } from "../../engine/structure/index.ts";
import { computeConcentration, governanceWeighted, partnerExposure, partnerSet, rankRisks } from "../../engine/metrics/index.ts";
import { dependencies } from "../../engine/index.ts";
import { runScenario } from "../../engine/propagation/index.ts";
import { eventsInForce, eventsTouching } from "../../engine/propagation/index.ts";
import { mixUsed, n1, perspectiveInfo } from "../../engine/perspective/index.ts";
import type { ChokepointGraph } from "../../model/graph.ts";
import { formatExplanation, formatExplanationJson, type Explanation, type Relation } from "../../report/explain.ts";
import { resolveSettings, type EngineSettings } from "../../schema/settings.ts";
import { resolveNode } from "../args.ts";
import type { Command } from "../command.ts";
import { UsageError } from "../io.ts";
import { formatOf, PARTNER_OPTION, settingsOf, loadPerspective, PERSPECTIVE_OPTION } from "./shared.ts";

function relation(graph: ChokepointGraph, id: string, edge?: string): Relation {
  const attrs = edge ? graph.getEdgeAttributes(edge) : undefined;
  const value = attrs?.kind === "supplies" ? attrs.share : attrs?.kind === "input" ? attrs.substitutability : undefined;
  const supply = attrs?.kind === "supplies" ? { grade: attrs.grade, basis: attrs.basis, site: attrs.site } : {};
  return { id, label: graph.getNodeAttribute(id, "label"), value, year: attrs?.year, source: attrs?.source?.citation, ...supply };
}

/** The events that touch `node`, each marked in force or not on `today` (an ISO date). */
function nodeEvents(graph: ChokepointGraph, node: string, today: string): NonNullable<Explanation["events"]> {
  const touching = eventsTouching(graph, node);
  const inForce = new Set(eventsInForce(touching, today).map((e) => e.id));
  return touching.map((e) => ({
    id: e.id, label: e.label, kind: e.kind, imposer: e.imposer, target: e.target, start: e.start, end: e.end, inForce: inForce.has(e.id), source: e.source.citation,
  }));
}

export function explainNode(graph: ChokepointGraph, node: string, settings: EngineSettings, today = new Date().toISOString().slice(0, 10)): Explanation {
  const attrs = graph.getNodeAttributes(node);
  const suppliers: Relation[] = [];
  const inputs: Relation[] = [];
  const hosts: Relation[] = [];
  const hosted: Relation[] = [];
  const dependents: Relation[] = [];
  graph.forEachInEdge(node, (edge, a, source) => {
    if (a.kind === "supplies") suppliers.push(relation(graph, source, edge));
    else if (a.kind === "input") inputs.push(relation(graph, source, edge));
    else if (a.kind === "operates") hosts.push(relation(graph, source, edge));
    else hosted.push(relation(graph, source, edge));
  });
  graph.forEachOutEdge(node, (edge, a, _s, target) => {
    if (a.kind === "located_in") hosts.push(relation(graph, target, edge));
    else if (a.kind === "operates") hosted.push(relation(graph, target, edge));
    else dependents.push(relation(graph, target, edge));
  });
  suppliers.sort((a, b) => (b.value ?? 0) - (a.value ?? 0) || (a.id < b.id ? -1 : 1));
  const partners = partnerSet(graph, settings);
  const supplied = suppliers.length > 0;
  const ranking = supplied ? rankRisks(graph, settings) : [];
  const entry = ranking.find((r) => r.node === node);
  const allDominators = dominatorsAll(graph);
  const deps = dependencies(graph, node);
  const canCut = attrs.kind === "country" || attrs.kind === "company" || attrs.kind === "constellation";
  return {
    node: attrs,
    isPartner: attrs.kind === "country" ? partners.has(node) : undefined,
    suppliers,
    inputs,
    hosts,
    hosted,
    dependents,
    supply: supplied ? { concentration: computeConcentration(graph, node, settings), governance: governanceWeighted(graph, node, settings, { perspective: perspectiveInfo(graph).perspective, used: mixUsed(graph, node) }) } : undefined,
    n1: supplied ? n1(graph, node) : undefined,
    exposure: supplied ? partnerExposure(graph, node, settings, partners) : undefined,
    risk: entry ? { rank: entry.rank, of: ranking.length, score: entry.score, explanation: entry.explanation } : undefined,
    centrality: computeCentrality(graph).get(node)!,
    dominators: attrs.kind === "sector" ? (allDominators.get(node) ?? []) : undefined,
    dominates: [...allDominators].filter(([, list]) => list.includes(node)).map(([sector]) => sector),
    knockout: canCut ? runScenario(graph, [{ node, severity: 1 }]).sectors : undefined,
    upstream: deps.upstream,
    downstream: deps.downstream,
    downstreamSectors: deps.downstream.filter((d) => graph.getNodeAttribute(d.id, "kind") === "sector").map((d) => d.id),
    events: nodeEvents(graph, node, today),
  };
}

export const explainCommand: Command = {
  name: "explain",
  summary: "everything known and computed about one node, upstream and downstream",
  usage: "chokepoint explain NODE [--partners LIST] [--json]",
  details:
    "NODE is an id (CN, cobalt-refined), or a label in any case ('Cobalt (refined)').\n\n" +
    "Examples:\n  chokepoint explain cobalt-refined\n  chokepoint explain TW --json",
  takesArguments: true,
  options: {
    ...PERSPECTIVE_OPTION,
    ...PARTNER_OPTION,
    format: { type: "string", arg: "FORMAT", description: "table (a readable page, the default) or json" },
    json: { type: "boolean", description: "same as --format json" },
  },
  async run(context) {
    const { values, positionals, io } = context;
    if (positionals.length !== 1) throw new UsageError("give one node id, e.g. 'chokepoint explain cobalt-refined'");
    const format = formatOf(values);
    if (format === "csv" || format === "md") throw new UsageError("explain prints a page (--format table) or JSON (--json)");
    const loaded = await loadPerspective(context);
    if (!loaded) return 1;
    const { graph } = loaded;
    const node = resolveNode(graph, positionals[0]!);
    const explanation = explainNode(graph, node, resolveSettings(settingsOf(values)));
    io.out(format === "json" ? formatExplanationJson(explanation) : formatExplanation(explanation));
    return 0;
  },
};
