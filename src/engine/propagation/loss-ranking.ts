// The risk ranking by propagated loss (issue 13 item 5): for each supplied node, its largest
// supplier country withholds its supply of that node for a duration (default 6 months), and the
// node is ranked by the output-months the sectors lose. Unlike the composite ranking, a sector
// reached only through substitutable or weakly depended-on inputs (or covered by stocks) adds
// little or nothing.
import type { ChokepointGraph } from "../../model/graph.ts";
import type { EngineSettings } from "../../schema/settings.ts";
import { compareIds, computeConcentration, suppliedNodes } from "../metrics/index.ts";
import type { PropagationModel } from "./propagation-model.ts";
import { propagationModelOf } from "./propagation.ts";
import { solveCuts } from "./scenario.ts";
import { timelineModelOf } from "./timeline-model.ts";
import { runTimeline } from "./timeline.ts";

export interface LossRiskEntry {
  rank: number;
  node: string;
  label: string;
  kind: string;
  /** The largest supplier at country level (companies folded into their hosts) and its share. */
  supplier: string;
  share: number;
  /** Output-months lost, summed over every sector, when that country withholds the node for `months`. */
  outputMonthsLost: number;
  months: number;
  /** The sectors losing most, with their output-months (at most three, ties included). */
  worstSectors: { sector: string; outputMonthsLost: number }[];
  sectorsHit: number;
  explanation: string;
}

export function rankByPropagatedLoss(
  graph: ChokepointGraph,
  settings: EngineSettings,
  options: { months?: number; onProgress?: (done: number, total: number) => void } = {},
): LossRiskEntry[] {
  const months = options.months ?? 6;
  const model = propagationModelOf(graph);
  const lossesOf = timeInvariant(graph, model) ? steadyLosses : timelineLosses;
  const entries: Omit<LossRiskEntry, "rank">[] = [];
  const supplied = suppliedNodes(graph);
  for (const [i, node] of supplied.entries()) {
    options.onProgress?.(i, supplied.length);
    const top = computeConcentration(graph, node, settings).top;
    if (!top) continue;
    const hit = lossesOf(graph, model, { from: top.id, to: node }, months, settings).filter((s) => s.outputMonthsLost > 1e-9);
    const total = hit.reduce((s, x) => s + x.outputMonthsLost, 0);
    const cutoff = hit[Math.min(2, hit.length - 1)]?.outputMonthsLost ?? 0;
    const worstSectors = hit.filter((s) => s.outputMonthsLost >= cutoff - 1e-12).map((s) => ({ sector: s.sector, outputMonthsLost: s.outputMonthsLost }));
    const label = graph.getNodeAttribute(node, "label");
    const named = worstSectors.slice(0, 3).map((s) => `${s.sector} ${s.outputMonthsLost.toFixed(2)}`).join(", ");
    const explanation =
      `${top.id} supplies ${(top.share * 100).toFixed(0)}% of ${label}; withheld for ${months} months it costs the sectors ` +
      `${total.toFixed(2)} output-months (${hit.length} sector(s) hit${named ? `; most: ${named}` : ""})`;
    entries.push({ node, label, kind: graph.getNodeAttribute(node, "kind"), supplier: top.id, share: top.share, outputMonthsLost: total, months, worstSectors, sectorsHit: hit.length, explanation });
  }
  options.onProgress?.(supplied.length, supplied.length);
  entries.sort((x, y) => y.outputMonthsLost - x.outputMonthsLost || compareIds(x.node, y.node));
  return entries.map((e, i) => ({ rank: i + 1, ...e }));
}

type SectorLoss = { sector: string; outputMonthsLost: number };
type LossesOf = (graph: ChokepointGraph, model: PropagationModel, edge: { from: string; to: string }, months: number, settings: EngineSettings) => SectorLoss[];

/**
 * Without stocks and substitution months nothing in the model changes from month to month while a
 * cut holds, so each month of a cut that lasts the whole horizon is the steady state: the
 * output-months are months x the steady-state loss. That is one fixed point per node instead of
 * one per month, which is what makes the ranking affordable on large generated graphs.
 */
function timeInvariant(graph: ChokepointGraph, model: PropagationModel): boolean {
  const t = timelineModelOf(graph, model);
  return t.stockMonths.every((x) => x === 0) && t.inSubstitutionMonths.every((x, k) => x === 0 || t.inSubstitutability[k] === 0);
}

const steadyLosses: LossesOf = (graph, model, edge, months, settings) => {
  const { a } = solveCuts(graph, [{ edge, severity: 1 }], { settings }, model);
  const losses = [...model.sectors].map((v) => ({ sector: model.ids[v]!, outputMonthsLost: (1 - a[v]!) * months }));
  return losses.sort((x, y) => y.outputMonthsLost - x.outputMonthsLost || compareIds(x.sector, y.sector));
};

const timelineLosses: LossesOf = (graph, model, edge, months, settings) =>
  runTimeline(graph, [{ edge, severity: 1, duration: months }], { months, settings }, model).sectors;
