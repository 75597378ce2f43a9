// Concentration of every supplied node on a dataset's compact view (structure/compact-data.ts),
// for graphs too large for graphology: the same entries, sums and order as concentrationAll.
import type { Edge } from "../../schema/edges.ts";
import { resolveSettings, type EngineSettingsInput } from "../../schema/settings.ts";
import type { CompactData } from "../structure/index.ts";
import { baseFrom, compareIds, foldWith, sharesFromView, suppliedIndices, withFlags, type Concentration } from "./concentration.ts";

/**
 * concentrationAll on the compact view: ordered by country HHI (highest first), then id. Unlike
 * concentrationAll's, the lists are not frozen (nothing caches them: they are the caller's).
 */
export function concentrationAllCompact(data: CompactData, settings: EngineSettingsInput = {}): Concentration[] {
  const resolved = resolveSettings(settings);
  const { view } = data;
  const edgeAt = (k: number): Edge | undefined => data.edgeAt(view.inEdge[k]!);
  return suppliedIndices(view)
    .map((v) => withFlags(baseFrom(view.ids[v]!, sharesFromView(view, v, edgeAt), (sorted) => foldWith(view, sorted), false), resolved))
    .sort((a, b) => b.hhiCountry - a.hhiCountry || compareIds(a.node, b.node));
}
