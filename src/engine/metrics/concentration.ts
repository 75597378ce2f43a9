// Supply concentration per supplied node: HHI at supplier and at country level, top country,
// coverage, and the flags of DOMAIN.md. Reads the graph, never writes it.
import { edgeKey, type ChokepointGraph } from "../../model/graph.ts";
import { suppliersOf, type Supplier } from "../../model/queries.ts";
import type { Edge } from "../../schema/edges.ts";
import type { Basis, Grade } from "../../schema/common.ts";
import { resolveSettings, type EngineSettings, type EngineSettingsInput } from "../../schema/settings.ts";
import { compactGraph, EDGE_CODE, KIND_CODE, type CompactGraph } from "../structure/index.ts";
import { memoHostsOf } from "./hosts.ts";

export interface ShareEntry {
  id: string;
  share: number;
  /** false when the data gives no share and the engine split the unlisted remainder equally */
  listed: boolean;
  /** Country where a company's supply is produced (the edge's `site`); the country fold uses it before the host. */
  site?: string;
  /** Source grade and basis of the supplies edge (suppliers only; a folded country entry has none). */
  grade?: Grade;
  basis?: Basis;
}

export interface Concentration {
  node: string;
  /** Suppliers as listed (companies, countries, constellations), largest first. */
  suppliers: ShareEntry[];
  /** Number of supplies edges into the node (listed suppliers, with or without a share). */
  supplierCount: number;
  /** Suppliers folded into their host countries, largest first. */
  countries: ShareEntry[];
  /** Sum of the shares accounted for, 0..1; the rest is many small suppliers and adds nothing to HHI. */
  coverage: number;
  /** sum of (share in %)^2 over suppliers, 0..10,000; a lower bound when coverage < 1 */
  hhiSupplier: number;
  /** true when coverage < 1: the unlisted rest adds nothing, so both HHIs are lower bounds */
  lowerBound: boolean;
  /** the same over countries */
  hhiCountry: number;
  top: ShareEntry | undefined;
  flags: { topShare: boolean; hhi: boolean };
  /** Suppliers with no host country, kept as their own entry at country level. */
  unresolved: string[];
}

/** Shares of a node's suppliers, with unlisted ones splitting what the listed shares leave. */
export function resolvedShares(graph: ChokepointGraph, node: string): ShareEntry[] {
  // The compact view's rows hold the same suppliers in graphology's order (so the listed shares are
  // summed in the same order, to the bit) unless an id is an array index; then ask graphology.
  const view = compactGraph(graph);
  const v = view.indexLikeIds ? undefined : view.index.get(node);
  if (v !== undefined) return sharesFromView(view, v, (k) => suppliesAttrs(graph, view.ids[view.inFrom[k]!]!, node));
  return splitShares(suppliersOf(graph, node), (x) => suppliesAttrs(graph, x.id, node), true);
}

/**
 * resolvedShares on the view's row of v; `attrsAt(k)` gives the supplies edge of row entry k (its
 * grade and basis). The graph path and the dataset path (compact-concentration.ts) share it. Two
 * passes over the row and one object per supplier (a million-node graph has 2.5 million).
 * `sources`, when given, is emptied and gets each entry's supplier as a view index, in entry order.
 */
