// Named scenarios the CLI (`--preset NAME`) and the web view share. Each is plain data; nodes are
// checked against the loaded graph when the preset is used, so other datasets get a clear error.
import type { ChokepointGraph } from "../../model/graph.ts";
import { eventPresets } from "./events.ts";
import { suggest, type ScenarioCut } from "./scenario.ts";

export interface ScenarioPreset {
  id: string;
  label: string;
  /** What the preset models and how honestly: one or two sentences for the view and --help. */
  description: string;
  cuts: ScenarioCut[];
}

const JAPAN_2019_ITEMS = ["fluorinated-polyimide", "photoresist", "hydrogen-fluoride"] as const;

export const SCENARIO_PRESETS: Readonly<Record<string, ScenarioPreset>> = {
  "china-stops-exporting": {
    id: "china-stops-exporting",
    label: "China stops exporting",
    description: "China (CN) and every company located there cut 100%: the upper bound of a Chinese export stop.",
    cuts: [{ node: "CN", severity: 1 }],
  },
  "taiwan-blockade": {
    id: "taiwan-blockade",
    label: "Taiwan blockade",
    description: "Taiwan (TW) and every company located there (TSMC ...) cut 100%.",
    cuts: [{ node: "TW", severity: 1 }],
  },
  "japan-2019-korea": {
    id: "japan-2019-korea",
    label: "Japan's 2019 export controls on South Korea",
    description:
      "From 4 July 2019 Japan required per-shipment licences for fluorinated polyimide, photoresist and " +
      "high-purity hydrogen fluoride sent to South Korea. The graph holds world supply, not bilateral " +
      "trade, so this withholds Japan's supply of the three (including through Japanese firms) from " +
      "everyone, 100%, while Japan stays available for everything else: an upper bound for Korea's fabs " +
      "(licences were delayed, not all refused).",
    cuts: JAPAN_2019_ITEMS.map((to) => ({ edge: { from: "JP", to }, severity: 1 })),
  },
  "gps-outage": {
    id: "gps-outage",
    label: "GPS outage",
    description: "The GPS constellation unavailable (jamming, attack or failure); other GNSS still serve their share.",
    cuts: [{ node: "gps", severity: 1 }],
  },
};

/** Node ids a cut refers to. */
export const cutNodes = (cut: ScenarioCut): string[] => ("node" in cut ? [cut.node] : [cut.edge.from, cut.edge.to]);

/** The preset's node ids that are not in the graph (empty when it can run). */
export function missingPresetNodes(graph: ChokepointGraph, preset: ScenarioPreset): string[] {
  return [...new Set(preset.cuts.flatMap(cutNodes))].filter((id) => !graph.hasNode(id));
}

/**
 * The cuts of preset `id`, checked against the graph. Throws an Error starting "chokepoint scenario:"
 * for an unknown name (listing the known ones) or for nodes the graph does not have.
 */
export function presetCuts(graph: ChokepointGraph, id: string): ScenarioCut[] {
  // The data's events (export controls) are presets too, under their event id.
  const fromEvents = eventPresets(graph);
  const preset = Object.hasOwn(SCENARIO_PRESETS, id) ? SCENARIO_PRESETS[id] : fromEvents.find((p) => p.id === id);
  if (!preset) {
    const known = [...Object.keys(SCENARIO_PRESETS), ...fromEvents.map((p) => p.id)];
    throw new Error(`chokepoint scenario: no preset "${id}"; use one of ${known.join(", ")}`);
  }
  const missing = missingPresetNodes(graph, preset);
  if (missing.length > 0) {
    throw new Error(
      `chokepoint scenario: preset "${id}" needs ${missing.map((m) => `"${m}"`).join(", ")}, not in the loaded graph ` +
        `(${missing.map((m) => suggest(graph, m)).join("; ")}); load data that has them, or cut nodes by id instead`,
    );
  }
  return preset.cuts.map((cut) => ("node" in cut ? { ...cut } : { edge: { ...cut.edge }, severity: cut.severity }));
}
