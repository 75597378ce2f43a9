// Events as data (issue 12, item 9): which restrictions are in force on a date (suspensions
// honoured), which touch a node, and the scenario presets built from them.
import { beforeAll, describe, expect, it } from "vitest";
import { eventPresets, eventsInForce, eventsTouching } from "../../src/engine/propagation/index.ts";
import { presetCuts } from "../../src/engine/propagation/index.ts";
import { explainNode } from "../../src/cli/commands/explain.ts";
import { formatExplanation } from "../../src/report/explain.ts";
import { resolveSettings } from "../../src/schema/settings.ts";
import { formatIssue } from "../../src/load/index.ts";
import type { ChokepointGraph } from "../../src/model/graph.ts";
import { loadData } from "../../src/node/load-data.ts";
import type { SupplyEvent } from "../../src/schema/layers.ts";

const ev = (id: string, start: string, extra: Partial<SupplyEvent> = {}): SupplyEvent => ({
  id, label: id, kind: "export-control", imposer: "CN", nodes: ["x"], start, year: 2025, grade: "B", source: { citation: "test" }, ...extra,
});

describe("eventsInForce", () => {
  const control = ev("control", "2025-10-09");
  const pause = ev("pause", "2025-11-07", { kind: "suspension", suspends: "control", end: "2026-11-10" });
  const licence = ev("licence", "2019-07-04", { end: "2023-03" });

  it("a restriction is in force from its start until (not including) its end; a month counts from its first day", () => {
    expect(eventsInForce([licence], "2019-07-03")).toEqual([]);
    expect(eventsInForce([licence], "2019-07-04")).toEqual([licence]);
    expect(eventsInForce([licence], "2023-02-28")).toEqual([licence]);
    expect(eventsInForce([licence], "2023-03-01")).toEqual([]);
  });

  it("a suspension in force hides the event it suspends, and the event returns when the suspension ends", () => {
    const all = [control, pause];
    expect(eventsInForce(all, "2025-10-20").map((e) => e.id)).toEqual(["control"]);
    expect(eventsInForce(all, "2025-12-01")).toEqual([]);
    expect(eventsInForce(all, "2026-11-10").map((e) => e.id)).toEqual(["control"]);
  });
});

describe("on the bundled data", () => {
  let graph: ChokepointGraph;
  beforeAll(async () => {
    const loaded = await loadData();
    if (!loaded.ok) throw new Error(loaded.issues.map(formatIssue).join("\n"));
    graph = loaded.graph;
  });

  it("eventsTouching lists the events naming a node as scope, imposer or target, by start date", () => {
    expect(eventsTouching(graph, "germanium-refined").map((e) => e.id)).toEqual(["cn-2023-gallium-germanium"]);
    expect(eventsTouching(graph, "KR").map((e) => e.id)).toEqual(["jp-2019-korea"]);
    expect(eventsTouching(graph, "terbium-separated").map((e) => e.id)).toEqual([
      "cn-2025-rare-earths-april", "cn-2025-rare-earths-october", "cn-2025-rare-earths-suspension",
    ]);
  });

  it("each restriction becomes a preset that withholds the imposer's supply of its scope nodes, 100% when no severity is given", () => {
    const presets = eventPresets(graph);
    expect(presets.map((p) => p.id)).not.toContain("cn-2025-rare-earths-suspension");
    const gaGe = presets.find((p) => p.id === "cn-2023-gallium-germanium")!;
    expect(gaGe.cuts).toEqual([
      { edge: { from: "CN", to: "gallium-primary" }, severity: 1 },
      { edge: { from: "CN", to: "germanium-refined" }, severity: 1 },
    ]);
    expect(gaGe.uncut).toEqual([]);
    // The event for Japan's 2019 licences cuts what the hand-written preset cuts.
    const byTarget = (cuts: ReturnType<typeof presetCuts>) => cuts.map((c) => ("edge" in c ? `${c.edge.from}->${c.edge.to}` : c.node)).sort();
    expect(byTarget(presetCuts(graph, "jp-2019-korea"))).toEqual(byTarget(presetCuts(graph, "japan-2019-korea")));
  });

  it("an unknown preset name lists the event presets too", () => {
    expect(() => presetCuts(graph, "mars")).toThrow(/no preset "mars"; use one of .*cn-2024-antimony/);
  });

  it("explain lists the events that touch a node, each marked in force or not on the given day", () => {
    const on = (day: string) => explainNode(graph, "photoresist", resolveSettings({}), day);
    expect(on("2020-01-01").events).toEqual([expect.objectContaining({ id: "jp-2019-korea", target: "KR", inForce: true })]);
    expect(on("2024-01-01").events?.[0]?.inForce).toBe(false);
    expect(formatExplanation(on("2020-01-01"))).toMatch(/events:\n {2}2019-07-04\.\.2023-03 jp-2019-korea \(in force\): /);
  });
});