export function sharesFromView(view: CompactGraph, v: number, attrsAt: (k: number) => Edge | undefined, sources?: number[]): ShareEntry[] {
  const end = view.inStart[v + 1]!;
  let listedSum = 0;
  let unlisted = 0;
  for (let k = view.inStart[v]!; k < end; k++) {
    if (view.inKind[k] !== SUPPLIES) continue;
    const share = view.inValue[k]!;
    if (Number.isNaN(share)) unlisted++;
    else listedSum += share;
  }
  const split = unlisted > 0 ? Math.max(0, 1 - listedSum) / unlisted : 0;
  const out: ShareEntry[] = [];
  if (sources) sources.length = 0;
  for (let k = view.inStart[v]!; k < end; k++) {
    if (view.inKind[k] !== SUPPLIES) continue;
    sources?.push(view.inFrom[k]!);
    const share = view.inValue[k]!;
    const listed = !Number.isNaN(share);
    const entry: ShareEntry = { id: view.ids[view.inFrom[k]!]!, share: listed ? share : split, listed };
    const site = view.inSite[k]!;
    if (site >= 0) entry.site = view.ids[site]!;
    const edge = attrsAt(k);
    if (edge?.kind === "supplies") {
      if (edge.grade !== undefined) entry.grade = edge.grade;
      if (edge.basis !== undefined) entry.basis = edge.basis;
    }
    out.push(entry);
  }
  return out;
}

function splitShares(suppliers: (Supplier & { site?: string })[], attrsOf: (x: Supplier) => Edge | undefined, siteFromAttrs: boolean): ShareEntry[] {
  const listedSum = suppliers.reduce((s, x) => s + (x.share ?? 0), 0);
  const unlisted = suppliers.filter((x) => x.share === undefined).length;
  const split = unlisted > 0 ? Math.max(0, 1 - listedSum) / unlisted : 0;
  return suppliers.map((x) => {
    const entry: ShareEntry = { id: x.id, share: x.share ?? split, listed: x.share !== undefined };
    const edge = attrsOf(x);
    const attrs = edge?.kind === "supplies" ? edge : undefined;
    const site = x.site ?? (siteFromAttrs ? attrs?.site : undefined);
    if (site !== undefined) entry.site = site;
    if (attrs?.grade !== undefined) entry.grade = attrs.grade;
    if (attrs?.basis !== undefined) entry.basis = attrs.basis;
    return entry;
  });
}

function suppliesAttrs(graph: ChokepointGraph, from: string, to: string) {
  const key = edgeKey(from, to);
  if (!graph.hasEdge(key)) return undefined;
  const attrs = graph.getEdgeAttributes(key);
  return attrs.kind === "supplies" ? attrs : undefined;
}

const SUPPLIES = EDGE_CODE.supplies;

export const hhi = (entries: ShareEntry[]) => entries.reduce((s, e) => s + (e.share * 100) ** 2, 0);

