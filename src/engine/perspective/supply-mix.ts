// The supply mix of a node under a perspective (issue 14): the world's shares, or the shares of
// what one importer (EU, NL, KR) sources, where the data has sourcing entries for that importer
// and node. Every perspective-aware metric reads a node's mix through this one function, or
// through the perspective graph built from it (perspective-graph.ts).
import type { ChokepointGraph } from "../../model/graph.ts";
import { layersOf } from "../../model/layers.ts";
import type { Grade } from "../../schema/common.ts";
import type { SourcingEntry } from "../../schema/layers.ts";
import { resolveSettings, type EngineSettingsInput } from "../../schema/settings.ts";
import { computeConcentration } from "../metrics/index.ts";

/** "world", or an importer id that has sourcing entries (EU, NL, KR, ...). */
export type Perspective = string;
export const WORLD = "world";

export interface MixEntry {
  /** Supplying country (companies folded into their host at world level). */
  id: string;
  share: number;
  low?: number;
  high?: number;
  /** EU method trade variable, where the sourcing entry gives it. */
  t?: number;
  grade?: Grade;
}

export interface SupplyMix {
  node: string;
  perspective: Perspective;
  /** Which shares were used: the importer's sourcing, or world shares (no sourcing for this node). */
  used: "sourcing" | "world";
  countries: MixEntry[];
  /** Sum of the listed shares, 0..1; the rest is unlisted supply. */
  coverage: number;
  /** For sourcing: the citations and years of the entries used. */
  sources: string[];
}

/**
 * Nodes whose supplies edges are an importer's sourcing, per perspective graph (set by
 * perspective-graph.ts), so a mix read from such a graph says "sourcing" even at "world".
 */
export const SOURCED_NODES = new WeakMap<ChokepointGraph, { perspective: Perspective; sourced: ReadonlySet<string> }>();

const INDEX = new WeakMap<object, Map<string, SourcingEntry[]>>();
const key = (importer: string, node: string) => `${importer}\u0000${node}`;

/** Sourcing entries by importer and node, built once per sourcing list. */
function sourcingIndex(graph: ChokepointGraph): Map<string, SourcingEntry[]> {
  const list = layersOf(graph).sourcing;
  let index = INDEX.get(list);
  if (!index) {
    index = new Map();
    for (const e of list) {
      const k = key(e.importer, e.node);
      index.set(k, [...(index.get(k) ?? []), e]);
    }
    INDEX.set(list, index);
  }
  return index;
}

/** The importer's sourcing entries for one node (empty when the data has none). */
export function sourcingOf(graph: ChokepointGraph, importer: string, node: string): readonly SourcingEntry[] {
  return sourcingIndex(graph).get(key(importer, node)) ?? [];
}

/** Importers with sourcing entries, sorted: the perspectives the data supports besides the world. */
export function availablePerspectives(graph: ChokepointGraph): string[] {
  return [...new Set(layersOf(graph).sourcing.map((e) => e.importer))].sort();
}

/** Throws a message naming the perspectives the data has when `perspective` is not one of them. */
export function checkPerspective(graph: ChokepointGraph, perspective: Perspective): void {
  if (perspective === WORLD) return;
  const known = availablePerspectives(graph);
  if (!known.includes(perspective)) {
    const list = known.length > 0 ? known.join(", ") : "none (the data has no sourcing entries)";
    throw new RangeError(`unknown perspective '${perspective}': use 'world' or an importer with sourcing entries: ${list}`);
  }
}

const bySize = (a: MixEntry, b: MixEntry) => b.share - a.share || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The node's supply mix under a perspective: the importer's sourcing shares when the data has any
 * for this node, world shares (companies folded into countries) otherwise, and which was used.
 */
export function supplyMix(
  graph: ChokepointGraph,
  node: string,
  perspective: Perspective = WORLD,
  settings: EngineSettingsInput = {},
): SupplyMix {
  const entries = perspective === WORLD ? [] : sourcingOf(graph, perspective, node);
  if (entries.length > 0) {
    const countries = entries
      .map((e): MixEntry => ({
        id: e.from,
        share: e.share,
        ...(e.low !== undefined ? { low: e.low } : {}),
        ...(e.high !== undefined ? { high: e.high } : {}),
        ...(e.t !== undefined ? { t: e.t } : {}),
        grade: e.grade,
      }))
      .sort(bySize);
    const sources = [...new Set(entries.map((e) => `${e.source.citation} (${e.year})`))];
    return { node, perspective, used: "sourcing", countries, coverage: sum(countries), sources };
  }
  const { countries } = computeConcentration(graph, node, resolveSettings(settings));
  const mix = countries.map((c): MixEntry => ({ id: c.id, share: c.share })).sort(bySize);
  const view = SOURCED_NODES.get(graph);
  if (view?.sourced.has(node)) return { node, perspective: view.perspective, used: "sourcing", countries: mix, coverage: sum(mix), sources: [] };
  return { node, perspective, used: "world", countries: mix, coverage: sum(mix), sources: [] };
}

const sum = (entries: MixEntry[]) => entries.reduce((s, e) => s + e.share, 0);
