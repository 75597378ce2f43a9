// The metrics the Monte Carlo and the tornado know by name, so a worker thread can rebuild one
// from plain data. Each returns named numbers: `<node>` keys, or `<node>|<what>` where one node
// gives several. A time-based scenario (issue 13) becomes one more entry here.
import type { ChokepointGraph } from "../../model/graph.ts";
import { resolveSettings } from "../../schema/settings.ts";
import { concentrationAll } from "../metrics/index.ts";
import { runKnockouts } from "../propagation/index.ts";
import { crmaList } from "../perspective/index.ts";
import { euSupplyRiskAll } from "../perspective/index.ts";
import { n1All } from "../perspective/index.ts";
import { perspectiveGraph } from "../perspective/index.ts";
import { WORLD } from "../perspective/index.ts";
import { rankRisks } from "../metrics/index.ts";
import { runScenario, runTimeline, type TimedCut } from "../propagation/index.ts";
import type { Metric } from "./monte-carlo.ts";

export const METRIC_NAMES = ["hhi", "sr", "n1", "ranking", "crma", "scenario", "timeline", "knockouts"] as const;
export type MetricName = (typeof METRIC_NAMES)[number];

export interface MetricSpec {
  name: MetricName;
  perspective?: string;
  /** For "scenario" and "timeline": the cuts (timing fields are read by "timeline" only). */
  cuts?: TimedCut[];
  /** For "timeline": the horizon in months (default 12) and the survival threshold. */
  months?: number;
  threshold?: number;
  /** For "crma": every material, not only strategic ones. */
  allMaterials?: boolean;
}

/** The metric a spec names; it reads the drawn graph under the spec's perspective. */
export function buildMetric(spec: MetricSpec): Metric {
  const settings = resolveSettings();
  const perspective = spec.perspective ?? WORLD;
  const view = (g: ChokepointGraph) => perspectiveGraph(g, perspective);
  switch (spec.name) {
    case "hhi":
      return (g) => Object.fromEntries(concentrationAll(view(g), settings).map((c) => [c.node, c.hhiCountry]));
    case "sr":
      // The EU method's importer is the perspective when one is given, else the EU.
      return (g) => Object.fromEntries(euSupplyRiskAll(g, settings, perspective === WORLD ? {} : { importer: perspective }).flatMap((m) => m.stages.map((s) => [s.node, s.sr])));
    case "n1":
      return (g) => Object.fromEntries(n1All(g, perspective, settings).flatMap((m) => [[`${m.material}|chain`, m.left], ...m.stages.map((s) => [s.node, s.left])]));
    case "ranking":
      return (g) => Object.fromEntries(rankRisks(view(g), settings).flatMap((r) => [[`${r.node}|rank`, r.rank], [`${r.node}|score`, r.score]]));
    case "crma":
      return (g) => {
        const result = crmaList(g, settings, { perspective, ...(spec.allMaterials ? { allMaterials: true } : {}) });
        const breached = new Set(result.breaches.map((b) => b.node));
        const out: Record<string, number> = {};
        g.forEachNode((id, a) => {
          if (a.kind === "material" && (spec.allMaterials || a.strategic === true)) out[id] = breached.has(id) ? 1 : 0;
        });
        return out;
      };
    case "scenario":
      return (g) => {
        // Every sector gets a key, also those the scenario leaves whole, so each draw has the same keys.
        const out: Record<string, number> = {};
        g.forEachNode((id, a) => void (a.kind === "sector" && (out[id] = 0)));
        for (const s of runScenario(view(g), spec.cuts ?? []).sectors) out[s.sector] = s.loss;
        return out;
      };
    case "timeline":
      return (g) => {
        // Output-months lost per sector over the horizon; every sector keyed, as for "scenario".
        const out: Record<string, number> = {};
        g.forEachNode((id, a) => void (a.kind === "sector" && (out[id] = 0)));
        for (const s of runTimeline(view(g), spec.cuts ?? [], timelineOptions(spec)).sectors) out[s.sector] = s.outputMonthsLost;
        return out;
      };
    case "knockouts":
      return (g) => Object.fromEntries(runKnockouts(view(g), settings).map((k) => [k.node, k.meanLoss]));
  }
}

/** The runTimeline options of a "timeline" spec. */
export const timelineOptions = (spec: MetricSpec) => ({ months: spec.months ?? 12, ...(spec.threshold !== undefined ? { threshold: spec.threshold } : {}) });