export const bySizeThenId = (a: ShareEntry, b: ShareEntry) => b.share - a.share || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Folds supplier shares into countries: a company into the country its supply is made in (the
 * edge's `site`) or else its host, a constellation into its operator.
 */
export function foldToCountries(graph: ChokepointGraph, entries: ShareEntry[]): { countries: ShareEntry[]; unresolved: string[] } {
  const view = compactGraph(graph);
  return foldWith(view, entries, (entry, add, unresolved) => foldOne(graph, entry, add, unresolved), view.indexLikeIds);
}

/** foldOnView into per-country totals, sorted largest first. `sources[i]`, when given, is entry i's view index. */
export function foldWith(
  view: CompactGraph,
  entries: ShareEntry[],
  fallback?: (entry: ShareEntry, add: Add, unresolved: string[]) => void,
  always = false,
  sources?: readonly number[],
): { countries: ShareEntry[]; unresolved: string[] } {
  const byCountry = new Map<string, ShareEntry>();
  const unresolved: string[] = [];
  // Entries are fresh objects of this call (frozen only by the caller), so they are added to in place.
  const add = (id: string, share: number, listed: boolean) => {
    const prev = byCountry.get(id);
    if (prev === undefined) byCountry.set(id, { id, share: 0 + share, listed });
    else (prev.share += share), (prev.listed &&= listed);
  };
  foldOnView(view, entries, add, unresolved, fallback && ((entry) => fallback(entry, add, unresolved)), always, sources);
  return { countries: [...byCountry.values()].sort(bySizeThenId), unresolved };
}

export type Add = (id: string, share: number, listed: boolean) => void;

/**
 * The fold with kinds and hosts from the compact view, which at 250k suppliers is most of the cost
 * of concentration otherwise. Its host order may differ from hostsOf's, which changes nothing:
 * each host of one entry is a different country, and the countries are sorted at the end.
 * `fallback` takes the entries the view does not hold, and every entry when `always` (the graph
 * path, when an id is an array index); without one such an entry stays unresolved.
 */
function foldOnView(
  view: CompactGraph,
  entries: ShareEntry[],
  add: Add,
  unresolved: string[],
  fallback?: (entry: ShareEntry) => void,
  always = false,
  sources?: readonly number[],
): void {
  const COUNTRY = KIND_CODE.country;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    if (entry.site !== undefined) {
      add(entry.site, entry.share, entry.listed);
      continue;
    }
    // The id's lookup was a third of concentrationAllCompact at a million nodes (random reads of a
    // million-entry map); the compact path knows each supplier's index.
    const u = sources ? sources[i] : view.index.get(entry.id);
    if (u === undefined || always) {
      if (fallback) fallback(entry);
      else (unresolved.push(entry.id), add(entry.id, entry.share, entry.listed));
      continue;
    }
    if (view.kinds[u] === COUNTRY) {
      add(entry.id, entry.share, entry.listed);
      continue;
    }
    let hostCount = 0;
    for (let k = view.hostStart[u]!; k < view.hostStart[u + 1]!; k++) if (view.kinds[view.hostOf[k]!] === COUNTRY) hostCount++;
    if (hostCount === 0) {
      unresolved.push(entry.id);
      add(entry.id, entry.share, entry.listed);
    }
    // A firm with several hosts (rare) is split between them equally.
    for (let k = view.hostStart[u]!; k < view.hostStart[u + 1]!; k++) {
      const host = view.hostOf[k]!;
      if (view.kinds[host] === COUNTRY) add(view.ids[host]!, entry.share / hostCount, entry.listed);
    }
  }
}

function foldOne(graph: ChokepointGraph, entry: ShareEntry, add: (id: string, share: number, listed: boolean) => void, unresolved: string[]): void {
  if (graph.getNodeAttribute(entry.id, "kind") === "country") {
    add(entry.id, entry.share, entry.listed);
    return;
  }
  const hosts = memoHostsOf(graph, entry.id).filter((h) => graph.getNodeAttribute(h, "kind") === "country");
  if (hosts.length === 0) {
    unresolved.push(entry.id);
    add(entry.id, entry.share, entry.listed);
  }
  for (const host of hosts) add(host, entry.share / hosts.length, entry.listed);
}

/**
 * Concentration of one supplied node. Shares are fractions 0..1 of world (or market) supply; HHI is
 * sum of (share in %)^2, 0..10,000, at supplier level and with companies folded into their host
 * countries. Flags compare the top country share and the country HHI with `settings.thresholds`
 * (both inclusive: >=).
 */
export function computeConcentration(graph: ChokepointGraph, node: string, settings: EngineSettings): Concentration {
  return withFlags(baseConcentration(graph, node), settings);
}

/** A base concentration with the settings' flags. */
export function withFlags(base: BaseConcentration, settings: EngineSettings): Concentration {
  // Field by field, not `...base`: at 300k nodes the spread made concentrationAllCompact about 1.5x
  // slower (3.4-3.6 s CPU against 2.2-2.3 s; the copy takes a slow generic path).
  const { node, suppliers, supplierCount, countries, coverage, lowerBound, hhiSupplier, hhiCountry, top, unresolved } = base;
  // The keys in baseFrom's order, then flags, as the spread gave them (JSON output keeps its shape).
  return {
    node, suppliers, supplierCount, countries, coverage, lowerBound, hhiSupplier, hhiCountry, top, unresolved,
    flags: { topShare: (top?.share ?? 0) >= settings.thresholds.topShare, hhi: hhiCountry >= settings.thresholds.hhi },
  };
}

