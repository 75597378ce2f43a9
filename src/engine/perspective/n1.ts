// The IEA N-1 test: how much of a node's supply is left when its largest supplier stops, and, per
// material, the same for the country that is largest at any stage (a refiner that dominates
// refining but not mining still cuts the chain). Under a perspective the importer's mix is used.
import type { ChokepointGraph } from "../../model/graph.ts";
import { resolveSettings, type EngineSettingsInput } from "../../schema/settings.ts";
import { suppliedNodes } from "../metrics/index.ts";
import { supplyMix, WORLD, type Perspective } from "./supply-mix.ts";

/** Key of a node figure holding the spare capacity of the other suppliers, as a share of supply. */
export const SPARE_CAPACITY_KEY = "spare-capacity";

export interface N1Result {
  node: string;
  used: "sourcing" | "world";
  largest: string | undefined;
  largestShare: number;
  /** 1 - largest share: listed others plus the unlisted rest keep supplying. */
  left: number;
  /** With the others' spare capacity added (capped at 1); undefined when the data has none. */
  leftWithSpare: number | undefined;
  spareCapacity: number | undefined;
}

export function n1(graph: ChokepointGraph, node: string, perspective: Perspective = WORLD, settings: EngineSettingsInput = {}): N1Result {
  const mix = supplyMix(graph, node, perspective, resolveSettings(settings));
  const top = mix.countries[0];
  const largestShare = top?.share ?? 0;
  const left = 1 - largestShare;
  const figure = graph.getNodeAttributes(node).figures?.find((f) => f.key === SPARE_CAPACITY_KEY);
  const spare = figure?.value;
  return {
    node, used: mix.used, largest: top?.id, largestShare, left,
    leftWithSpare: spare === undefined ? undefined : Math.min(1, left + spare),
    spareCapacity: spare,
  };
}

export interface N1Chain {
  material: string;
  /** The country with the largest share at any stage of the material. */
  country: string | undefined;
  /** The stage node where it is largest, and its share there. */
  stage: string | undefined;
  share: number;
  /** Supply left through the chain when that country stops: the scarcest stage. */
  left: number;
  stages: N1Result[];
}

/** N-1 of every supplied material node, grouped by material with the chain variant; lowest chain `left` first. */
export function n1All(graph: ChokepointGraph, perspective: Perspective = WORLD, settings: EngineSettingsInput = {}): N1Chain[] {
  const resolved = resolveSettings(settings);
  const groups = new Map<string, string[]>();
  for (const node of suppliedNodes(graph)) {
    const attrs = graph.getNodeAttributes(node);
    if (attrs.kind !== "material") continue;
    const material = attrs.material ?? node;
    groups.set(material, [...(groups.get(material) ?? []), node]);
  }
  const out: N1Chain[] = [];
  for (const [material, nodes] of groups) {
    let country: string | undefined;
    let stage: string | undefined;
    let share = 0;
    for (const node of nodes) {
      const mix = supplyMix(graph, node, perspective, resolved);
      const top = mix.countries[0];
      if (top && top.share > share) [country, stage, share] = [top.id, node, top.share];
    }
    const stages = nodes.map((node) => n1(graph, node, perspective, resolved)).sort((a, b) => a.left - b.left || (a.node < b.node ? -1 : 1));
    out.push({ material, country, stage, share, left: 1 - share, stages });
  }
  return out.sort((a, b) => a.left - b.left || (a.material < b.material ? -1 : 1));
}
