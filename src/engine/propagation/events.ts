// Dated supply events from the data's `events` list (export controls, licence requirements): which
// are in force on a date, which touch a node, and scenario presets built from them (issue 12).
import type { ChokepointGraph } from "../../model/graph.ts";
import { edgeKey } from "../../model/graph.ts";
import { layersOf } from "../../model/layers.ts";
import type { SupplyEvent } from "../../schema/layers.ts";
import type { ScenarioCut } from "./scenario.ts";

/** An IsoDate as a comparable day: a month ("2023-03") counts from its first day. */
const day = (date: string) => (date.length === 7 ? `${date}-01` : date);

const activeOn = (e: SupplyEvent, date: string) => day(e.start) <= day(date) && (e.end === undefined || day(date) < day(e.end));

/**
 * The restrictions in force on `date` (an IsoDate): started, not ended, and not suspended by a
 * suspension that is itself in force on that date. Suspensions are not returned.
 */
export function eventsInForce(events: readonly SupplyEvent[], date: string): SupplyEvent[] {
  const suspended = new Set(events.filter((e) => e.kind === "suspension" && e.suspends && activeOn(e, date)).map((e) => e.suspends!));
  return events.filter((e) => e.kind !== "suspension" && activeOn(e, date) && !suspended.has(e.id));
}

/** Events whose scope holds `node`, or that it imposes, or whose imports they restrict; by start date. */
export function eventsTouching(graph: ChokepointGraph, node: string): SupplyEvent[] {
  return layersOf(graph)
    .events.filter((e) => e.nodes.includes(node) || e.imposer === node || e.target === node)
    .sort((a, b) => (day(a.start) < day(b.start) ? -1 : day(a.start) > day(b.start) ? 1 : a.id < b.id ? -1 : 1));
}

export interface EventPreset {
  id: string;
  label: string;
  description: string;
  cuts: ScenarioCut[];
  /** Scope nodes the imposer has no supplies edge to in this graph, so no cut was made for them. */
  uncut: string[];
}

/**
 * A scenario preset for each restriction (not suspensions): the imposer's supply of each scope
 * node withheld at the event's severity, or 100% when the announcement sets none (an upper bound:
 * a licence requirement delays and refuses some shipments, it does not stop all). The graph holds
 * world supply, so a targeted event (Japan -> South Korea) is withheld from everyone.
 */
export function eventPresets(graph: ChokepointGraph): EventPreset[] {
  return layersOf(graph)
    .events.filter((e) => e.kind !== "suspension")
    .map((e) => {
      const severity = e.severity ?? 1;
      const supplied = (to: string) => graph.hasNode(e.imposer) && graph.hasEdge(edgeKey(e.imposer, to)) && graph.getEdgeAttribute(edgeKey(e.imposer, to), "kind") === "supplies";
      const cut = e.nodes.filter(supplied);
      const uncut = e.nodes.filter((n) => !supplied(n));
      const span = `from ${e.start}${e.end ? ` to ${e.end}` : ""}`;
      const description =
        `${e.label} (${span}; ${e.source.citation}). Withholds ${e.imposer}'s supply of ${cut.join(", ") || "nothing in this graph"} ` +
        `${e.severity === undefined ? "100% (no severity in the source: an upper bound)" : `${Math.round(severity * 100)}%`}` +
        `${e.target ? `; the graph holds world supply, so it is withheld from everyone, not only ${e.target}` : ""}.`;
      return { id: e.id, label: e.label, description, cuts: cut.map((to) => ({ edge: { from: e.imposer, to }, severity })), uncut };
    });
}