export type BaseConcentration = Omit<Concentration, "flags">;

/**
 * What concentration is without the settings' thresholds, memoised per graph: analyze() asks for
 * it from the ranking, governance, partners and CRMA alike (five times per node at 100k nodes).
 * Like the compact view, the cache is checked against the graph's order and size; a caller who edits
 * shares in place must build a new graph. The cached arrays are frozen so no caller can alter them.
 */
const BASE_CACHE = new WeakMap<ChokepointGraph, { order: number; size: number; byNode: Map<string, BaseConcentration> }>();

function baseConcentration(graph: ChokepointGraph, node: string): BaseConcentration {
  let cache = BASE_CACHE.get(graph);
  if (!cache || cache.order !== graph.order || cache.size !== graph.size) {
    cache = { order: graph.order, size: graph.size, byNode: new Map() };
    BASE_CACHE.set(graph, cache);
  }
  const cached = cache.byNode.get(node);
  if (cached) return cached;
  const base = baseFrom(node, resolvedShares(graph, node), (suppliers) => foldToCountries(graph, suppliers));
  cache.byNode.set(node, base);
  return base;
}

/**
 * Concentration of one node from its resolved shares (sorted, and frozen unless `freeze` is false,
 * here, in place) and a fold into countries. The compact path (compact-concentration.ts) caches
 * nothing, so its lists are the caller's own and are not frozen: freezing every entry cost about 8%
 * of concentrationAllCompact's CPU time at 300k nodes (mean of 4 interleaved runs 3.33 s against 3.07 s).
 */
export function baseFrom(node: string, shares: ShareEntry[], fold: (sorted: ShareEntry[]) => { countries: ShareEntry[]; unresolved: string[] }, freeze = true): BaseConcentration {
  const suppliers = shares.sort(bySizeThenId);
  const { countries, unresolved } = fold(suppliers);
  const hhiCountry = hhi(countries);
  const coverage = Math.min(1, suppliers.reduce((s, e) => s + e.share, 0));
  // Both lists are this call's own (fresh from the row and the fold): frozen in place, not copied.
  const frozen = <T extends object>(list: T[]) => {
    if (!freeze) return list;
    for (const e of list) Object.freeze(e);
    return Object.freeze(list) as T[];
  };
  const base: BaseConcentration = {
    node,
    suppliers: frozen(suppliers),
    supplierCount: suppliers.length,
    countries: frozen(countries),
    coverage,
    lowerBound: coverage < 1 - 1e-9,
    hhiSupplier: hhi(suppliers),
    hhiCountry,
    top: countries[0],
    unresolved: freeze ? (Object.freeze(unresolved) as string[]) : unresolved,
  };
  return base;
}

/** Nodes that have at least one `supplies` edge: the ones concentration is defined for, in graph order. */
export function suppliedNodes(graph: ChokepointGraph): string[] {
  const view = compactGraph(graph);
  return suppliedIndices(view).map((v) => view.ids[v]!);
}

/** suppliedNodes as indices of the view, in view order. */
export function suppliedIndices(view: CompactGraph): number[] {
  const out: number[] = [];
  for (let v = 0; v < view.order; v++) {
    for (let k = view.inStart[v]!; k < view.inStart[v + 1]!; k++) {
      if (view.inKind[k] === SUPPLIES) {
        out.push(v);
        break;
      }
    }
  }
  return out;
}

/**
 * Concentration of every supplied node, ordered by country HHI (highest first), then id.
 * Settings may be given resolved or as input; they are resolved once.
 */
export function concentrationAll(graph: ChokepointGraph, settings: EngineSettingsInput = {}): Concentration[] {
  const resolved = resolveSettings(settings);
  return suppliedNodes(graph)
    .map((node) => computeConcentration(graph, node, resolved))
    .sort((a, b) => b.hhiCountry - a.hhiCountry || compareIds(a.node, b.node));
}

/** Plain code-unit order, the same in every locale. */
export const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
