// Concentration of every supplied node on a dataset's compact view (structure/compact-data.ts),
// for graphs too large for graphology: the same entries, sums and order as concentrationAll.
import type { Edge } from "../../schema/edges.ts";
import { resolveSettings, type EngineSettingsInput } from "../../schema/settings.ts";
import type { CompactData } from "../structure/index.ts";
import { baseFrom, bySizeThenId, compareIds, foldWith, sharesFromView, suppliedIndices, withFlags, type Concentration, type ShareEntry } from "./concentration.ts";

/**
 * concentrationAll on the compact view: ordered by country HHI (highest first), then id. Unlike
 * concentrationAll's, the lists are not frozen (nothing caches them: they are the caller's).
 */
export function concentrationAllCompact(data: CompactData, settings: EngineSettingsInput = {}): Concentration[] {
  const resolved = resolveSettings(settings);
  const { view } = data;
  const edgeAt = (k: number): Edge | undefined => data.edgeAt(view.inEdge[k]!);
  const sources: number[] = [];
  return suppliedIndices(view)
    .map((v) => {
      // Sorted here with their view indices, so that the fold needs no lookup by id; baseFrom's own
      // sort then keeps the order (bySizeThenId is a total order: a node's suppliers are distinct).
      const shares = sortWithSources(sharesFromView(view, v, edgeAt, sources), sources);
      return withFlags(baseFrom(view.ids[v]!, shares, (sorted) => foldWith(view, sorted, undefined, false, sources), false), resolved);
    })
    .sort((a, b) => b.hhiCountry - a.hhiCountry || compareIds(a.node, b.node));
}

/** Sorts `entries` by bySizeThenId and `sources` (entry i's view index) along with them. */
function sortWithSources(entries: ShareEntry[], sources: number[]): ShareEntry[] {
  if (entries.length < 2) return entries;
  const order = entries.map((_, i) => i).sort((i, j) => bySizeThenId(entries[i]!, entries[j]!));
  const sortedSources = order.map((i) => sources[i]!);
  for (let i = 0; i < order.length; i++) sources[i] = sortedSources[i]!;
  return order.map((i) => entries[i]!);
}
