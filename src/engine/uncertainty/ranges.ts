// The range of every uncertain input (issue 14): explicit bounds where the data gives them
// (supplies low/high, input ranges, sourcing low/high), else a default width by source grade.
import type { ChokepointGraph } from "../../model/graph.ts";
import { layersOf } from "../../model/layers.ts";
import type { Grade } from "../../schema/common.ts";

/**
 * Default half-widths, absolute on 0..1 values (shares, substitutability, dependence). Ungraded
 * shares take C's width (most shares without a grade are compilations); ungraded substitutability
 * and dependence take U's (they are labelled judgements). Stock months are relative (not used by the
 * steady-state model; issue 13's time model reads them): A 10%, B 25%, C 50%, U 100%, ungraded 50%.
 */
export interface UncertaintyWidths {
  share: Record<Grade, number>;
  judgement: Record<Grade, number>;
  ungradedShare: number;
  ungradedJudgement: number;
  stockRelative: Record<Grade, number> & { ungraded: number };
}

export const DEFAULT_WIDTHS: UncertaintyWidths = {
  share: { A: 0.02, B: 0.05, C: 0.1, U: 0.2 },
  judgement: { A: 0.02, B: 0.05, C: 0.1, U: 0.2 },
  ungradedShare: 0.1,
  ungradedJudgement: 0.2,
  stockRelative: { A: 0.1, B: 0.25, C: 0.5, U: 1, ungraded: 0.5 },
};

export type InputKind = "share" | "substitutability" | "dependence" | "sourcing" | "stock";

export interface UncertainInput {
  kind: InputKind;
  /** Edge key (`from->to`) for edge inputs, index into the sourcing list for sourcing, the node id for stock. */
  ref: string;
  /** The node whose listed shares are renormalised together (the supplied node), or the edge's target. */
  node: string;
  point: number;
  low: number;
  high: number;
  /** true when the bounds come from the data, false when from the grade's default width. */
  explicit: boolean;
  grade: Grade | undefined;
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

function bounds(point: number, low: number | undefined, high: number | undefined, width: number) {
  const explicit = low !== undefined || high !== undefined;
  return { low: clamp01(low ?? (explicit ? point : point - width)), high: clamp01(high ?? (explicit ? point : point + width)), explicit };
}

/**
 * Every uncertain input of the graph with its range. Substitutability and dependence whose range
 * is a single point are left out; shares are all kept, since fixed ones count when a node's drawn
 * shares are renormalised.
 */
export function uncertainInputs(graph: ChokepointGraph, widths: UncertaintyWidths = DEFAULT_WIDTHS): UncertainInput[] {
  const out: UncertainInput[] = [];
  const push = (input: UncertainInput) => {
    if (input.high > input.low || input.kind === "share" || input.kind === "sourcing") out.push(input);
  };
  graph.forEachEdge((key, a, _from, to) => {
    if (a.kind === "supplies" && a.share !== undefined) {
      const w = a.grade ? widths.share[a.grade] : widths.ungradedShare;
      push({ kind: "share", ref: key, node: to, point: a.share, ...bounds(a.share, a.low, a.high, w), grade: a.grade });
    } else if (a.kind === "input") {
      const w = a.grade ? widths.judgement[a.grade] : widths.ungradedJudgement;
      const r = a.ranges;
      push({ kind: "substitutability", ref: key, node: to, point: a.substitutability, ...bounds(a.substitutability, r?.substitutability?.low, r?.substitutability?.high, w), grade: a.grade });
      // Dependence only varies where the data states it: an absent dependence is the model's 1.
      if (a.dependence !== undefined) {
        push({ kind: "dependence", ref: key, node: to, point: a.dependence, ...bounds(a.dependence, r?.dependence?.low, r?.dependence?.high, w), grade: a.grade });
      }
    }
  });
  layersOf(graph).sourcing.forEach((e, i) => {
    push({ kind: "sourcing", ref: String(i), node: `${e.importer}\u0000${e.node}`, point: e.share, ...bounds(e.share, e.low, e.high, widths.share[e.grade]), grade: e.grade });
  });
  // Stocks last, so the shares' and judgements' draws of every other metric stay as they were.
  graph.forEachNode((id, a) => {
    if (!("stock" in a) || !a.stock) return;
    const { months, range, grade } = a.stock;
    const w = months * (grade ? widths.stockRelative[grade] : widths.stockRelative.ungraded);
    const explicit = range !== undefined;
    push({ kind: "stock", ref: id, node: id, point: months, low: explicit ? range.low : Math.max(0, months - w), high: explicit ? range.high : months + w, explicit, grade });
  });
  return out;
}
